namespace Dossier.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and processed.</summary>
    public const int Ok = 0;

    /// <summary>At least one input could not be read or processed; the rest was.</summary>
    public const int InputFailed = 1;

    /// <summary>Bad command line, missing database, or nothing could run.</summary>
    public const int Usage = 2;
}
