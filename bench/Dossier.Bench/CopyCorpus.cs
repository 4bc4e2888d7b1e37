using System.Text;

namespace Dossier.Bench;

/// <summary>How a generated article relates to its story's original.</summary>
internal enum CopyInjection
{
    Original,
    Verbatim,
    Near,
    Paraphrase,
    Translated,
}

/// <summary>One generated article: its sentences, date, and which original (family) it belongs to.</summary>
internal sealed record GeneratedArticle(string Id, DateTimeOffset Date, IReadOnlyList<string> Sentences, int Family, CopyInjection Kind);

/// <summary>
/// Generates a news-like corpus from a project-written, made-up vocabulary (pseudo-words from syllables) and sentence
/// templates. Articles come in stories that share names and topic words (independent reports of the same event,
/// which must not count as copies), and copies are injected: verbatim (re-cased), near (a sentence edited, one
/// added, one dropped), paraphrased (synonyms, moved clauses, reordered sentences) and "machine-translated" (function
/// words swapped or dropped, words reordered, names mis-cased, a word doubled). Deterministic for a seed: article i
/// depends only on (seed, i), so articles can be generated in parallel and streamed.
/// </summary>
internal sealed class CopyCorpus
{
    private const int StorySize = 5;
    private static readonly string[] Onsets = ["b", "br", "d", "dr", "f", "g", "gr", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "n", "r", "l", "s", "m", "nd", "rt", "st"];

    // Clause templates: N noun, V verb (past), A adjective, P person, L place, D number.
    private static readonly string[] Templates =
    [
        "P said the A N would V the N in L before the end of the month.",
        "Officials in L V the A N after D N were reported near the N.",
        "The N of L V a A N on Monday, according to P.",
        "P, who leads the A N, V that the N had been V by the N.",
        "About D N V the A N outside L as the N began.",
        "In L, the A N V more than D N during the N.",
        "The A N was V by P after a N with the N of L.",
        "P told the N that the N could V the A N within D days.",
        "Residents of L V the N, saying the A N had V their N.",
        "A N from L V the N and V a A N for the N.",
        "The N said D N had been V and the A N was V.",
        "Critics of P V the A N, warning that the N of L would V.",
    ];

    private static readonly (string From, string To)[] ClauseMoves = [(" after ", "After "), (" during ", "During "), (" as ", "As "), (" in ", "In ")];

    private readonly int _seed;
    private readonly string[] _nouns;
    private readonly string[] _verbs;
    private readonly string[] _adjectives;
    private readonly string[] _names;
    private readonly string[] _places;
    private readonly Dictionary<string, string> _synonyms = new(StringComparer.Ordinal);

