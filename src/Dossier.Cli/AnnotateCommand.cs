using System.CommandLine;

namespace Dossier.Cli;

/// <summary>
/// `dossier annotate`: per-document annotations as JSON lines, or as TempEval-3 TimeML (one TimeML document per
/// input document, one after another; with several inputs, split them at each XML declaration).
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Articles: files, folders (read recursively) or http(s) URLs.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON object per document and line) or timeml (TempEval-3 TimeML with TIMEX3 time expressions).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "timeml");
        var output = CommonOptions.OutputFile();
        var dct = CommonOptions.CreationTime();
        var today = CommonOptions.Today();
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();
        var command = new Command("annotate", "Annotate articles: excluded boilerplate, sentences, entities, time expressions, quotes.")
        {
            paths, format, output, dct, today, maxSize, jobs,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = CommonOptions.Read(parse, dct, today, maxSize, jobs);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            var timeMl = parse.GetValue(format) == "timeml";
            await using var target = OutputTarget.Open(parse.GetValue(output));
            var failures = await Analysis.RunAsync("Annotating", parse.GetValue(paths)!, options, async document =>
            {
                if (timeMl)
                {
                    Dossier.Language.TimeMlWriter.Write(document, target.Stream);
                }
                else
                {
                    Dossier.Engine.Output.AnnotationJsonWriter.Write(document, target.Stream);
                }

                target.Stream.WriteByte((byte)'\n');
                await target.Stream.FlushAsync(cancellationToken);
            }, cancellationToken);
            target.Commit();
            return failures > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }
}
