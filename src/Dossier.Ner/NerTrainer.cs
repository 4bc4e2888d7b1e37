using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dossier.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/>: an averaged structured perceptron (Collins 2002) with first-order Viterbi
/// decoding over IOB2, in two stages. Stage one uses sentence-local features (words, shapes, affixes, gazetteers,
/// word clusters, case profile). Stage two adds the first stage's labels around the token and how the same word was
/// tagged elsewhere in the document (Ratinov and Roth 2009); it learns from first-stage predictions made by models
/// that did not see the sentence (jackknifing), so it sees realistic first-stage errors.
/// </summary>
public static class NerTrainer
{
    private const int L = NerLabels.Count;

    /// <summary>Trains a model. Deterministic for given options.</summary>
    public static NerModel Train(NerTrainingOptions options, IProgress<NerTrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        void Report(string stage, string message) => progress?.Report(new NerTrainingProgress(stage, 0, 0, 0, null, clock.Elapsed, message));

        var trainPath = Path.Combine(options.DataDirectory, options.TrainFile);
        var devPath = Path.Combine(options.DataDirectory, options.DevFile);
        if (!File.Exists(trainPath))
        {
            throw new FileNotFoundException($"Training file not found: {trainPath}", trainPath);
        }

        var trainDocs = ConllReader.ReadFile(trainPath);
        var devDocs = File.Exists(devPath) ? ConllReader.ReadFile(devPath) : [];
        var gazetteer = options.GazetteerDirectory is { } gd && Directory.Exists(gd) ? GazetteerBuilder.FromDirectory(gd) : Gazetteer.Empty;
        var stats = options.ClusterFile is { } cf && File.Exists(cf) ? WordStats.Load(cf) : WordStats.Empty;
        Report("model", $"read {trainDocs.Count} training and {devDocs.Count} dev documents; gazetteer {gazetteer.Count} names; {stats.ClusterCount} clustered words in {stats.Levels.Length + 1} levels; {stats.ProfileCount} case profiles");

        var rng = new Random(options.Seed);
        var train = BuildDocuments(trainDocs, options, rng, gazetteer, stats);
        var dev = BuildDocuments(devDocs, options with { UpperCaseCopies = 0, LowerCaseCopies = 0, MaxTrainSentences = 0 }, rng, gazetteer, stats);
        if (train.Sum(d => d.Sentences.Count) == 0)
        {
            throw new InvalidDataException($"No labelled sentences in {trainPath}.");
        }

        var extractor = new FeatureExtractor(stats.Levels);
        var features = new LongIntMap(1 << 20);
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeatures];
        foreach (var s in train.SelectMany(d => d.Sentences))
        {
            s.Local = LocalIds(extractor, s, features, grow: true, keys);
        }

        foreach (var s in dev.SelectMany(d => d.Sentences))
        {
            s.Local = LocalIds(extractor, s, features, grow: false, keys);
        }

        var localCount = features.Count;
        Report("stage1", $"{localCount} local features from {train.Sum(d => d.Sentences.Count)} training sentences ({train.Sum(d => d.Sentences.Sum(s => s.Length))} tokens, case copies included)");

