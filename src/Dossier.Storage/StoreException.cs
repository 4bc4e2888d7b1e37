namespace Dossier.Storage;

/// <summary>
/// A problem with the database itself (not a bug in the caller): the file is not a Dossier database,
/// was written by a newer version, cannot be opened, is locked, corrupt, read-only or full.
/// The message is one line that names the path and can be shown to the user as it is.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public StoreException()
    {
    }

    /// <summary>Creates an exception with a one-line message.</summary>
    public StoreException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception with a one-line message and the underlying error.</summary>
    public StoreException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
