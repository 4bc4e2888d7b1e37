using System.CommandLine;
using Dossier.Engine.Output;
using Dossier.Ingest;

namespace Dossier.Cli;

/// <summary>`dossier extract`: the article body and metadata of web pages (and any other input), as JSON lines.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Web pages (.html, .htm, .html.gz), folders of them, other article files, or URLs.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: one JSON object per article and line.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl");
        var output = CommonOptions.OutputFile();
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();
        var command = new Command("extract", "Extract the article text, title, authors, date, language and URL from web pages.")
        {
            paths, format, output, maxSize, jobs,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var mib = parse.GetValue(maxSize);
            var parallelism = parse.GetValue(jobs);
            if (mib < 1 || parallelism < 1)
            {
                Report.Error("--max-size and --jobs must be at least 1");
                return ExitCodes.Usage;
            }

            var inputs = parse.GetValue(paths)!;
            var reader = new ArticleReader(new IngestOptions { MaxInputBytes = mib * 1024 * 1024 });
            await using var target = OutputTarget.Open(parse.GetValue(output));
            var failures = await ProgressBar.RunAsync("Extracting", ProgressBar.EstimateInputs(inputs), async bar =>
            {
                var failed = 0;
                await foreach (var item in reader.ReadAsync(inputs, parallelism, cancellationToken))
                {
                    switch (item)
                    {
                        case IngestedDocument ingested:
                            ExtractJsonWriter.Write(ingested.Document, target.Stream);
                            target.Stream.WriteByte((byte)'\n');
                            break;
                        case IngestFailure failure:
                            Report.Error($"{failure.Failure.Source}: {failure.Failure.Reason}");
                            failed++;
                            break;
                    }

                    bar.Advance();
                }

                return failed;
            });
            target.Commit();
            return failures > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }
}
