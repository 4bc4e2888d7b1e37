using System.Diagnostics;
using System.Globalization;
using Dossier.Ingest.Decoding;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Evaluation;

/// <summary>
/// Pages per second of <see cref="HtmlArticleExtractor"/> on one thread, timed the way
/// ../shared/tools/peers/extract.sh times Readability.js and readability-lxml: the pages are read,
/// gunzipped and decoded before the clock starts; the timed loop is parse + extract + text (with
/// metadata, the source map and language identification, which the peers do not do).
/// </summary>
internal static class ExtractionSpeed
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("usage: speed HTML_DIR [--passes N] [--no-warmup]   (a folder of *.html or *.html.gz pages)");
            return 2;
        }

        var passes = args.SkipWhile(a => a != "--passes").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(3);
        var pages = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".html.gz", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var bytes = File.ReadAllBytes(f);
                return TextDecoding.DecodeHtml(f.EndsWith(".gz", StringComparison.Ordinal) ? ByteLimits.Gunzip(bytes, long.MaxValue) : bytes);
            })
            .ToList();
        var inputChars = pages.Sum(p => (long)p.Length);
        var extractor = new HtmlArticleExtractor();

        // A few untimed pages so that the lazily loaded language profiles and first JIT compilations are not
        // counted; --no-warmup measures a cold process, as the peers are measured.
        if (!args.Contains("--no-warmup"))
        {
            foreach (var page in pages.Take(50))
            {
                extractor.Extract(page);
            }
        }

        var seconds = new List<double>();
        long outputChars = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = GC.CollectionCount(0);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            outputChars = 0;
            foreach (var page in pages)
            {
                outputChars += extractor.Extract(page).Text.Length;
            }

            clock.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            seconds.Add(clock.Elapsed.TotalSeconds);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass + 1}: {clock.Elapsed.TotalSeconds:0.000} s, {pages.Count / clock.Elapsed.TotalSeconds:0.0} pages/s, {cpu:0.000} s CPU (all threads), allocated {allocated / (double)pages.Count / 1024:0} KiB/page, {GC.CollectionCount(0) - collectionsBefore} GCs"));
        }

        var median = seconds.Order().ElementAt(seconds.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SPEED dossier-extract: passes={passes} n={pages.Count} pages loop_median_s={median:0.000} pages/s={pages.Count / median:0.0} in_chars/s={inputChars / median:#,0} out_chars={outputChars:#,0} peak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0}"));
        return 0;
    }
}
