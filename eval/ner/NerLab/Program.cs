using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Ner;

// NerLab: build clusters, train, evaluate and benchmark the Dossier NER tagger.
//   clusters --data ../shared/data -o models/ner-clusters.tsv.gz [--k 512] [--iter 12]
//   train --data ../shared/data [--gaz DIR] [--clusters FILE] -o models/ner.bin [--epochs N] [--epochs2 N] [--seed N]
//         [--one-stage] [--max-sentences N] [--upper 0.1] [--lower 0.1] [--folds 5]
//   eval --model models/ner.bin --file ../shared/data/conll2003/eng.testa
//   bench --model models/ner.bin --file ../shared/data/conll2003/eng.testa [--repeat 5]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: NerLab clusters|train|eval|bench [options]");
    return 2;
}

var options = new Dictionary<string, string>();
for (var i = 1; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) || args[i] == "-o")
    {
        var name = args[i].TrimStart('-');
        var value = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[++i] : "true";
        options[name] = value;
    }
}

string Get(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
int GetInt(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
double GetDouble(string name, double fallback) => options.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
var log = new Progress<string>(m => Console.Error.WriteLine(m));

switch (args[0])
{
    case "clusters":
    {
        var data = Get("data", "../shared/data");
        WordClusterer.Build(
            new WordClustererOptions
            {
                DataDirectory = data,
                OutputPath = Get("o", "models/ner-clusters.tsv.gz"),
                Clusters = GetInt("k", 512),
                Iterations = GetInt("iter", 10),
                MinCount = GetInt("min-count", 3),
            },
            new SyncProgress<string>(m => Console.Error.WriteLine(m)));
        return 0;
    }

    case "train":
    {
        var data = Get("data", "../shared/data");
        var defaults = NerTrainingOptions.FromDataDirectory(data, Get("clusters", "") is { Length: > 0 } c && c != "none" ? c : null);
        var training = defaults with
        {
            GazetteerDirectory = Get("gaz", "") == "none" ? null : Get("gaz", "") is { Length: > 0 } g ? g : defaults.GazetteerDirectory,
            ClusterFile = Get("clusters", "") == "none" ? null : defaults.ClusterFile,
            Epochs = GetInt("epochs", defaults.Epochs),
            SecondStageEpochs = GetInt("epochs2", defaults.SecondStageEpochs),
            Seed = GetInt("seed", defaults.Seed),
            TwoStage = !options.ContainsKey("one-stage"),
            MaxTrainSentences = GetInt("max-sentences", 0),
            UpperCaseCopies = GetDouble("upper", defaults.UpperCaseCopies),
            LowerCaseCopies = GetDouble("lower", defaults.LowerCaseCopies),
            Folds = GetInt("folds", defaults.Folds),
        };
        Console.Error.WriteLine($"conll {training.DataDirectory}; gazetteers {training.GazetteerDirectory ?? "none"}; clusters {training.ClusterFile ?? "none"}");
        var clock = Stopwatch.StartNew();
        var model = NerTrainer.Train(training, new SyncProgress<NerTrainingProgress>(p => Console.Error.WriteLine($"[{p.Elapsed.TotalSeconds,6:F1}s] {p.Message}")));
        var output = Get("o", "models/ner.bin");
        model.Save(output);
        Console.WriteLine(model.Description);
        Console.WriteLine($"saved {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    case "eval":
    {
        var clock = Stopwatch.StartNew();
        var model = NerModel.Load(Get("model", "models/ner.bin"));
        Console.Error.WriteLine($"loaded in {clock.ElapsedMilliseconds} ms");
        if (options.TryGetValue("prune", out var prune))
        {
            model = model.Prune(double.Parse(prune, CultureInfo.InvariantCulture));
            Console.Error.WriteLine($"pruned to {model.FeatureCount} features");
            if (options.TryGetValue("save", out var savePath))
            {
                model.Save(savePath);
            }
        }
        var file = Get("file", "../shared/data/conll2003/eng.testa");
        var tagged = new StringWriter();
        var text = File.ReadAllText(file);
        var caseMode = Get("case", "none");
        if (caseMode != "none")
        {
            // Robustness check: the same file with every token upper- or lower-cased (tags unchanged).
            var lines = text.Split('\n').Select(l =>
            {
                if (l.Length == 0 || l.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                {
                    return l;
                }

                var space = l.IndexOf(' ');
                var token = space < 0 ? l : l[..space];
                token = caseMode == "upper" ? token.ToUpperInvariant() : token.ToLowerInvariant();
                return space < 0 ? token : token + l[space..];
            });
            text = string.Join('\n', lines);
        }

        using (var reader = new StringReader(text))
        {
            ConllNer.TagFile(reader, tagged, model);
        }

        var result = ConllEvaluator.Evaluate(new StringReader(tagged.ToString()));
        Console.WriteLine(result);
        if (options.TryGetValue("errors", out var errorsPath))
        {
            File.WriteAllText(errorsPath, tagged.ToString());
        }

        return 0;
    }

    case "bench":
    {
        // Best pass of several: on a shared machine the fastest pass is the closest to one free core.
        var clock = Stopwatch.StartNew();
        var model = NerModel.Load(Get("model", "models/ner.bin"));
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var file = Get("file", "../shared/data/conll2003/eng.testa");
        var docs = ConllReader.ReadFile(file);
        var sentences = docs.Select(d => d.Sentences.Select(s => s.Tokens).ToList()).ToList();
        var tokens = sentences.Sum(d => d.Sum(s => s.Count));
        var repeat = GetInt("repeat", 10);
        var text = File.ReadAllText(file);
        var flat = sentences.SelectMany(d => d).ToList();
        var labels = new NerLabel[512];
        double Best(Action pass)
        {
            pass();
            var best = double.MaxValue;
            for (var r = 0; r < repeat; r++)
            {
                var c = Stopwatch.StartNew();
                pass();
                best = Math.Min(best, c.Elapsed.TotalSeconds);
            }

            return tokens / best;
        }

        Console.WriteLine($"load {loadMs:F0} ms; {tokens} tokens; best of {repeat} passes:");
        Console.WriteLine($"  TagDocument (documents of token strings): {Best(() => { foreach (var d in sentences) { model.TagDocument(d); } }):F0} tokens/s");
        Console.WriteLine($"  TagSentence (sentences, no document stage context): {Best(() => { foreach (var s in flat) { model.TagSentence(s, labels); } }):F0} tokens/s");
        Console.WriteLine($"  ConllNer.TagFile (text in, tagged text out): {Best(() => ConllNer.TagFile(new StringReader(text), TextWriter.Null, model)):F0} tokens/s");
        return 0;
    }

    case "load":
    {
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.UserTime;
            var model = NerModel.Load(Get("model", "models/ner.bin"));
            Console.WriteLine($"load {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Environment.CpuUsage.UserTime - cpu).TotalMilliseconds:F0} ms CPU, {model.FeatureCount} features");
        }

        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

/// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
