namespace Dossier.Core.Pipeline;

/// <summary>A stage failed on a document.</summary>
public sealed record StageError(string Stage, string DocumentSource, string Message, Exception? Exception)
{
    /// <inheritdoc/>
    public override string ToString() => $"{DocumentSource}: stage '{Stage}' failed: {Message}";
}

/// <summary>Raised under <see cref="ErrorPolicy.Fail"/>; names the stage and the document.</summary>
public sealed class PipelineException : Exception
{
    /// <summary>Wraps a stage failure.</summary>
    public PipelineException(StageError error)
        : base(error?.ToString(), error?.Exception)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    public PipelineException() => Error = new StageError("?", "?", "unknown", null);

    /// <summary>Creates the exception.</summary>
    public PipelineException(string message) : base(message) => Error = new StageError("?", "?", message, null);

    /// <summary>Creates the exception.</summary>
    public PipelineException(string message, Exception innerException)
        : base(message, innerException) => Error = new StageError("?", "?", message, innerException);

    /// <summary>The failure.</summary>
    public StageError Error { get; }
}

/// <summary>The stages given to <see cref="PipelineBuilder"/> cannot run in that order.</summary>
public sealed class PipelineConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException() { }

    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException(string message, Exception innerException) : base(message, innerException) { }
}
