using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Core;
using Dossier.Language.Entities;

namespace Dossier.Bench;

/// <summary>
/// `group [--articles N] [--mentions M] [--seed S]`: times entity grouping alone, on one thread, over the mentions of
/// N generated articles (default 10,000 with about 40 mentions each). The articles draw people, places and
/// organisations from a large pool with Zipf-like popularity, write full names first and surnames after, and
/// respell a share of the names (transliteration-style changes), so blocking and matching do real work. Also times
/// the incremental path: 1% more articles added to an index that holds the rest, then a snapshot; and one article
/// at a time added to the full index, each followed by a snapshot (the median of 20).
/// </summary>
internal static class GroupingBench
{
    private const string Consonants = "bcdfghklmnprstvzkh";
    private const string Vowels = "aeiouy";
    private const int SingleAdditions = 20;

    public static int Run(string[] args)
    {
        var articles = 10_000;
        var mentionsPerArticle = 40;
        var seed = 17;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--articles": articles = value; break;
                case "--mentions": mentionsPerArticle = value; break;
                case "--seed": seed = value; break;
                default:
                    Console.Error.WriteLine("usage: group [--articles N] [--mentions M] [--seed S]");
                    return 2;
            }
        }

        var loadClock = Stopwatch.StartNew();
        var places = PlaceGazetteer.Default;
        var loadSeconds = loadClock.Elapsed.TotalSeconds;

        var generateClock = Stopwatch.StartNew();
        var generated = Generate(articles + SingleAdditions, mentionsPerArticle, new Random(seed));
        var documents = generated.Take(articles).ToList();
        var mentions = documents.Sum(d => d.Get(Layers.Entities).Length);
        var generateSeconds = generateClock.Elapsed.TotalSeconds;

        // Warm-up on a small slice so JIT time is not counted as grouping time.
        new EntityGrouper(places).Group(documents.Take(200).ToList());

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        var index = new EntityIndex(places);
        foreach (var d in documents)
        {
            index.Add(d);
        }

        var addSeconds = clock.Elapsed.TotalSeconds;
        var groups = index.Snapshot();
        var totalSeconds = clock.Elapsed.TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(true) - before) / 1_048_576.0;

        // Incremental: the last 1% of the articles arrive after the rest were indexed.
        var cut = documents.Count - Math.Max(1, documents.Count / 100);
        var incremental = new EntityIndex(places);
        foreach (var d in documents.Take(cut))
        {
            incremental.Add(d);
        }

        _ = incremental.Snapshot();
        var incrementalClock = Stopwatch.StartNew();
        foreach (var d in documents.Skip(cut))
        {
            incremental.Add(d);
        }

        var incrementalAdd = incrementalClock.Elapsed.TotalSeconds;
        var incrementalGroups = incremental.Snapshot();
        var incrementalTotal = incrementalClock.Elapsed.TotalSeconds;
        var same = incrementalGroups.Count == groups.Count && incrementalGroups.Select(g => g.Id).SequenceEqual(groups.Select(g => g.Id));

        // One more article at a time to the batch index, each followed by a snapshot.
        // Process CPU time as well as wall time: on a shared, loaded machine the wall time of a step this short
        // mostly measures waiting for a core.
        var process = Process.GetCurrentProcess();
        var single = new List<(double Seconds, double CpuSeconds, int Components, int Names)>();
        foreach (var d in generated.Skip(articles))
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var singleClock = Stopwatch.StartNew();
            index.Add(d);
            _ = index.Snapshot();
            var seconds = singleClock.Elapsed.TotalSeconds;
            process.Refresh();
            single.Add((seconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, index.LastSnapshotRecomputed, index.LastSnapshotRecomputedNames));
        }

        var median = single.OrderBy(s => s.Seconds).ElementAt(single.Count / 2);
        var medianCpu = single.Select(s => s.CpuSeconds).Order().ElementAt(single.Count / 2);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"entity grouping, one thread: {documents.Count} articles, {mentions:N0} mentions, {index.NameCount:N0} distinct names, {groups.Count:N0} entities (gazetteer: {places.Count:N0} places, loaded in {loadSeconds:F2} s; generating the mentions took {generateSeconds:F2} s, not counted)");
        report.AppendLine("| step | seconds | mentions/s |");
        report.AppendLine("|---|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| add all articles (parse, within-document, blocking, {index.Comparisons:N0} comparisons) | {addSeconds:F2} | {mentions / addSeconds:N0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| snapshot (merge, surnames, names) | {totalSeconds - addSeconds:F2} | |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| **total** | **{totalSeconds:F2}** | {mentions / totalSeconds:N0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| incremental: add the last {documents.Count - cut} articles to the index of {cut} | {incrementalAdd:F3} | |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| incremental: then snapshot | {incrementalTotal - incrementalAdd:F2} | |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| one more article to the index of {documents.Count}, then snapshot (median of {single.Count}; slowest {single.Max(s => s.Seconds):F3}; median process CPU {medianCpu:F3}) | {median.Seconds:F3} | |");
        report.AppendLine(CultureInfo.InvariantCulture, $"components regrouped per added article: median {single.Select(s => s.Components).Order().ElementAt(single.Count / 2)} ({single.Select(s => s.Names).Order().ElementAt(single.Count / 2)} names of {index.NameCount:N0})");
        report.AppendLine(CultureInfo.InvariantCulture, $"allocated: {allocated:F0} MiB; incremental result equals the batch result: {same}");
        Console.Out.Write(report.ToString());
        return same ? 0 : 1;
    }

    private sealed record PoolEntity(string Given, string Name, EntityType Type);

    private static List<Document> Generate(int articles, int mentionsPerArticle, Random random)
    {
        var people = Enumerable.Range(0, 40_000).Select(_ => new PoolEntity(Capital(Word(random, 2)), Capital(Word(random, 3)) + Suffix(random), EntityType.Person)).ToList();
        var places = Enumerable.Range(0, 8_000).Select(_ => new PoolEntity("", Capital(Word(random, 3)), EntityType.Location)).ToList();
        var orgs = Enumerable.Range(0, 8_000).Select(_ => new PoolEntity("", Capital(Word(random, 2)) + " " + Capital(Word(random, 3)) + " " + (random.Next(2) == 0 ? "Council" : "Party"), EntityType.Organization)).ToList();
        var documents = new List<Document>(articles);
        for (var a = 0; a < articles; a++)
        {
            var text = new StringBuilder();
            var spans = ImmutableArray.CreateBuilder<EntityMention>();
            void Write(string name, EntityType type)
            {
                if (text.Length > 0)
                {
                    text.Append(" said that ");
                }

                spans.Add(new EntityMention(text.Length, text.Length + name.Length, type));
                text.Append(name);
            }

            // Each article respells some names its own way, consistently within the article.
            var respelled = new Dictionary<string, string>(StringComparer.Ordinal);
            string Spell(string name)
            {
                if (!respelled.TryGetValue(name, out var s))
                {
                    s = random.Next(4) == 0 ? Respell(name, random) : name;
                    respelled[name] = s;
                }

                return s;
            }

            while (spans.Count < mentionsPerArticle)
            {
                var kind = random.Next(10);
                var pool = kind < 5 ? people : kind < 8 ? places : orgs;
                var e = pool[Zipf(random, pool.Count)];
                if (e.Type == EntityType.Person)
                {
                    Write(Spell(e.Given) + " " + Spell(e.Name), EntityType.Person);
                    for (var k = random.Next(3); k > 0; k--)
                    {
                        Write(Spell(e.Name), EntityType.Person);
                    }
                }
                else
                {
                    Write(Spell(e.Name), e.Type);
                }
            }

            var d = new Document(text.ToString(), new SourceMetadata { Source = $"generated-{a}" });
            d.Set(Layers.Entities, spans.ToImmutable());
            documents.Add(d);
        }

        return documents;
    }

    // Popularity rank with a heavy head and a long tail (about Zipf with exponent 1).
    private static int Zipf(Random random, int count) => Math.Min(count - 1, (int)Math.Floor(Math.Exp(random.NextDouble() * Math.Log(count + 1)) - 1));

    private static string Word(Random random, int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            if (random.Next(3) == 0)
            {
                sb.Append(Consonants[random.Next(Consonants.Length)]);
            }
        }

        return sb.ToString();
    }

    private static string Suffix(Random random) => random.Next(4) switch
    {
        0 => "enko",
        1 => "sky",
        2 => "ov",
        _ => "",
    };

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Respell(string name, Random random)
    {
        var chars = name.ToCharArray();
        var at = 1 + random.Next(Math.Max(1, chars.Length - 1));
        at = Math.Min(at, chars.Length - 1);
        return random.Next(4) switch
        {
            0 => name.Replace("y", "i", StringComparison.Ordinal),
            1 => name.Insert(at, name[at].ToString()),
            2 => name.EndsWith("sky", StringComparison.Ordinal) ? name + "y" : name.Replace("v", "w", StringComparison.Ordinal),
            _ => name.Remove(at, 1),
        };
    }
}
