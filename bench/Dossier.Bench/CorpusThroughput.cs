using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Core.Pipeline;
using Dossier.Engine;

namespace Dossier.Bench;

/// <summary>
/// Reads a corpus, runs the default pipeline and the briefing, and reports documents/s and MB/s per stage and end
/// to end. Per-stage rates are in CPU time of that stage alone (summed over threads); end to end is wall time.
/// </summary>
internal static class CorpusThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var jobs = Environment.ProcessorCount;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--jobs" or "-j" && i + 1 < args.Length)
            {
                jobs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                inputs.Add(args[i]);
            }
        }

        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("usage: throughput [--jobs N] PATH...");
            return 2;
        }

        var options = new DossierOptions { MaxParallelism = jobs };

        // Reading alone first (file access, decoding, HTML extraction), so its rate is visible apart from the stages.
        var readClock = Stopwatch.StartNew();
        var read = 0;
        await foreach (var item in new Dossier.Ingest.ArticleReader(options.Ingest).ReadAsync(inputs))
        {
            read += item is Dossier.Ingest.IngestedDocument ? 1 : 0;
        }

        var readTime = readClock.Elapsed;
        var observer = new StageTimes();
        var analyzer = new BatchAnalyzer(options);
        var documents = new List<Document>();
        long chars = 0;
        var failed = 0;
        var peak = 0L;
        var clock = Stopwatch.StartNew();
        await foreach (var item in analyzer.AnalyseAsync(inputs, observer))
        {
            if (item is AnalysedDocument { Outcome.Skipped: false } analysed)
            {
                documents.Add(analysed.Outcome.Document);
                chars += analysed.Outcome.Document.Text.Length;
            }
            else
            {
                failed++;
            }

            peak = Math.Max(peak, GC.GetTotalMemory(false));
        }

        var analysis = clock.Elapsed;
        var briefingClock = Stopwatch.StartNew();
        var grouper = new TimedGrouper(new Dossier.Language.Entities.EntityGrouper());
        var copies = new TimedCopyDetector(new Dossier.Stories.Copies.ShingleCopyDetector());
        var briefing = new Dossier.Briefing.BriefingBuilder(grouper, copies, new Dossier.Briefing.BriefingOptions { SummarySentences = options.SummarySentences })
            .Build(documents);
        var briefingTime = briefingClock.Elapsed;
        var total = clock.Elapsed;

        var megabytes = Encoding.UTF8.GetByteCount(string.Concat(documents.Select(d => d.Text))) / 1_000_000.0;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"corpus: {documents.Count} documents ({failed} failed inputs), {chars:N0} characters, {megabytes:F2} MB of text; {jobs} parallel jobs on {Environment.ProcessorCount} cores");
        report.AppendLine("| stage | CPU time (s) | documents/s | MB/s |");
        report.AppendLine("|---|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| read (one thread, separate pass) | {readTime.TotalSeconds:F3} | {Rate(read, readTime.TotalSeconds)} | {Rate(megabytes, readTime.TotalSeconds)} |");
        foreach (var stage in analyzer.Pipeline.Stages)
        {
            var seconds = observer.Seconds(stage.Name);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {stage.Name} | {seconds:F3} | {Rate(documents.Count, seconds)} | {Rate(megabytes, seconds)} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| read + analyse (wall) | {analysis.TotalSeconds:F3} | {Rate(documents.Count, analysis.TotalSeconds)} | {Rate(megabytes, analysis.TotalSeconds)} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| entity grouping | {grouper.Seconds:F3} | {Rate(documents.Count, grouper.Seconds)} | {Rate(megabytes, grouper.Seconds)} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| copy detection | {copies.Seconds:F3} | {Rate(documents.Count, copies.Seconds)} | {Rate(megabytes, copies.Seconds)} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| briefing (all corpus stages) | {briefingTime.TotalSeconds:F3} | {Rate(documents.Count, briefingTime.TotalSeconds)} | {Rate(megabytes, briefingTime.TotalSeconds)} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| end to end (wall) | {total.TotalSeconds:F3} | {Rate(documents.Count, total.TotalSeconds)} | {Rate(megabytes, total.TotalSeconds)} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"managed heap peak (sampled): {peak / 1_048_576.0:F0} MiB; briefing: {briefing.Summary.Count} summary sentences, {briefing.Timeline.Count} timeline entries, {briefing.Entities.Count} entities");
        Console.Out.Write(report.ToString());
        return 0;
    }

    private static string Rate(double amount, double seconds) =>
        seconds <= 0 ? "n/a" : (amount / seconds).ToString("N1", CultureInfo.InvariantCulture);

    private sealed class StageTimes : IStageObserver
    {
        private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

        public void StageCompleted(IDocumentStage stage, Document document, TimeSpan elapsed) =>
            _ticks.AddOrUpdate(stage.Name, elapsed.Ticks, (_, ticks) => ticks + elapsed.Ticks);

        public double Seconds(string stage) => _ticks.TryGetValue(stage, out var ticks) ? TimeSpan.FromTicks(ticks).TotalSeconds : 0;
    }

    private sealed class TimedGrouper(IEntityGrouper inner) : IEntityGrouper
    {
        public double Seconds { get; private set; }

        public IReadOnlyList<EntityGroup> Group(IReadOnlyList<Document> documents)
        {
            var clock = Stopwatch.StartNew();
            var groups = inner.Group(documents);
            Seconds += clock.Elapsed.TotalSeconds;
            return groups;
        }
    }

    private sealed class TimedCopyDetector(ICopyDetector inner) : ICopyDetector
    {
        public double Seconds { get; private set; }

        public IReadOnlyList<CopyRelation> Detect(IReadOnlyList<Document> documents)
        {
            var clock = Stopwatch.StartNew();
            var relations = inner.Detect(documents);
            Seconds += clock.Elapsed.TotalSeconds;
            return relations;
        }
    }
}
