using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Dossier.Core.Pipeline;

/// <summary>
/// An immutable, thread-safe sequence of stages with one error policy. Built by <see cref="PipelineBuilder"/>.
/// </summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(
        ImmutableArray<IDocumentStage> stages,
        ImmutableHashSet<AnnotationKey> given,
        ErrorPolicy policy,
        int maxParallelism)
    {
        Stages = stages;
        Given = given;
        Policy = policy;
        MaxParallelism = maxParallelism;
    }

    /// <summary>The stages in order.</summary>
    public ImmutableArray<IDocumentStage> Stages { get; }

    /// <summary>Annotations the input is expected to carry.</summary>
    public ImmutableHashSet<AnnotationKey> Given { get; }

    /// <summary>What happens when a stage throws.</summary>
    public ErrorPolicy Policy { get; }

    /// <summary>Documents processed at once by <see cref="RunAllAsync"/>.</summary>
    public int MaxParallelism { get; }

    /// <summary>Runs every stage over one document, applying the error policy.</summary>
    /// <exception cref="PipelineException">A stage failed and the policy is <see cref="ErrorPolicy.Fail"/>.</exception>
    public DocumentOutcome Run(Document document, IStageObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<StageError>? errors = null;
        HashSet<AnnotationKey>? lost = null;
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lost is not null && stage.Requires.Any(lost.Contains))
            {
                // An earlier failure removed something this stage needs: what it would provide is lost too.
                lost.UnionWith(stage.Provides);
                continue;
            }

            var started = observer is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // The pipeline's job is to catch any stage failure and apply the policy.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var error = new StageError(stage.Name, document.Metadata.Source, ex.Message, ex);
                switch (Policy)
                {
                    case ErrorPolicy.Fail:
                        throw new PipelineException(error);
                    case ErrorPolicy.SkipDocument:
                        return new DocumentOutcome(document, [error], Skipped: true);
                    default:
                        (errors ??= []).Add(error);
                        (lost ??= []).UnionWith(stage.Provides);
                        continue;
                }
            }

            observer?.StageCompleted(stage, document, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }

        return new DocumentOutcome(document, errors ?? (IReadOnlyList<StageError>)[], Skipped: false);
    }

    /// <summary>
    /// Runs the pipeline over many documents on up to <see cref="MaxParallelism"/> threads. Results come back in
    /// input order; at most about twice <see cref="MaxParallelism"/> documents are in flight, so memory stays
    /// bounded however long the input is.
    /// </summary>
    public async IAsyncEnumerable<DocumentOutcome> RunAllAsync(
        IAsyncEnumerable<Document> documents,
        IStageObserver? observer = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var inFlight = Channel.CreateBounded<Task<DocumentOutcome>>(new BoundedChannelOptions(MaxParallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var throttle = new SemaphoreSlim(MaxParallelism);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var document in documents.WithCancellation(token))
                    {
                        await throttle.WaitAsync(token);
                        var work = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return Run(document, observer, token);
                                }
                                finally
                                {
                                    throttle.Release();
                                }
                            },
                            token);
                        await inFlight.Writer.WriteAsync(work, token);
                    }

                    inFlight.Writer.Complete();
                }
#pragma warning disable CA1031 // Forwarded to the reader, which rethrows it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    inFlight.Writer.Complete(ex);
                }
            },
            token);

        try
        {
            await foreach (var work in inFlight.Reader.ReadAllAsync(token))
            {
                yield return await work;
            }
        }
        finally
        {
            await linked.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early; the producer was told to stop.
            }
        }
    }
}

/// <summary>Receives per-stage timings (benchmarks, progress).</summary>
public interface IStageObserver
{
    /// <summary>Called after a stage finished a document. May be called from several threads at once.</summary>
    void StageCompleted(IDocumentStage stage, Document document, TimeSpan elapsed);
}
