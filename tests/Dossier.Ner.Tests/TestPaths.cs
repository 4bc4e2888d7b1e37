namespace Dossier.Ner.Tests;

/// <summary>Where the repository, the shared data and the committed model are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared data folder: DOSSIER_DATA, else ../shared/data beside the repository.</summary>
    public static string DataDirectory { get; } =
        Environment.GetEnvironmentVariable("DOSSIER_DATA") is { Length: > 0 } d
            ? d
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string ConllDirectory => Path.Combine(DataDirectory, "conll2003");

    public static string ModelPath => Path.Combine(RepositoryRoot, "models", "ner.bin");

    public static string GoldenDirectory => Path.Combine(AppContext.BaseDirectory, "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "models")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>A fact that is skipped when the CoNLL-2003 data is not on this machine.</summary>
internal sealed class ConllFactAttribute : FactAttribute
{
    public ConllFactAttribute()
    {
        if (!File.Exists(Path.Combine(TestPaths.ConllDirectory, "eng.testa")))
        {
            Skip = $"CoNLL-2003 data not found at {TestPaths.ConllDirectory} (set DOSSIER_DATA)";
        }
    }
}

/// <summary>Small hand-made training data and a tiny model trained on it once per test run.</summary>
internal static class TinyModel
{
    private static readonly Lazy<NerModel> LazyModel = new(Train);

    public static NerModel Model => LazyModel.Value;

    public static readonly string[] Sentences =
    [
        "Peter B-PER|Blackburn I-PER|visited O|London B-LOC|on O|Monday O|. O",
        "The O|European B-ORG|Commission I-ORG|said O|it O|disagreed O|with O|German B-MISC|advice O|. O",
        "Anna B-PER|Schmidt I-PER|works O|for O|Siemens B-ORG|in O|Munich B-LOC|. O",
        "President O|Clinton B-PER|met O|Yeltsin B-PER|in O|Moscow B-LOC|. O",
        "Shares O|of O|Volkswagen B-ORG|fell O|in O|Frankfurt B-LOC|. O",
        "Blackburn B-PER|said O|the O|British B-MISC|plan O|failed O|. O",
        "Reuters B-ORG|reported O|from O|Paris B-LOC|. O",
        "John B-PER|Major I-PER|spoke O|in O|Parliament B-ORG|. O",
    ];

    public static string TrainingText(int copies = 3)
    {
        var sb = new System.Text.StringBuilder();
        for (var c = 0; c < copies; c++)
        {
            foreach (var s in Sentences)
            {
                foreach (var pair in s.Split('|'))
                {
                    var parts = pair.Split(' ');
                    sb.Append(parts[0]).Append(" NNP B-NP ").Append(parts[1]).Append('\n');
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static NerModel Train()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dossier-ner-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "eng.train"), TrainingText(5));
        File.WriteAllText(Path.Combine(dir, "eng.testa"), TrainingText(1));
        var gazetteers = Path.Combine(dir, "gaz");
        Directory.CreateDirectory(gazetteers);
        File.WriteAllText(
            Path.Combine(gazetteers, "cities1000.tsv"),
            "geonameid\tname\tcountry\tadmin_code\tfeature_code\tpopulation\tlon\tlat\n1\tLondon\tGB\t\tPPLC\t8000000\t0\t0\n2\tNew York City\tUS\t\tPPL\t8000000\t0\t0\n");
        return NerTrainer.Train(new NerTrainingOptions
        {
            DataDirectory = dir,
            GazetteerDirectory = gazetteers,
            Epochs = 8,
            SecondStageEpochs = 8,
            Folds = 2,
        });
    }
}
