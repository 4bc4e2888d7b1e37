using Dossier.Engine;

namespace Dossier.Cli;

/// <summary>User-facing messages on standard error: one line each, no stack traces.</summary>
internal static class Report
{
    private static readonly Lock Gate = new();

    public static void Error(string message)
    {
        lock (Gate)
        {
            Console.Error.WriteLine($"dossier: error: {OneLine(message)}");
        }
    }

    public static void Warning(string message)
    {
        lock (Gate)
        {
            Console.Error.WriteLine($"dossier: warning: {OneLine(message)}");
        }
    }

    public static void Info(string message)
    {
        lock (Gate)
        {
            Console.Error.WriteLine($"dossier: {OneLine(message)}");
        }
    }

    /// <summary>Reports a batch item that did not fully succeed. Returns true when it is a failure of the input.</summary>
    public static bool Problem(BatchItem item)
    {
        switch (item)
        {
            case FailedInput failed:
                Error($"{failed.Failure.Source}: {failed.Failure.Reason}");
                return true;
            case AnalysedDocument { Outcome.Skipped: true } skipped:
                foreach (var error in skipped.Outcome.Errors)
                {
                    Error($"{error.DocumentSource}: skipped: stage '{error.Stage}' failed: {error.Message}");
                }

                return true;
            case AnalysedDocument analysed:
                foreach (var error in analysed.Outcome.Errors)
                {
                    Warning($"{error.DocumentSource}: stage '{error.Stage}' failed: {error.Message} (the rest of its analysis is kept)");
                }

                return false;
            default:
                return false;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
