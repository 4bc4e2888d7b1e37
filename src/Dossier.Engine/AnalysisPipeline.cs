using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Ingest;
using Dossier.Language;
using Dossier.Ner;

namespace Dossier.Engine;

/// <summary>The default per-document pipeline: cleanup, tokens, sentences, entities, dates, quotes.</summary>
public static class AnalysisPipeline
{
    /// <summary>Builds the default pipeline. Readers provide <see cref="Layers.Blocks"/>.</summary>
    public static DocumentPipeline Create(DossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PipelineBuilder()
            .Given(Layers.Blocks)
            .Use(new BoilerplateCleaner())
            .Use(new Tokenizer())
            .Use(new SentenceSplitter())
            .Use(new NerEntityRecognizer())
            .Use(new CreationTimeStage(options.CreationTime, options.Today))
            .Use(new TimeExpressionRecognizer())
            .Use(new QuoteFinder())
            .OnError(options.ErrorPolicy)
            .WithMaxParallelism(options.MaxParallelism)
            .Build();
    }
}
