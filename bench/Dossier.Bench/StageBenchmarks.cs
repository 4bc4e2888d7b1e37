using BenchmarkDotNet.Attributes;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Engine;

namespace Dossier.Bench;

/// <summary>Per-stage and whole-pipeline costs on one generated news article (about 6 KB).</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private DocumentPipeline _pipeline = null!;
    private string _text = null!;
    private Block[] _blocks = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = AnalysisPipeline.Create(new DossierOptions { CreationTime = new DateOnly(2026, 5, 14), MaxParallelism = 1 });
        (_text, _blocks) = SyntheticArticle.Create(paragraphs: 12);
    }

    private Document Fresh()
    {
        var document = new Document(_text, new SourceMetadata { Source = "bench.txt" });
        document.Set(Layers.Blocks, [.. _blocks]);
        return document;
    }

    [Benchmark(Baseline = true)]
    public Document WholePipeline()
    {
        var document = Fresh();
        _pipeline.Run(document);
        return document;
    }

    [Benchmark]
    public Document UpToSentences()
    {
        var document = Fresh();
        foreach (var stage in _pipeline.Stages)
        {
            stage.Process(document, CancellationToken.None);
            if (stage.Provides.Contains(Layers.Sentences))
            {
                break;
            }
        }

        return document;
    }
}
