using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Ingest;

namespace Dossier.Engine;

/// <summary>One result of analysing a batch: an annotated document, or an input or stage failure.</summary>
public abstract record BatchItem(string Source);

/// <summary>A document that was read and analysed (possibly with recorded stage errors).</summary>
public sealed record AnalysedDocument(DocumentOutcome Outcome) : BatchItem(Outcome.Document.Metadata.Source);

/// <summary>An input that could not be read.</summary>
public sealed record FailedInput(InputFailure Failure) : BatchItem(Failure.Source);

/// <summary>
/// Reads inputs and runs the analysis pipeline over them in parallel, streaming results in input order.
/// Memory stays bounded: only the documents in flight are held.
/// </summary>
public sealed class BatchAnalyzer
{
    private readonly DossierOptions _options;
    private readonly DocumentPipeline _pipeline;

    /// <summary>Creates an analyzer with the default pipeline.</summary>
    public BatchAnalyzer(DossierOptions options)
        : this(options, AnalysisPipeline.Create(options))
    {
    }

    /// <summary>Creates an analyzer with a custom pipeline.</summary>
    public BatchAnalyzer(DossierOptions options, DocumentPipeline pipeline)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
    }

    /// <summary>The pipeline in use.</summary>
    public DocumentPipeline Pipeline => _pipeline;

    /// <summary>Reads and analyses <paramref name="inputs"/>; read failures come back in order with the documents.</summary>
    public async IAsyncEnumerable<BatchItem> AnalyseAsync(
        IEnumerable<string> inputs,
        IStageObserver? observer = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = new ArticleReader(_options.Ingest);

        // Failures are reported as soon as they are read; documents go through the pipeline.
        var failures = Channel.CreateUnbounded<InputFailure>();
        async IAsyncEnumerable<Document> Documents([EnumeratorCancellation] CancellationToken token = default)
        {
            // Reading (decoding, HTML extraction) is CPU work too, so it gets the same parallelism as the pipeline.
            await foreach (var item in reader.ReadAsync(inputs, _options.MaxParallelism, token))
            {
                switch (item)
                {
                    case IngestedDocument ingested:
                        yield return ingested.Document;
                        break;
                    case IngestFailure failed:
                        await failures.Writer.WriteAsync(failed.Failure, token);
                        break;
                }
            }

            failures.Writer.Complete();
        }

        await foreach (var outcome in _pipeline.RunAllAsync(Documents(cancellationToken), observer, cancellationToken))
        {
            while (failures.Reader.TryRead(out var failure))
            {
                yield return new FailedInput(failure);
            }

            yield return new AnalysedDocument(outcome);
        }

        while (failures.Reader.TryRead(out var failure))
        {
            yield return new FailedInput(failure);
        }
    }
}
