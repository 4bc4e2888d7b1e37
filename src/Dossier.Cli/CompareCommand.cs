using System.CommandLine;
using System.Globalization;
using System.Text;
using Dossier.Stories.Claims;

namespace Dossier.Cli;

/// <summary>`dossier compare`: do two sentences state the same fact? One pair from the command line, or a TSV of pairs.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var sentences = new Argument<string[]>("sentences")
        {
            Description = "Two sentences to compare (omit with --pairs).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var pairs = new Option<string?>("--pairs")
        {
            Description = "TSV in the MSRP layout (header; Quality, #1 ID, #2 ID, #1 String, #2 String): each row is written back with the decision (1 or 0) and the score (0 to 1) appended.",
            HelpName = "FILE",
        };
        var output = CommonOptions.OutputFile();
        var command = new Command("compare", "Decide whether sentences state the same fact (same-claim matching); prints the decision and a score from 0 to 1.")
        {
            sentences, pairs, output,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var pair = parse.GetValue(sentences) ?? [];
            var file = parse.GetValue(pairs);
            if ((file is null) == (pair.Length == 0) || (file is null && pair.Length != 2))
            {
                Report.Error("give either two sentences or --pairs FILE");
                return ExitCodes.Usage;
            }

            var matcher = ClaimMatcher.Default;
            await using var target = OutputTarget.Open(parse.GetValue(output));
            await using (var writer = new StreamWriter(target.Stream, new UTF8Encoding(false), leaveOpen: true))
            {
                if (file is null)
                {
                    var match = matcher.Compare(pair[0], pair[1]);
                    await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(match.Same ? "same" : "different")}\t{match.Score:F4}"));
                }
                else
                {
                    if (!File.Exists(file))
                    {
                        Report.Error($"{file}: no such file");
                        return ExitCodes.InputFailed;
                    }

                    using var reader = new StreamReader(file, Encoding.UTF8);
                    ClaimPairs.Process(reader, writer, matcher);
                }

                await writer.FlushAsync(cancellationToken);
            }

            target.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