    public CopyCorpus(int seed)
    {
        _seed = seed;
        var random = new Random(seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        _nouns = Words(random, used, 6000, 2);
        _verbs = [.. Words(random, used, 1500, 2).Select(v => v + "ed")];
        _adjectives = [.. Words(random, used, 1500, 2).Select(a => a + "ic")];
        _names = [.. Words(random, used, 4000, 2).Select(Capitalise)];
        _places = [.. Words(random, used, 1500, 3).Select(Capitalise)];

        // Every content word gets a distinct synonym: paraphrases and translations swap words for them.
        foreach (var list in new[] { _nouns, _verbs, _adjectives })
        {
            var synonyms = Words(random, used, list.Length, 2);
            for (var i = 0; i < list.Length; i++)
            {
                _synonyms[list[i]] = list == _verbs ? synonyms[i] + "ed" : list == _adjectives ? synonyms[i] + "ic" : synonyms[i];
            }
        }
    }

    /// <summary>Share of articles that are copies: the rest are originals.</summary>
    public static IReadOnlyList<(CopyInjection Kind, double Share)> Mix { get; } =
    [
        (CopyInjection.Verbatim, 0.08), (CopyInjection.Near, 0.08), (CopyInjection.Paraphrase, 0.08), (CopyInjection.Translated, 0.08),
    ];

    /// <summary>Article <paramref name="index"/> of the corpus.</summary>
    public GeneratedArticle Article(int index)
    {
        var random = new Random(Seed(_seed, 1, index));
        var kind = KindOf(random.NextDouble());
        if (kind == CopyInjection.Original || index < StorySize)
        {
            return Original(index);
        }

        // A copy of an earlier original (the same story, or any story): regenerate that original deterministically.
        var target = random.Next(index);
        var source = Original(target);
        while (source.Kind != CopyInjection.Original && target > 0)
        {
            target--;
            source = Original(target);
        }

        var date = source.Date.AddHours(1 + random.Next(72));
        var id = "a" + index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        var sentences = kind switch
        {
            CopyInjection.Verbatim => Verbatim(source.Sentences, random),
            CopyInjection.Near => Near(source.Sentences, random, index),
            CopyInjection.Paraphrase => Paraphrase(source.Sentences, random),
            _ => Translate(source.Sentences, random),
        };
        return new GeneratedArticle(id, date, sentences, source.Family, kind);
    }

    private static CopyInjection KindOf(double draw)
    {
        foreach (var (kind, share) in Mix)
        {
            if (draw < share)
            {
                return kind;
            }

            draw -= share;
        }

        return CopyInjection.Original;
    }

    /// <summary>
    /// The independent report at <paramref name="index"/> (its own family): stories are runs of StorySize indices
    /// sharing people, places and topic words.
    /// </summary>
    private GeneratedArticle Original(int index)
    {
        var story = index / StorySize;
        var storyRandom = new Random(Seed(_seed, 2, story));
        var people = Pick(storyRandom, _names, 6);
        var places = Pick(storyRandom, _places, 3);
        var topic = Pick(storyRandom, _nouns, 12);
        var random = new Random(Seed(_seed, 3, index));
        var kindRandom = new Random(Seed(_seed, 1, index));
        var kind = KindOf(kindRandom.NextDouble());
        var count = 8 + random.Next(14);
        var sentences = new List<string>(count);
        for (var s = 0; s < count; s++)
        {
            sentences.Add(Fill(Templates[random.Next(Templates.Length)], random, people, places, topic));
        }

        var date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(story * 0.5 + random.Next(48));
        var id = "a" + index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        return new GeneratedArticle(id, date, sentences, index, kind == CopyInjection.Original || index < StorySize ? CopyInjection.Original : kind);
    }

    private string Fill(string template, Random random, string[] people, string[] places, string[] topic)
    {
        var text = new StringBuilder(template.Length * 2);
        foreach (var c in template)
        {
            text.Append(c switch
            {
                'N' => random.NextDouble() < 0.4 ? topic[random.Next(topic.Length)] : _nouns[random.Next(_nouns.Length)],
                'V' => _verbs[random.Next(_verbs.Length)],
                'A' => _adjectives[random.Next(_adjectives.Length)],
                'P' => people[random.Next(people.Length)] + " " + _names[random.Next(_names.Length)],
                'L' => places[random.Next(places.Length)],
                'D' => (2 + random.Next(900)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static List<string> Verbatim(IReadOnlyList<string> sentences, Random random) =>
        random.Next(2) == 0 ? [.. sentences] : [.. sentences.Select(s => s.ToUpperInvariant())];

    private List<string> Near(IReadOnlyList<string> sentences, Random random, int index)
    {
        var result = sentences.ToList();
        var edited = random.Next(result.Count);
        result[edited] = $"The {_nouns[random.Next(_nouns.Length)]} was {_verbs[random.Next(_verbs.Length)]} again, a spokesperson said on day {index % 28 + 1}.";
        result.RemoveAt(random.Next(result.Count));
        result.Add($"This report was updated with comment from the {_nouns[random.Next(_nouns.Length)]} office.");
        return result;
    }

    private List<string> Paraphrase(IReadOnlyList<string> sentences, Random random)
    {
        var result = new List<string>();
        foreach (var sentence in sentences)
        {
            var words = sentence.TrimEnd('.').Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                if (_synonyms.TryGetValue(words[w].TrimEnd(','), out var synonym) && random.NextDouble() < 0.3)
                {
                    words[w] = synonym + (words[w].EndsWith(',') ? "," : string.Empty);
                }
            }

            result.Add(MoveClause(string.Join(' ', words)) + ".");
        }

        // Reorder neighbouring sentences and drop one, as a rewrite desk would.
        for (var s = 1; s < result.Count; s += 3)
        {
            (result[s - 1], result[s]) = (result[s], result[s - 1]);
        }

        result.RemoveAt(random.Next(result.Count));
        return result;
    }

    private List<string> Translate(IReadOnlyList<string> sentences, Random random)
    {
        var result = new List<string>();
        foreach (var sentence in sentences)
        {
            var words = sentence.TrimEnd('.').Split(' ').ToList();
            for (var w = 0; w < words.Count; w++)
            {
                var bare = words[w].TrimEnd(',');
                if (_synonyms.TryGetValue(bare, out var synonym) && random.NextDouble() < 0.2)
                {
                    words[w] = synonym;
                }
                else if (bare is "the" or "a" && random.NextDouble() < 0.5)
                {
                    words[w] = random.Next(2) == 0 ? "the" : "of the";
                }
                else if (bare.Length > 0 && char.IsUpper(bare[0]) && w > 0 && random.NextDouble() < 0.3)
                {
                    words[w] = bare.ToLowerInvariant();
                }
            }

            // Verb-final word order for a few words, and a doubled word, as literal machine translation produces.
            if (words.Count > 6)
            {
                var at = 2 + random.Next(words.Count - 4);
                (words[at], words[at + 1]) = (words[at + 1], words[at]);
                words.Insert(at, words[at]);
            }

            result.Add(string.Join(' ', words) + ".");
        }

        return result;
    }

    // HashCode.Combine is randomised per process; the corpus must be the same in every run.
    private static int Seed(int seed, int tag, int index)
    {
        var x = ((ulong)(uint)seed << 40) ^ ((ulong)tag << 32) ^ (uint)index;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)((x ^ (x >> 31)) & 0x7FFFFFFF);
    }

    private static string MoveClause(string sentence)
    {
        foreach (var (from, to) in ClauseMoves)
        {
            var at = sentence.IndexOf(from, StringComparison.Ordinal);
            if (at > 10)
            {
                var clause = sentence[(at + from.Length)..];
                var main = sentence[..at];
                return $"{to}{clause}, {char.ToLowerInvariant(main[0])}{main[1..]}";
            }
        }

        return sentence;
    }

    private static string[] Pick(Random random, string[] from, int count)
    {
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = from[random.Next(from.Length)];
        }

        return result;
    }

    private static string[] Words(Random random, HashSet<string> used, int count, int syllables)
    {
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            string word;
            do
            {
                var builder = new StringBuilder();
                var n = syllables + random.Next(2);
                for (var s = 0; s < n; s++)
                {
                    builder.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
                }

                builder.Append(Codas[random.Next(Codas.Length)]);
                word = builder.ToString();
            }
            while (!used.Add(word));

            result[i] = word;
        }

        return result;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