        var trainSentences = train.SelectMany(d => d.Sentences).ToArray();
        var devSentences = dev.SelectMany(d => d.Sentences).ToArray();
        var stage1 = Perceptron.Train(
            "stage1", trainSentences.Select(s => s.Local!).ToArray(), trainSentences.Select(s => s.Gold).ToArray(), localCount,
            options.Epochs, rng.Next(), devSentences.Select(s => s.Local!).ToArray(), devSentences.Select(s => s.Gold).ToArray(),
            progress, clock, cancellationToken);
        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"stage 1: best epoch {stage1.BestEpoch}/{options.Epochs}, dev F1 {stage1.BestF1:F2}");

        float[]? w2 = null, t2 = null;
        var finalDevF1 = stage1.BestF1;
        var finalEpochs = stage1.BestEpoch;
        if (options.TwoStage)
        {
            // Jackknife: first-stage labels for each training document from a model trained without its fold.
            var folds = Math.Max(2, options.Folds);
            var epochs = Math.Max(1, stage1.BestEpoch);
            for (var f = 0; f < folds; f++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var inFold = train.Where(d => d.Fold % folds == f).SelectMany(d => d.Sentences).ToArray();
                var outFold = train.Where(d => d.Fold % folds != f).SelectMany(d => d.Sentences).ToArray();
                var model = Perceptron.Train(
                    "jackknife", outFold.Select(s => s.Local!).ToArray(), outFold.Select(s => s.Gold).ToArray(), localCount,
                    epochs, rng.Next(), [], [], null, clock, cancellationToken);
                foreach (var s in inFold)
                {
                    s.FirstStage = Perceptron.Decode(s.Local!, model.Weights, model.Transitions);
                }

                Report("jackknife", $"fold {f + 1}/{folds}: first-stage labels for {inFold.Length} sentences");
            }

            foreach (var s in devSentences)
            {
                s.FirstStage = Perceptron.Decode(s.Local!, stage1.Weights, stage1.Transitions);
            }

            var context = new DocumentContext();
            foreach (var d in train)
            {
                AddSecondStage(d, context, features, grow: true, keys);
            }

            foreach (var d in dev)
            {
                AddSecondStage(d, context, features, grow: false, keys);
            }

            Report("stage2", $"{features.Count - localCount} document and first-stage features");
            var stage2 = Perceptron.Train(
                "stage2", trainSentences.Select(s => s.Full!).ToArray(), trainSentences.Select(s => s.Gold).ToArray(), features.Count,
                options.SecondStageEpochs, rng.Next(), devSentences.Select(s => s.Full!).ToArray(), devSentences.Select(s => s.Gold).ToArray(),
                progress, clock, cancellationToken);
            w2 = stage2.Weights;
            t2 = stage2.Transitions;
            finalDevF1 = stage2.BestF1;
            finalEpochs = stage2.BestEpoch;
            summary.AppendLine(CultureInfo.InvariantCulture, $"stage 2: best epoch {stage2.BestEpoch}/{options.SecondStageEpochs}, dev F1 {stage2.BestF1:F2}");
        }

        // Assemble the weight table: one row per kept feature, stage-one weights then stage-two weights.
        var stride = w2 is null ? L : 2 * L;
        var rows = new LongIntMap(features.Count);
        var weights = new List<float>(features.Count * stride);
        var threshold = (float)options.PruneThreshold;
        var kept = 0;
        foreach (var (key, id) in features.Entries().OrderBy(e => e.Value))
        {
            var max = 0f;
            for (var y = 0; y < L; y++)
            {
                if (id < localCount)
                {
                    max = Math.Max(max, Math.Abs(stage1.Weights[(id * L) + y]));
                }

                if (w2 is not null)
                {
                    max = Math.Max(max, Math.Abs(w2[(id * L) + y]));
                }
            }

            if (max < threshold)
            {
                continue;
            }

            rows.Set(key, kept++);
            for (var y = 0; y < L; y++)
            {
                weights.Add(id < localCount ? stage1.Weights[(id * L) + y] : 0f);
            }

            if (w2 is not null)
            {
                for (var y = 0; y < L; y++)
                {
                    weights.Add(w2[(id * L) + y]);
                }
            }
        }

        summary.Insert(0, string.Create(CultureInfo.InvariantCulture,
            $"Dossier NER (averaged perceptron, {(w2 is null ? "one stage" : "two stages")}); trained {DateTime.UtcNow:yyyy-MM-dd} on {options.TrainFile} " +
            $"({trainDocs.Count} documents), dev {options.DevFile}; seed {options.Seed}; case copies {options.UpperCaseCopies}/{options.LowerCaseCopies}; " +
            $"gazetteer {gazetteer.Count} names; clusters {stats.ClusterCount} words; {kept} of {features.Count} features kept; " +
            $"dev F1 {finalDevF1:F2} (epoch {finalEpochs}); {clock.Elapsed.TotalSeconds:F0} s\n"));
        var result = new NerModel(gazetteer, stats, rows, [.. weights], stage1.Transitions, t2, summary.ToString().TrimEnd());
        Report("model", $"{kept} features kept of {features.Count}");
        return result;
    }

    private static List<TrainDocument> BuildDocuments(IReadOnlyList<ConllDocument> docs, NerTrainingOptions options, Random rng, Gazetteer gazetteer, WordStats stats)
    {
        var result = new List<TrainDocument>();
        var lower = new ulong[512];
        var gaz = new uint[512];
        var sentences = 0;
        var fold = 0;
        foreach (var doc in docs)
        {
            if (options.MaxTrainSentences > 0 && sentences >= options.MaxTrainSentences)
            {
                break;
            }

            var labelled = doc.Sentences.Where(s => s.Gold is not null && s.Tokens.Count > 0).ToList();
            if (labelled.Count == 0)
            {
                continue;
            }

            sentences += labelled.Count;
            var thisFold = fold++;
            result.Add(Make(labelled, static t => t, thisFold));
            if (rng.NextDouble() < options.UpperCaseCopies)
            {
                result.Add(Make(labelled, static t => t.ToUpperInvariant(), thisFold));
            }

            if (rng.NextDouble() < options.LowerCaseCopies)
            {
                result.Add(Make(labelled, static t => t.ToLowerInvariant(), thisFold));
            }
        }

        return result;

        TrainDocument Make(List<ConllSentence> source, Func<string, string> transform, int f)
        {
            var d = new TrainDocument(f);
            foreach (var s in source)
            {
                var tokens = s.Tokens.Select(transform).ToArray();
                if (lower.Length < tokens.Length)
                {
                    lower = new ulong[tokens.Length];
                    gaz = new uint[tokens.Length];
                }

                var atoms = new TokenAtoms[tokens.Length];
                AtomBuilder.Compute(new StringTokens(tokens), atoms, gazetteer, stats, lower, gaz);
                d.Sentences.Add(new TrainSentence(atoms, [.. s.Gold!]));
            }

            return d;
        }
    }

    private static FeatureSequence LocalIds(FeatureExtractor extractor, TrainSentence s, LongIntMap features, bool grow, Span<ulong> keys)
    {
        var ids = new List<int>(s.Length * 64);
        var starts = new int[s.Length + 1];
        var sentenceCase = AtomBuilder.CaseOf(s.Atoms);
        for (var i = 0; i < s.Length; i++)
        {
            starts[i] = ids.Count;
            var n = extractor.Local(s.Atoms, i, sentenceCase, keys);
            AddIds(keys[..n], features, grow, ids);
        }

        starts[s.Length] = ids.Count;
        return new FeatureSequence([.. ids], starts);
    }

    private static void AddSecondStage(TrainDocument d, DocumentContext context, LongIntMap features, bool grow, Span<ulong> keys)
    {
        var atoms = d.Sentences.Select(s => s.Atoms).ToList();
        var labels = d.Sentences.Select(s => s.FirstStage!).ToList();
        var lengths = d.Sentences.Select(s => s.Length).ToList();
        var info = d.Sentences.Select(s => new TokenDocInfo[s.Length]).ToArray();
        context.Compute(atoms, labels, lengths, info);
        for (var k = 0; k < d.Sentences.Count; k++)
        {
            var s = d.Sentences[k];
            var local = s.Local!;
            var ids = new List<int>(local.Ids.Length + (s.Length * 16));
            var starts = new int[s.Length + 1];
            for (var i = 0; i < s.Length; i++)
            {
                starts[i] = ids.Count;
                for (var j = local.Starts[i]; j < local.Starts[i + 1]; j++)
                {
                    ids.Add(local.Ids[j]);
                }

                var n = FeatureExtractor.Second(s.Atoms, i, s.FirstStage, info[k][i], context.Occurrences, keys, 0);
                AddIds(keys[..n], features, grow, ids);
            }

            starts[s.Length] = ids.Count;
            s.Full = new FeatureSequence([.. ids], starts);
        }
    }

    private static void AddIds(ReadOnlySpan<ulong> keys, LongIntMap features, bool grow, List<int> ids)
    {
        foreach (var key in keys)
        {
            if (grow)
            {
                ids.Add(features.GetOrAdd(key, features.Count, out _));
            }
            else if (features.TryGetValue(key, out var id))
            {
                ids.Add(id);
            }
        }
    }

    private sealed class TrainDocument(int fold)
    {
        public int Fold { get; } = fold;

        public List<TrainSentence> Sentences { get; } = [];
    }

    private sealed class TrainSentence(TokenAtoms[] atoms, NerLabel[] gold)
    {
        public TokenAtoms[] Atoms { get; } = atoms;

        public NerLabel[] Gold { get; } = gold;

        public int Length => Gold.Length;

        public FeatureSequence? Local { get; set; }

        public FeatureSequence? Full { get; set; }

        public NerLabel[]? FirstStage { get; set; }
    }
}

/// <summary>The feature ids of a sentence: token t owns Ids[Starts[t]..Starts[t+1]].</summary>
internal sealed record FeatureSequence(int[] Ids, int[] Starts)
{
    public int Length => Starts.Length - 1;
}
