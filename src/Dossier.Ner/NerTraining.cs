namespace Dossier.Ner;

/// <summary>What <see cref="NerTrainer.Train"/> trains on and how.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Folder with the CoNLL-2003 files (<see cref="TrainFile"/> and <see cref="DevFile"/>).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Training file name inside <see cref="DataDirectory"/>.</summary>
    public string TrainFile { get; init; } = "eng.train";

    /// <summary>Development file name inside <see cref="DataDirectory"/>; used to pick the best epoch.</summary>
    public string DevFile { get; init; } = "eng.testa";

    /// <summary>Epochs of the first stage (the best epoch on the dev set is kept).</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Epochs of the second stage (the best epoch on the dev set is kept).</summary>
    public int SecondStageEpochs { get; init; } = 15;

    /// <summary>Seed for shuffling, folds and case-augmented copies: the same options give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gazetteer folder (cities1000.tsv and the country lists); null for none.</summary>
    public string? GazetteerDirectory { get; init; }

    /// <summary>Word cluster file written by <see cref="WordClusterer"/> (TSV, optionally .gz); null for none.</summary>
    public string? ClusterFile { get; init; }

    /// <summary>Train the second, document-aware stage on jackknifed first-stage predictions.</summary>
    public bool TwoStage { get; init; } = true;

    /// <summary>Folds for the jackknifed first-stage predictions the second stage learns from.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Share of training documents added again in capitals (headline robustness).</summary>
    public double UpperCaseCopies { get; init; } = 0.1;

    /// <summary>Share of training documents added again in lower case (social-text robustness).</summary>
    public double LowerCaseCopies { get; init; } = 0.1;

    /// <summary>Features whose weights all stay below this magnitude are dropped from the model.</summary>
    public double PruneThreshold { get; init; } = 0.001;

    /// <summary>Use only this many training sentences (0 for all): quick experiments.</summary>
    public int MaxTrainSentences { get; init; }

    /// <summary>The cluster file shipped with the repository, relative to its root.</summary>
    public const string DefaultClusterFile = "models/ner-clusters.tsv.gz";

    /// <summary>
    /// The options that rebuild the shipped model from a data folder: either the shared data folder (with
    /// <c>conll2003/</c> and <c>gazetteers/</c>) or the CoNLL folder itself (gazetteers then looked up beside it).
    /// The cluster file is <see cref="DefaultClusterFile"/>, found by walking up from the current directory and
    /// from the application's folder; pass <paramref name="clusterFile"/> to use another.
    /// </summary>
    public static NerTrainingOptions FromDataDirectory(string dataDirectory, string? clusterFile = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        var conll = File.Exists(Path.Combine(dataDirectory, "eng.train")) ? dataDirectory : Path.Combine(dataDirectory, "conll2003");
        var gazetteers = new[] { Path.Combine(dataDirectory, "gazetteers"), Path.Combine(conll, "..", "gazetteers") }
            .FirstOrDefault(Directory.Exists);
        return new NerTrainingOptions
        {
            DataDirectory = conll,
            GazetteerDirectory = gazetteers is null ? null : Path.GetFullPath(gazetteers),
            ClusterFile = clusterFile ?? FindUp(DefaultClusterFile),
        };
    }

    private static string? FindUp(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>Progress of a training run: one report per epoch and one per phase.</summary>
/// <param name="Stage">"stage1", "jackknife", "stage2" or "model".</param>
/// <param name="Epoch">Epoch number from 1 (0 for phase messages).</param>
/// <param name="Epochs">Epochs in this stage.</param>
/// <param name="TrainAccuracy">Token accuracy of the online predictions during the epoch, in percent.</param>
/// <param name="DevF1">Entity F1 on the dev set with the averaged weights after the epoch, when measured.</param>
/// <param name="Elapsed">Time since training started.</param>
/// <param name="Message">A description of the step.</param>
public sealed record NerTrainingProgress(string Stage, int Epoch, int Epochs, double TrainAccuracy, double? DevF1, TimeSpan Elapsed, string Message);
