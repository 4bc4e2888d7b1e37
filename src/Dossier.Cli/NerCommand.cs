using System.CommandLine;
using System.Text;
using Dossier.Ner;

namespace Dossier.Cli;

/// <summary>`dossier ner FILE`: tags a CoNLL column file with the shipped NER model (DESIGN.md contract).</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL column file: token first, blank line between sentences, -DOCSTART- lines kept. '-' reads standard input." };
        var model = new Option<string?>("--model")
        {
            Description = "Model file (default: the shipped models/ner.bin).",
            HelpName = "PATH",
        };
        var output = CommonOptions.OutputFile();
        var command = new Command("ner", "Tag named entities (PER, LOC, ORG, MISC) in a CoNLL file: every line comes back with the predicted IOB2 tag appended.")
        {
            file, model, output,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                Report.Error($"{path}: no such file");
                return ExitCodes.InputFailed;
            }

            NerModel tagger;
            try
            {
                tagger = parse.GetValue(model) is { } modelPath ? NerModel.Load(modelPath) : NerModel.Default;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Report.Error($"cannot load the NER model: {ex.Message}");
                return ExitCodes.Usage;
            }

            using var input = path == "-"
                ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
                : new StreamReader(path, Encoding.UTF8);
            await using var target = OutputTarget.Open(parse.GetValue(output));
            await using (var writer = new StreamWriter(target.Stream, new UTF8Encoding(false), leaveOpen: true))
            {
                ConllNer.TagFile(input, writer, tagger);
                await writer.FlushAsync(cancellationToken);
            }

            target.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
