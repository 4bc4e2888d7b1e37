namespace Dossier.Core.Pipeline;

/// <summary>
/// One step of per-document analysis. A stage reads the layers it requires and sets the ones it provides.
/// Stages are stateless after construction (or hold only immutable state such as a loaded model) and must
/// be safe to call on different documents from several threads at once. A stage signals failure by throwing.
/// </summary>
public interface IDocumentStage
{
    /// <summary>Short name used in errors and benchmarks.</summary>
    string Name { get; }

    /// <summary>Annotations that must be present before this stage runs.</summary>
    IReadOnlyList<AnnotationKey> Requires { get; }

    /// <summary>Annotations this stage sets.</summary>
    IReadOnlyList<AnnotationKey> Provides { get; }

    /// <summary>Annotates <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
