using System.Diagnostics;
using System.Globalization;
using Dossier.Ingest.Evaluation;

// dossier extraction evaluation: prints precision, recall and F1 on extraction-dev.
//   dotnet run --project eval/extraction -c Release -- [DATA_FOLDER] [--errors N]
//   dotnet run --project eval/extraction -c Release -- profiles OUTPUT.tsv   (rebuilds the language profiles)
//   dotnet run --project eval/extraction -c Release -- language              (measures language identification)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 0 && args[0] == "profiles")
{
    return LanguageProfiles.Build(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "shingles")
{
    return ShingleScorer.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "speed")
{
    return ExtractionSpeed.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "dump")
{
    return ExtractionDump.Dump(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "diff")
{
    return ExtractionDump.Compare(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "language")
{
    return await LanguageProfiles.MeasureAsync(args.Skip(1).ToArray());
}

if (args.Length > 1 && args[0] == "explain")
{
    Dossier.Ingest.Html.ContentSelector.Trace = Console.WriteLine;
    var bytes = File.ReadAllBytes(args[1]);
    var html = Dossier.Ingest.Decoding.TextDecoding.DecodeHtml(args[1].EndsWith(".gz", StringComparison.Ordinal) ? Dossier.Ingest.Decoding.ByteLimits.Gunzip(bytes, long.MaxValue) : bytes);
    foreach (var (block, kept) in Dossier.Ingest.Html.HtmlArticleExtractor.Explain(html))
    {
        var furniture = block.FurnitureAncestor is { } f ? $"{f.LocalName}.{f.ClassName}#{f.Id}" : "";
        var owner = $"{block.Owner.LocalName}.{block.Owner.ClassName}";
        var text = block.Text.Length > 100 ? block.Text[..100] : block.Text;
        Console.WriteLine($"{(kept ? "K" : "-")} ld={block.LinkDensity:0.00} {owner} [{furniture}] {text.ReplaceLineEndings(" ")}");
    }

    return 0;
}

var data = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? ExtractionScorer.FindDataFolder(AppContext.BaseDirectory) ?? ExtractionScorer.FindDataFolder(Environment.CurrentDirectory);
if (data is null || !File.Exists(Path.Combine(data, "evaldata.json")))
{
    Console.Error.WriteLine("extraction-dev not found: pass its folder (../shared/data/extraction-dev).");
    return 2;
}

if (args.Contains("--leaks"))
{
    // Where do leaked snippets sit? Aggregated by block position and kind, to see which rule would help.
    var (_, all) = await ExtractionScorer.RunAsync(data, Environment.ProcessorCount);
    var tally = new Dictionary<string, int>();
    var leakExamples = new Dictionary<string, List<string>>();
    foreach (var page in all.Where(p => p.Leaked.Count > 0))
    {
        var bytes = File.ReadAllBytes(Path.Combine(data, "html", page.File + ".gz"));
        var html = Dossier.Ingest.Decoding.TextDecoding.DecodeHtml(Dossier.Ingest.Decoding.ByteLimits.Gunzip(bytes, long.MaxValue));
        var kept = Dossier.Ingest.Html.HtmlArticleExtractor.Explain(html).Where(k => k.Kept).Select(k => k.Block).ToList();
        var firstGood = kept.FindIndex(b => b.IsGoodText);
        var lastGood = kept.FindLastIndex(b => b.IsGoodText);
        foreach (var snippet in page.Leaked)
        {
            var probe = string.Join(' ', snippet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            probe = probe.Length > 30 ? probe[..30] : probe;
            var index = kept.FindIndex(b => string.Join(' ', b.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Contains(probe, StringComparison.Ordinal));
            if (index < 0)
            {
                tally["(spans blocks)"] = tally.GetValueOrDefault("(spans blocks)") + 1;
                continue;
            }

            var block = kept[index];
            var where = index < firstGood ? "before" : index > lastGood ? "after" : "inside";
            var key = $"{where} {block.Kind} {(block.InCaption ? "caption" : "")} {(block.IsGoodText ? "good" : block.Text.Length < 40 ? "short" : "medium")} {(block.FurnitureAncestor is null ? "" : "furniture")}";
            tally[key] = tally.GetValueOrDefault(key) + 1;
            if (!leakExamples.TryGetValue(key, out var list))
            {
                leakExamples[key] = list = [];
            }

            if (list.Count < 12)
            {
                list.Add($"{page.File}: {(block.Text.Length > 100 ? block.Text[..100] : block.Text)}");
            }
        }
    }

    foreach (var (key, count) in tally.OrderByDescending(t => t.Value))
    {
        Console.WriteLine($"{count,5} {key}");
        foreach (var example in leakExamples.GetValueOrDefault(key) ?? [])
        {
            Console.WriteLine($"        {example.ReplaceLineEndings(" ")}");
        }
    }

    return 0;
}

if (args.Contains("--misses"))
{
    // Why were "with" snippets lost? Aggregated by the state of the block that holds them.
    var (_, all) = await ExtractionScorer.RunAsync(data, Environment.ProcessorCount);
    var tally = new Dictionary<string, int>();
    var examples = new Dictionary<string, List<string>>();
    foreach (var page in all.Where(p => p.Missed.Count > 0))
    {
        var bytes = File.ReadAllBytes(Path.Combine(data, "html", page.File + ".gz"));
        var html = Dossier.Ingest.Decoding.TextDecoding.DecodeHtml(Dossier.Ingest.Decoding.ByteLimits.Gunzip(bytes, long.MaxValue));
        var explained = Dossier.Ingest.Html.HtmlArticleExtractor.Explain(html);
        var anyKept = explained.Any(e => e.Kept);
        foreach (var snippet in page.Missed)
        {
            var probe = string.Join(' ', snippet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            probe = probe.Length > 25 ? probe[..25] : probe;
            var index = explained.FindIndex(b => string.Join(' ', b.Block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Contains(probe, StringComparison.Ordinal));
            string key;
            if (index < 0)
            {
                key = "not in any block";
            }
            else
            {
                var (block, kept) = explained[index];
                key = kept ? "kept (spans blocks?)"
                    : block.InCaption ? "caption"
                    : block.LinkDensity > 0.3 ? "link density"
                    : Dossier.Ingest.Cleanup.JunkLines.Classify(block.Text, 5, 10) is { } reason ? "junk " + reason
                    : block.FurnitureAncestor is not null ? "furniture " + block.FurnitureKind
                    : !anyKept ? "nothing kept"
                    : index < explained.FindIndex(e => e.Kept) ? "before container " + block.Kind
                    : index > explained.FindLastIndex(e => e.Kept) ? "after container " + block.Kind
                    : "inside, dropped " + block.Kind;
            }

            tally[key] = tally.GetValueOrDefault(key) + 1;
            if (!examples.TryGetValue(key, out var list))
            {
                examples[key] = list = [];
            }

            if (list.Count < 6)
            {
                list.Add($"{page.File}: {snippet}");
            }
        }
    }

    foreach (var (key, count) in tally.OrderByDescending(t => t.Value))
    {
        Console.WriteLine($"{count,5} {key}");
        foreach (var example in examples[key])
        {
            Console.WriteLine($"        {example}");
        }
    }

    return 0;
}

var errorsIndex = Array.IndexOf(args, "--errors");
var showErrors = errorsIndex >= 0 && errorsIndex + 1 < args.Length ? int.Parse(args[errorsIndex + 1], CultureInfo.InvariantCulture) : 0;
var watch = Stopwatch.StartNew();
var (total, pages) = await ExtractionScorer.RunAsync(data, Environment.ProcessorCount);
watch.Stop();

foreach (var page in pages.Where(p => p.Missed.Count + p.Leaked.Count > 0).OrderByDescending(p => p.Missed.Count + p.Leaked.Count).Take(showErrors))
{
    Console.WriteLine($"{page.File} {page.Failure}");
    foreach (var missed in page.Missed)
    {
        Console.WriteLine($"   missed: {missed}");
    }

    foreach (var leaked in page.Leaked)
    {
        Console.WriteLine($"   leaked: {leaked}");
    }
}

Console.WriteLine($"{pages.Count} pages, {total.TruePositives + total.FalseNegatives} text and {total.FalsePositives + total.TrueNegatives} boilerplate snippets, {watch.Elapsed.TotalSeconds:0.0} s");
Console.WriteLine($"precision {total.Precision:0.0000}  recall {total.Recall:0.0000}  accuracy {total.Accuracy:0.0000}  F1 {total.F1:0.0000}");
Console.WriteLine($"failures: {pages.Count(p => p.Failure is not null)}");
foreach (var failed in pages.Where(p => p.Failure is not null))
{
    Console.WriteLine($"  {failed.File}: {failed.Failure}");
}

return 0;
