using Dossier.Core;
using Dossier.Engine;
using Dossier.Storage;

namespace Dossier.Cli;

/// <summary>
/// The documents a corpus command works on: the articles given as paths (analysed now), or, without paths,
/// what `dossier ingest` stored in the database.
/// </summary>
internal static class CorpusInput
{
    /// <summary>The loaded documents and the number of inputs that failed; null documents when loading could not start.</summary>
    public sealed record Loaded(List<Document>? Documents, int Failures, int ExitCode);

    public static async Task<Loaded> LoadAsync(string[] inputs, string database, DossierOptions options, CancellationToken cancellationToken)
    {
        var documents = new List<Document>();
        if (inputs.Length > 0)
        {
            var failures = await Analysis.RunAsync("Analysing", inputs, options, document =>
            {
                documents.Add(document);
                return Task.CompletedTask;
            }, cancellationToken);
            return Finish(documents, failures);
        }

        if (!File.Exists(database))
        {
            Report.Error($"{database}: no such database; run `dossier ingest PATH...` first, or give the articles as paths");
            return new Loaded(null, 0, ExitCodes.Usage);
        }

        try
        {
            await using var store = await SqliteDocumentStore.OpenAsync(database, cancellationToken);
            await foreach (var document in store.GetAllAsync(cancellationToken))
            {
                documents.Add(document);
            }
        }
        catch (StoreException ex)
        {
            Report.Error(ex.Message);
            return new Loaded(null, 0, ExitCodes.Usage);
        }

        return Finish(documents, 0);
    }

    private static Loaded Finish(List<Document> documents, int failures)
    {
        if (documents.Count == 0)
        {
            Report.Error("nothing to brief: no article could be read");
            return new Loaded(null, failures, ExitCodes.InputFailed);
        }

        return new Loaded(documents, failures, failures > 0 ? ExitCodes.InputFailed : ExitCodes.Ok);
    }
}
