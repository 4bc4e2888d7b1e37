using System.CommandLine;
using System.Globalization;
using Dossier.Ner;

namespace Dossier.Cli;

/// <summary>`dossier train ner`: trains the named-entity model reproducibly from CoNLL-2003 files.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train the models Dossier ships (reproducible: the same data and options give the same model).");
        train.Subcommands.Add(CreateNer());
        return train;
    }

    private static Command CreateNer()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder with the CoNLL-2003 files eng.train (training) and eng.testa (dev, picks the best epoch), or a folder holding conll2003/ and gazetteers/.",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Model file to write.",
            DefaultValueFactory = _ => "models/ner.bin",
            HelpName = "FILE",
        };
        var gazetteers = new Option<string?>("--gazetteers")
        {
            Description = "Gazetteer folder (cities1000.tsv and country lists); default: a 'gazetteers' folder in or next to --data.",
            HelpName = "DIR",
        };
        var clusters = new Option<string?>("--clusters")
        {
            Description = "Word cluster file learned from unlabeled text (see models/ner.md); default: models/ner-clusters.tsv.gz.",
            HelpName = "FILE",
        };
        var epochs = new Option<int?>("--epochs")
        {
            Description = "Epochs per stage (the best one on dev is kept); default: the shipped model's.",
            HelpName = "N",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "Seed for shuffling and augmentation; default: the shipped model's.",
            HelpName = "N",
        };
        var command = new Command("ner", "Train the named-entity tagger (PER, LOC, ORG, MISC); prints progress and dev F1 per epoch.")
        {
            data, output, gazetteers, clusters, epochs, seed,
        };

        command.SetAction((parse, cancellationToken) =>
        {
            var dataDirectory = parse.GetValue(data)!;
            if (!Directory.Exists(dataDirectory))
            {
                Report.Error($"{dataDirectory}: no such directory");
                return Task.FromResult(ExitCodes.Usage);
            }

            // The shipped model's settings; options given on the command line override them.
            var defaults = NerTrainingOptions.FromDataDirectory(dataDirectory, parse.GetValue(clusters));
            var options = defaults with
            {
                GazetteerDirectory = parse.GetValue(gazetteers) ?? defaults.GazetteerDirectory,
                Epochs = parse.GetValue(epochs) ?? defaults.Epochs,
                SecondStageEpochs = parse.GetValue(epochs) ?? defaults.SecondStageEpochs,
                Seed = parse.GetValue(seed) ?? defaults.Seed,
            };
            Report.Info($"training on {Path.Combine(dataDirectory, options.TrainFile)}, gazetteers: {options.GazetteerDirectory ?? "none"}, clusters: {options.ClusterFile ?? "none"}");
            var progress = new SynchronousProgress<NerTrainingProgress>(p =>
            {
                var dev = p.DevF1 is { } f1 ? string.Create(CultureInfo.InvariantCulture, $" dev F1 {f1:F2}") : "";
                var epoch = p.Epoch > 0 ? $" epoch {p.Epoch}/{p.Epochs}" : "";
                Report.Info(string.Create(CultureInfo.InvariantCulture, $"[{p.Elapsed:hh\\:mm\\:ss}] {p.Stage}{epoch}{dev} {p.Message}"));
            });

            try
            {
                var model = NerTrainer.Train(options, progress, cancellationToken);
                var path = parse.GetValue(output)!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                model.Save(path);
                Report.Info($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB): {model.Description}");
                return Task.FromResult(ExitCodes.Ok);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException)
            {
                Report.Error(ex.Message);
                return Task.FromResult(ExitCodes.InputFailed);
            }
        });
        return command;
    }

    /// <summary>Reports on the training thread itself, so lines come out in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
