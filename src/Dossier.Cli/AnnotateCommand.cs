using System.CommandLine;

namespace Dossier.Cli;

/// <summary>`dossier annotate`: per-document annotations as JSON lines.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Articles: files, folders (read recursively) or http(s) URLs.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: one JSON object per document and line.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl");
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

            await using var target = OutputTarget.Open(parse.GetValue(output));
            var failures = await Analysis.RunAsync("Annotating", parse.GetValue(paths)!, options, async document =>
            {
                Dossier.Engine.Output.AnnotationJsonWriter.Write(document, target.Stream);
                target.Stream.WriteByte((byte)'\n');
                await target.Stream.FlushAsync(cancellationToken);
            }, cancellationToken);
            target.Commit();
            return failures > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }
}
