using System.CommandLine;
using System.Globalization;
using Dossier.Engine;

namespace Dossier.Cli;

/// <summary>`dossier stories`: the stories a corpus falls into, with the ids `brief --story` takes.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths(
            "Articles: files, folders (read recursively) or http(s) URLs. Without paths, the articles stored in --db.",
            required: false);
        var db = CommonOptions.Database();
        var dct = CommonOptions.CreationTime();
        var today = CommonOptions.Today();
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();
        var command = new Command("stories", "List the stories the articles fall into: id, number of sources, dates and title (tab-separated).")
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

            var loaded = await CorpusInput.LoadAsync(parse.GetValue(paths) ?? [], parse.GetValue(db)!, options, cancellationToken);
            if (loaded.Documents is not { } documents)
            {
                return loaded.ExitCode;
            }

            foreach (var story in BriefingService.Stories(documents))
            {
                var first = story.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
                var last = story.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{story.Id}\t{story.Documents.Length}\t{first}..{last}\t{story.Title}"));
            }

            return loaded.ExitCode;
        });
        return command;
    }
}
