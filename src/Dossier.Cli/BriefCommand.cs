using System.CommandLine;
using System.Text;
using Dossier.Briefing;
using Dossier.Core;
using Dossier.Engine;
using Dossier.Storage;

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

        var command = new Command("brief", "Build a briefing: summary, timeline, entities, quotes and FAQ, every sentence cited.")
        {
            paths, format, output, db, dct, today, maxSize, jobs, sentences,
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
            var inputs = parse.GetValue(paths) ?? [];
            var documents = new List<Document>();
            var failures = 0;
            if (inputs.Length > 0)
            {
                failures = await Analysis.RunAsync("Analysing", inputs, options, document =>
                {
                    documents.Add(document);
                    return Task.CompletedTask;
                }, cancellationToken);
            }
            else
            {
                var path = parse.GetValue(db)!;
                if (!File.Exists(path))
                {
                    Report.Error($"{path}: no such database; run `dossier ingest PATH...` first, or give the articles as paths");
                    return ExitCodes.Usage;
                }

                try
                {
                    await using var store = await SqliteDocumentStore.OpenAsync(path, cancellationToken);
                    await foreach (var document in store.GetAllAsync(cancellationToken))
                    {
                        documents.Add(document);
                    }
                }
                catch (StoreException ex)
                {
                    Report.Error(ex.Message);
                    return ExitCodes.Usage;
                }
            }

            if (documents.Count == 0)
            {
                Report.Error("nothing to brief: no article could be read");
                return ExitCodes.InputFailed;
            }

            var briefing = BriefingService.Build(documents, options);
            await using (var target = OutputTarget.Open(parse.GetValue(output)))
            {
                using var writer = new StreamWriter(target.Stream, new UTF8Encoding(false), leaveOpen: true);
                Render(parse.GetValue(format)!, briefing, writer);
                await writer.FlushAsync(cancellationToken);
                target.Commit();
            }

            return failures > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
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
