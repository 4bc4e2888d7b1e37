using System.Diagnostics;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Xunit.Abstractions;

namespace Dossier.Language.Tests.Evaluation;

/// <summary>Rough single-thread throughput per stage on PolNeAR texts (prints MB/s; asserts nothing about time).</summary>
[Trait("Category", "Evaluation")]
public class Throughput(ITestOutputHelper output)
{
    [SharedDataFact("polnear/train")]
    public void Per_stage_throughput()
    {
        var texts = Directory.GetFiles(Path.Combine(SharedData.Folder("polnear/train")!, "text"), "*.txt").Order(StringComparer.Ordinal).Take(400).Select(File.ReadAllText).ToList();
        var documents = texts.Select(t => TestDocs.Create(t)).ToList();
        var megabytes = texts.Sum(t => t.Length) * 2 / 1e6;
        IDocumentStage[] stages =
        [
            new Tokenizer(), new SentenceSplitter(), new EntityRecognizer(), new CreationTimeStage(null, new DateOnly(2016, 10, 1)),
            new TimeExpressionRecognizer(), new QuoteFinder(),
        ];
        // Warm up (JIT, tiered compilation of the generated regex code) on copies of all documents; report the second pass.
        foreach (var text in texts)
        {
            var copy = TestDocs.Create(text);
            foreach (var stage in stages)
            {
                stage.Process(copy, CancellationToken.None);
            }
        }

        foreach (var stage in stages)
        {
            var watch = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                stage.Process(d, CancellationToken.None);
            }

            output.WriteLine(FormattableString.Invariant($"{stage.Name}: {megabytes / watch.Elapsed.TotalSeconds:0.0} MB/s (UTF-16) over {documents.Count} documents"));
        }

        var groups = Stopwatch.StartNew();
        var result = new Dossier.Language.Entities.EntityGrouper().Group(documents);
        output.WriteLine(FormattableString.Invariant($"grouper: {groups.Elapsed.TotalMilliseconds:0} ms for {documents.Sum(d => d.Get(Layers.Entities).Length)} mentions -> {result.Count} groups"));
        Assert.NotEmpty(result);
    }
}
