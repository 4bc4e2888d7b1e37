using System.CommandLine;
using Dossier.Storage;

namespace Dossier.Cli;

/// <summary>`dossier ingest`: analyse articles and store them, so later briefings need not redo the work.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Articles: files, folders (read recursively) or http(s) URLs.");
        var db = CommonOptions.Database();
        var dct = CommonOptions.CreationTime();
        var today = CommonOptions.Today();
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();
        var command = new Command("ingest", "Read and analyse articles and add them to the database (the same article twice is stored once).")
        {
            paths, db, dct, today, maxSize, jobs,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = CommonOptions.Read(parse, dct, today, maxSize, jobs);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(db)!;
            try
            {
                await using var store = await SqliteDocumentStore.OpenAsync(path, cancellationToken);
                int added = 0, present = 0;
                var failures = await Analysis.RunAsync("Ingesting", parse.GetValue(paths)!, options, async document =>
                {
                    if (await store.AddAsync(document, cancellationToken))
                    {
                        added++;
                    }
                    else
                    {
                        present++;
                    }
                }, cancellationToken);

                var total = await store.CountAsync(cancellationToken);
                Report.Info($"{added} added, {present} already present, {failures} failed; {path} holds {total} articles");
                return failures > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
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
