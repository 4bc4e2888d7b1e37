namespace Dossier.Core.Pipeline;

/// <summary>The result of running the pipeline over one document.</summary>
public sealed record DocumentOutcome(Document Document, IReadOnlyList<StageError> Errors, bool Skipped)
{
    /// <summary>True when every stage ran without error.</summary>
    public bool Succeeded => Errors.Count == 0;
}
