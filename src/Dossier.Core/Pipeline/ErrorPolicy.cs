namespace Dossier.Core.Pipeline;

/// <summary>What the pipeline does when a stage throws. One policy applies to a whole run.</summary>
public enum ErrorPolicy
{
    /// <summary>Stop the run: the error propagates as <see cref="PipelineException"/>.</summary>
    Fail,

    /// <summary>Drop the document, record the error, go on with the next document.</summary>
    SkipDocument,

    /// <summary>
    /// Keep the document with what succeeded, record the error, and run the remaining stages whose
    /// requirements are still met.
    /// </summary>
    RecordAndContinue,
}
