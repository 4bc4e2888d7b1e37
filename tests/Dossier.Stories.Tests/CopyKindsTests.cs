using Dossier.Core.Corpus;
using Dossier.Stories.Copies;

namespace Dossier.Stories.Tests;

/// <summary>
/// Copies of several kinds made by the tests themselves from project-written reports: verbatim, near (edited),
/// paraphrased (clauses moved, synonyms) and "machine-translated" (function words swapped, neighbouring words
/// reordered, names lower-cased, a doubled word), in a corpus of independent reports about the same places.
/// </summary>
public class CopyKindsTests
{
    private static readonly string[] Places = ["Velmar", "Oskby", "Tarnholm", "Brevik", "Lunde", "Morsund"];
    private static readonly string[] People = ["Petra Lund", "Jonas Ekberg", "Ilse Varga", "Tomas Rehn", "Marit Sole", "Anders Kvist"];
    private static readonly string[] Things = ["bridge", "ferry", "school", "harbour", "library", "railway", "clinic", "market"];
    private static readonly string[] Verbs = ["closed", "repaired", "inspected", "reopened", "expanded", "rebuilt", "painted", "sold", "moved", "guarded"];
    private static readonly string[] Adjectives = ["old", "narrow", "wooden", "busy", "quiet", "northern", "flooded", "costly", "temporary", "regional", "private", "famous"];
    private static readonly string[] Nouns =
    [
        "storm", "workers", "residents", "council", "engineers", "traffic", "shops", "tourists", "divers", "cracks", "walls",
        "foundations", "customers", "funds", "roads", "buses", "pupils", "farmers", "fishermen", "volunteers", "inspectors",
        "lorries", "cyclists", "permits", "repairs", "landslide", "floods", "ice", "winds", "rents", "visitors", "owners",
    ];

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["closed"] = "shut", ["repaired"] = "fixed", ["inspected"] = "examined", ["reopened"] = "opened again",
        ["expanded"] = "enlarged", ["rebuilt"] = "reconstructed", ["workers"] = "crews", ["officials"] = "authorities",
        ["residents"] = "locals", ["said"] = "stated", ["council"] = "municipality", ["storm"] = "tempest",
        ["shops"] = "stores", ["damaged"] = "harmed", ["found"] = "discovered", ["cost"] = "require", ["old"] = "aged",
        ["busy"] = "crowded", ["traffic"] = "vehicles", ["lost"] = "dropped", ["meeting"] = "gathering",
    };

    [Fact]
    public void Every_injected_copy_is_found_and_independent_reports_are_not_copies()
    {
        var documents = new List<Dossier.Core.Document>();
        var family = new Dictionary<string, int>(StringComparer.Ordinal);
        var expectedKind = new Dictionary<string, CopyKind>(StringComparer.Ordinal);
        for (var r = 0; r < 12; r++)
        {
            var report = Report(r);
            var original = Docs.Make("orig" + r, report, Docs.Day(1 + r));
            documents.Add(original);
            family[original.Id] = r;
            var copy = (r % 4) switch
            {
                0 => (Docs.Make("copy" + r, [.. report.Select(s => s.ToUpperInvariant())], Docs.Day(2 + r)), CopyKind.Exact),
                1 => (Docs.Make("copy" + r, Edit(report), Docs.Day(2 + r)), CopyKind.NearDuplicate),
                2 => (Docs.Make("copy" + r, Paraphrase(report), Docs.Day(2 + r)), CopyKind.Paraphrase),
                _ => (Docs.Make("copy" + r, Translate(report), Docs.Day(2 + r)), CopyKind.Paraphrase),
            };
            documents.Add(copy.Item1);
            family[copy.Item1.Id] = r;
            expectedKind[copy.Item1.Id] = copy.Item2;
        }

        var relations = new ShingleCopyDetector().Detect(documents);

        Assert.All(relations, r => Assert.True(family[r.DocumentId] == family[r.OriginalId], $"{r} relates two independent reports"));
        foreach (var (id, kind) in expectedKind)
        {
            var relation = relations.SingleOrDefault(r => r.DocumentId == id);
            Assert.True(relation is not null, $"copy of kind {kind} (report {family[id]}) not found");
            Assert.Equal(kind, relation.Kind);
        }

        Assert.Equal(expectedKind.Count, relations.Count);
    }

    [Fact]
    public void Candidates_come_from_lsh_buckets_not_from_all_pairs()
    {
        // Unrelated reports of random letter strings: almost nothing shared, so almost no bucket collisions.
        const int Reports = 400;
        var fingerprints = new List<CopyFingerprint>();
        for (var r = 0; r < Reports; r++)
        {
            fingerprints.Add(CopyFingerprint.Create("r" + r, Docs.Day(1 + (r % 20)), Gibberish(r), CopyDetectionOptions.Default));
        }

        fingerprints.Add(CopyFingerprint.Create("copy", Docs.Day(28), Translate(Gibberish(3)), CopyDetectionOptions.Default));
        var statistics = new CopyFinderStatistics();

        var relations = CopyFinder.Find(fingerprints, CopyDetectionOptions.Default, statistics);

        var allPairs = (long)fingerprints.Count * (fingerprints.Count - 1) / 2;
        Assert.True(statistics.Verified < allPairs / 20, $"verified {statistics.Verified} of {allPairs} pairs");
        var relation = Assert.Single(relations);
        Assert.Equal(("copy", "r3"), (relation.DocumentId, relation.OriginalId));
    }

    [Fact]
    public void A_translated_copy_shares_most_sentences_with_its_original()
    {
        var report = Report(3);
        var original = CopyFingerprint.Create("o", Docs.Day(1), report, CopyDetectionOptions.Default);
        var translated = CopyFingerprint.Create("t", Docs.Day(2), Translate(report), CopyDetectionOptions.Default);
        var other = CopyFingerprint.Create("x", Docs.Day(2), Report(4), CopyDetectionOptions.Default);

        Assert.True(CopyFinder.SharedSentences(translated, original, CopyDetectionOptions.Default.SentenceThreshold) >= report.Length - 1);
        Assert.True(CopyFinder.SharedSentences(other, original, CopyDetectionOptions.Default.SentenceThreshold) <= 1);
        Assert.Equal(CopyKind.Paraphrase, CopyFinder.Verify(translated, original, CopyDetectionOptions.Default)?.Kind);
    }

    [Fact]
    public void A_copy_of_a_copy_stays_in_the_family_and_dates_decide_the_original()
    {
        var report = Report(5);
        var original = Docs.Make("o", report, Docs.Day(3));
        var first = Docs.Make("c1", Edit(report), Docs.Day(4));
        var second = Docs.Make("c2", Translate(Edit(report)), Docs.Day(5));

        var relations = new ShingleCopyDetector().Detect([second, first, original]);

        Assert.Equal(2, relations.Count);
        Assert.Equal(original.Id, relations.Single(r => r.DocumentId == first.Id).OriginalId);
        Assert.Contains(relations.Single(r => r.DocumentId == second.Id).OriginalId, new[] { original.Id, first.Id });
    }

    [Fact]
    public void Fingerprints_keep_no_text_and_skip_sentences_too_short_to_compare()
    {
        var report = Report(2);
        var fingerprint = CopyFingerprint.Create("o", null, [.. report, "By staff.", "Velmar, 3 May."], CopyDetectionOptions.Default);

        Assert.Equal(report.Length, fingerprint.SentenceCount);
        var textBytes = 2 * report.Sum(s => s.Length);
        Assert.True(fingerprint.Bytes < textBytes * 2, $"{fingerprint.Bytes} bytes for {textBytes} bytes of text");
        Assert.Equal(CopyFingerprint.Create("p", null, report, CopyDetectionOptions.Default).ExactHash,
            CopyFingerprint.Create("q", null, [.. report.Select(s => s.ToUpperInvariant())], CopyDetectionOptions.Default).ExactHash);
    }

    /// <summary>
    /// An independent report: mostly slots filled from word lists (seeded by <paramref name="n"/>), so reports share
    /// places, people and topic words as reports of one region do, but not their sentences.
    /// </summary>
    private static string[] Report(int n)
    {
        var random = new Random(n);
        string Pick(string[] words) => words[random.Next(words.Length)];
        string[] templates =
        [
            "{V} {T} in {P} on day {D} after {A} {N} damaged {N} near {N}.",
            "{W}, who chairs {A} {N} of {P}, said {T} would remain {A} for {D} weeks.",
            "{N} of {P} complained that {A} {T} had been {V} twice without {N}.",
            "{A} {N} in {P} expects {N} on {T} to cost {D} thousand crowns.",
            "{W} told {N} that {A} {N} could carry {N} from {T} until {N} ends.",
            "{N} from {P} {V} {T} and found {D} {A} {N} in {N}.",
            "{A} {N} along {P} lost nearly half of their {N} since {T} was {V}.",
            "{A} meeting about {T} and {N} takes place in {P} with {W}.",
        ];
        var count = 6 + (n % 3);
        var sentences = new string[count];
        for (var s = 0; s < count; s++)
        {
            var template = templates[(s + n) % templates.Length];
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    text.Append(template[i]);
                    continue;
                }

                var slot = template[i + 1];
                i += 2;
                text.Append(slot switch
                {
                    'V' => Pick(Verbs),
                    'T' => Pick(Things),
                    'P' => Pick(Places),
                    'W' => Pick(People),
                    'A' => Pick(Adjectives),
                    'N' => Pick(Nouns),
                    _ => (2 + random.Next(400)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            var sentence = text.ToString();
            sentences[s] = char.ToUpperInvariant(sentence[0]) + sentence[1..];
        }

        return sentences;
    }

    private static string[] Gibberish(int n)
    {
        var random = new Random(n);
        string Word() => new([.. Enumerable.Range(0, 5 + random.Next(5)).Select(_ => (char)('a' + random.Next(26)))]);

        return [.. Enumerable.Range(0, 8).Select(_ => "The " + string.Join(' ', Enumerable.Range(0, 12).Select(_ => Word())) + ".")];
    }

    private static string[] Edit(string[] report)
    {
        var edited = report.ToArray();
        edited[1] = "A spokesperson for the council declined to say how long the closure would last.";
        return [.. edited, "This report was updated with a statement from the regional office."];
    }

    // Synonyms and a clause moved to the front, as a rewrite desk would do.
    private static string[] Paraphrase(string[] report) =>
        [.. report.Select(sentence =>
        {
            var words = sentence.TrimEnd('.').Split(' ').Select(w => Synonyms.GetValueOrDefault(w, w)).ToList();
            var at = words.IndexOf("after");
            if (at > 2)
            {
                var clause = words.Skip(at + 1).ToList();
                var main = words.Take(at).ToList();
                main[0] = char.ToLowerInvariant(main[0][0]) + main[0][1..];
                return "After " + string.Join(' ', clause) + ", " + string.Join(' ', main) + ".";
            }

            return string.Join(' ', words) + ".";
        })];

    // Literal machine translation: some words replaced by synonyms, articles dropped, neighbouring words reordered, names lower-cased, a word doubled.
    private static string[] Translate(string[] report) =>
        [.. report.Select((sentence, s) =>
        {
            var words = sentence.TrimEnd('.').Split(' ').Where(w => w != "the")
                .Select((w, i) => i % 3 == 0 ? Synonyms.GetValueOrDefault(w, w) : w).ToList();
            for (var w = 1; w < words.Count; w++)
            {
                if (char.IsUpper(words[w][0]) && w % 2 == 0)
                {
                    words[w] = words[w].ToLowerInvariant();
                }
            }

            var at = 2 + (s % Math.Max(1, words.Count - 4));
            (words[at], words[at + 1]) = (words[at + 1], words[at]);
            words.Insert(at, words[at]);
            return string.Join(' ', words) + ".";
        })];
}
