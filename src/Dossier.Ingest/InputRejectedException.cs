namespace Dossier.Ingest;

/// <summary>
/// Thrown inside the readers when an input cannot be read; the reader turns it into one
/// <see cref="IngestFailure"/> whose reason is <see cref="Exception.Message"/>.
/// </summary>
internal sealed class InputRejectedException : Exception
{
    public InputRejectedException(string reason) : base(reason) { }

    public InputRejectedException() { }

    public InputRejectedException(string reason, Exception innerException) : base(reason, innerException) { }
}
