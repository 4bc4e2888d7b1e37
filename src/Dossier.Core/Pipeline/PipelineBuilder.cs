using System.Collections.Immutable;

namespace Dossier.Core.Pipeline;

/// <summary>
/// Configures a <see cref="DocumentPipeline"/>. <see cref="Build"/> checks that every stage's requirements are
/// provided by the input or an earlier stage, and returns an immutable pipeline.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];
    private readonly HashSet<AnnotationKey> _given = [];
    private ErrorPolicy _policy = ErrorPolicy.RecordAndContinue;
    private int _maxParallelism = Environment.ProcessorCount;

    /// <summary>Declares annotations that documents carry before the first stage (set by readers).</summary>
    public PipelineBuilder Given(params AnnotationKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _given.UnionWith(keys);
        return this;
    }

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Use(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Sets the error policy for the whole run.</summary>
    public PipelineBuilder OnError(ErrorPolicy policy)
    {
        _policy = policy;
        return this;
    }

    /// <summary>Sets how many documents are processed at once (default: one per core).</summary>
    public PipelineBuilder WithMaxParallelism(int documents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        _maxParallelism = documents;
        return this;
    }

    /// <summary>Validates the stage order and freezes the configuration.</summary>
    /// <exception cref="PipelineConfigurationException">A requirement is not met, or two stages share a name.</exception>
    public DocumentPipeline Build()
    {
        var available = new HashSet<AnnotationKey>(_given);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new PipelineConfigurationException($"Two stages are named '{stage.Name}'.");
            }

            var missing = stage.Requires.Where(key => !available.Contains(key)).Select(key => key.Name).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineConfigurationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage or the input provides.");
            }

            available.UnionWith(stage.Provides);
        }

        return new DocumentPipeline([.. _stages], _given.ToImmutableHashSet(), _policy, _maxParallelism);
    }
}
