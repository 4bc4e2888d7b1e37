namespace Dossier.Core;

/// <summary>An input that could not be read, with a one-line reason for the user.</summary>
public sealed record InputFailure(string Source, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source}: {Reason}";
}
