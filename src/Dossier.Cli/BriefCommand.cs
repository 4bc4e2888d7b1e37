using System.CommandLine;
using System.Text;
using Dossier.Briefing;
using Dossier.Engine;

namespace Dossier.Cli;

/// <summary>`dossier brief`: the briefing, from paths in one shot or from the database.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths(
            "Articles: files, folders (read recursively) or http(s) URLs. Without paths, briefs what `dossier ingest` stored in --db.",
            required: false);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "html", "json");
        var output = CommonOptions.OutputFile();
        var db = CommonOptions.Database();
        var dct = CommonOptions.CreationTime();
        var today = CommonOptions.Today();
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();
        var sentences = new Option<int>("--summary-sentences")
        {
            Description = "Sentences in the summary (5 to 8).",
            DefaultValueFactory = _ => 7,
            HelpName = "N",
        };

        var story = new Option<string?>("--story")
        {
            Description = "Brief only this story (ids from `dossier stories`); by default the briefing covers everything and lists the stories.",
            HelpName = "ID",
        };

        var command = new Command("brief", "Build a briefing: summary, timeline, entities, quotes and FAQ, every sentence cited.")
        {
            paths, format, output, db, dct, today, maxSize, jobs, sentences, story,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = CommonOptions.Read(parse, dct, today, maxSize, jobs);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            var summarySentences = parse.GetValue(sentences);
            if (summarySentences is < 5 or > 8)
            {
                Report.Error("--summary-sentences must be between 5 and 8");
                return ExitCodes.Usage;
            }

            options = options with { SummarySentences = summarySentences };
            var loaded = await CorpusInput.LoadAsync(parse.GetValue(paths) ?? [], parse.GetValue(db)!, options, cancellationToken);
            if (loaded.Documents is not { } documents)
            {
                return loaded.ExitCode;
            }

            Dossier.Briefing.Briefing briefing;
            try
            {
                briefing = BriefingService.Build(documents, options with { StoryId = parse.GetValue(story) });
            }
            catch (ArgumentException ex)
            {
                Report.Error(ex.Message);
                return ExitCodes.Usage;
            }

            await using (var target = OutputTarget.Open(parse.GetValue(output)))
            {
                using var writer = new StreamWriter(target.Stream, new UTF8Encoding(false), leaveOpen: true);
                Render(parse.GetValue(format)!, briefing, writer);
                await writer.FlushAsync(cancellationToken);
                target.Commit();
            }

            return loaded.ExitCode;
        });
        return command;
    }

    private static void Render(string format, Dossier.Briefing.Briefing briefing, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                new JsonBriefingRenderer().Render(briefing, writer);
                break;
            case "html":
                new HtmlBriefingRenderer().Render(briefing, writer);
                break;
            default:
                new MarkdownBriefingRenderer().Render(briefing, writer);
                break;
        }
    }
}
