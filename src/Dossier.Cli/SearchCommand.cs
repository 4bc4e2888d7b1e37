using System.CommandLine;
using Dossier.Storage;

namespace Dossier.Cli;

/// <summary>`dossier search`: full-text search over the sentences of ingested articles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to look for (matched as plain words, not query syntax)." };
        var db = CommonOptions.Database();
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "Most sentences to show.",
            DefaultValueFactory = _ => 20,
        };
        var command = new Command("search", "Find sentences in the ingested articles, best matches first.") { query, db, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path))
            {
                Report.Error($"{path}: no such database; run `dossier ingest PATH...` first");
                return ExitCodes.Usage;
            }

            try
            {
                await using var store = await SqliteDocumentStore.OpenAsync(path, cancellationToken);
                var sources = new Dictionary<string, string>(StringComparer.Ordinal);
                await foreach (var hit in store.SearchAsync(parse.GetValue(query)!, Math.Max(1, parse.GetValue(limit)), cancellationToken))
                {
                    if (!sources.TryGetValue(hit.DocumentId, out var source))
                    {
                        source = (await store.GetAsync(hit.DocumentId, cancellationToken))?.Metadata.Source ?? hit.DocumentId;
                        sources[hit.DocumentId] = source;
                    }

                    Console.Out.WriteLine($"{source}:{hit.Start}-{hit.End}\t{hit.Text.ReplaceLineEndings(" ")}");
                }

                return ExitCodes.Ok;
            }
            catch (StoreException ex)
            {
                Report.Error(ex.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
