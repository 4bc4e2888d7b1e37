using System.Diagnostics;
using System.Globalization;
using Dossier.Stories.Copies;

namespace Dossier.Bench;

/// <summary>
/// `copies [--articles N] [--seed S] [--threads T]`: generates a corpus with injected copies (<see cref="CopyCorpus"/>),
/// streams it through <see cref="CopyFingerprint"/> (texts are dropped once fingerprinted) and
/// <see cref="CopyFinder"/>, and reports time, peak memory and precision/recall of the injected copies. A predicted
/// relation is right when the copy and the original it names descend from the same generated original.
/// </summary>
internal static class CopyDetectionBench
{
    public static int Run(string[] args)
    {
        var articles = Option(args, "--articles", 100_000);
        var seed = Option(args, "--seed", 1);
        var threads = Option(args, "--threads", Environment.ProcessorCount);
        var options = CopyDetectionOptions.Default;
        var corpus = new CopyCorpus(seed);

        var fingerprints = new CopyFingerprint[articles];
        var families = new int[articles];
        var kinds = new CopyInjection[articles];
        long fingerprintTicks = 0;
        long characters = 0;
        var total = Stopwatch.StartNew();
        Parallel.For(0, articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var article = corpus.Article(i);
            var start = Stopwatch.GetTimestamp();
            fingerprints[i] = CopyFingerprint.Create(article.Id, article.Date, article.Sentences, options);
            Interlocked.Add(ref fingerprintTicks, Stopwatch.GetTimestamp() - start);
            Interlocked.Add(ref characters, article.Sentences.Sum(s => s.Length + 1));
            families[i] = article.Family;
            kinds[i] = article.Kind;
        });
        var generated = total.Elapsed;

        var find = Stopwatch.StartNew();
        var statistics = new CopyFinderStatistics();
        var relations = CopyFinder.Find(fingerprints, options, statistics);
        var findTime = find.Elapsed;
        var wall = total.Elapsed;

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var gc = GC.GetGCMemoryInfo();
        var fingerprintBytes = fingerprints.Sum(f => f.Bytes);

        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles; i++)
        {
            indexOf[fingerprints[i].Id] = i;
        }

        var correct = 0;
        var found = new bool[articles];
        foreach (var relation in relations)
        {
            var copy = indexOf[relation.DocumentId];
            if (families[copy] == families[indexOf[relation.OriginalId]])
            {
                correct++;
                found[copy] = true;
            }
        }

        // An original counts as found only when it is wrongly called a copy; copies are found when related correctly.
        var injected = kinds.Count(k => k != CopyInjection.Original);
        var recalled = Enumerable.Range(0, articles).Count(i => kinds[i] != CopyInjection.Original && found[i]);
        var precision = relations.Count == 0 ? 0 : (double)correct / relations.Count;
        var recall = injected == 0 ? 0 : (double)recalled / injected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        var output = Console.Out;
        output.WriteLine(Invariant($"articles {articles:N0} ({characters / 1e6:F0} M characters), injected copies {injected:N0}, threads {threads}"));
        output.WriteLine(Invariant($"generate + fingerprint {generated.TotalSeconds:F1} s (fingerprinting {Stopwatch.GetElapsedTime(0, fingerprintTicks).TotalSeconds:F1} thread-s), find {findTime.TotalSeconds:F1} s, total {wall.TotalSeconds:F1} s"));
        output.WriteLine(Invariant($"peak working set {peak / 1048576.0:F0} MiB; GC heap now {gc.HeapSizeBytes / 1048576.0:F0} MiB, committed {gc.TotalCommittedBytes / 1048576.0:F0} MiB; fingerprints {fingerprintBytes / 1048576.0:F0} MiB"));
        output.WriteLine(Invariant($"candidates: document-band pairs {statistics.DocumentBandPairs:N0}, sentence-band hits {statistics.SentenceBandHits:N0}, pairs verified {statistics.Verified:N0}"));
        output.WriteLine(Invariant($"relations {relations.Count:N0}: precision {precision:F4}, recall {recall:F4}, F1 {f1:F4}"));
        foreach (var kind in Enum.GetValues<CopyInjection>().Where(k => k != CopyInjection.Original))
        {
            var of = Enumerable.Range(0, articles).Where(i => kinds[i] == kind).ToList();
            var hit = of.Count(i => found[i]);
            output.WriteLine(Invariant($"  {kind,-10} injected {of.Count,6:N0}  recall {(of.Count == 0 ? 0 : (double)hit / of.Count):F4}"));
        }

        var falseOnOriginals = relations.Count(r => kinds[indexOf[r.DocumentId]] == CopyInjection.Original);
        output.WriteLine(Invariant($"  originals called copies: {falseOnOriginals:N0}"));
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
