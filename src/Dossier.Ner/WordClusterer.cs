using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Ner;

/// <summary>Settings of <see cref="WordClusterer.Build"/>.</summary>
public sealed record WordClustererOptions
{
    /// <summary>The shared data folder (see <see cref="UnlabeledText.Sources"/>).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Where to write the cluster file (TSV; gzip when the name ends in .gz).</summary>
    public required string OutputPath { get; init; }

    /// <summary>Number of fine clusters.</summary>
    public int Clusters { get; init; } = 512;

    /// <summary>Each coarser level has this many times fewer clusters, down to about 8.</summary>
    public int LevelFactor { get; init; } = 4;

    /// <summary>Exchange passes over the vocabulary.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Words seen fewer times are not clustered (they stand in bigrams as shape classes).</summary>
    public int MinCount { get; init; } = 3;
}

/// <summary>
/// Word clustering by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words move
/// between a fixed number of classes to maximise the likelihood of a class bigram model, the objective of Brown
/// et al. (1992). Coarser levels come from running the same algorithm over the classes themselves, giving a
/// hierarchy like Brown-cluster bit-string prefixes. Also counts how often each word is capitalised mid-sentence.
/// </summary>
public static class WordClusterer
{
    /// <summary>Reads the unlabeled text, clusters it and writes the cluster file. Deterministic.</summary>
    public static void Build(WordClustererOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<long>();
        var capitalised = new Dictionary<string, (long Cap, long Low, long Upper)>(StringComparer.Ordinal);
        var corpus = new List<int[]>();
        long tokens = 0;
        foreach (var sentence in UnlabeledText.Read(options.DataDirectory))
        {
            var ids = new int[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!vocabulary.TryGetValue(sentence[i], out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[sentence[i]] = id;
                    counts.Add(0);
                }

                counts[id]++;
                ids[i] = id;
            }

            corpus.Add(ids);
            tokens += sentence.Length;
            CountCase(sentence, capitalised);
        }

        progress?.Report($"read {corpus.Count} sentences, {tokens} tokens, {vocabulary.Count} types ({clock.Elapsed.TotalSeconds:F0} s)");

        // Words below MinCount become shape classes so that their bigrams still count.
        var words = vocabulary.OrderBy(kv => -counts[kv.Value]).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var map = new int[vocabulary.Count];
        var items = new List<string>();
        var itemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var clustered = 0;
        foreach (var (word, id) in words)
        {
            string item;
            if (counts[id] >= options.MinCount)
            {
                item = word;
                clustered++;
            }
            else
            {
                item = "<rare:" + RareClass(word) + ">";
            }

            if (!itemIds.TryGetValue(item, out var itemId))
            {
                itemId = items.Count;
                itemIds[item] = itemId;
                items.Add(item);
            }

            map[id] = itemId;
        }

        var boundary = items.Count;
        items.Add("<s>");
        var bigrams = new Dictionary<long, int>();
        foreach (var sentence in corpus)
        {
            var previous = boundary;
            foreach (var id in sentence)
            {
                var item = map[id];
                Increment(bigrams, previous, item);
                previous = item;
            }

            Increment(bigrams, previous, boundary);
        }

        progress?.Report($"{clustered} words to cluster, {bigrams.Count} bigram types");
        var graph = BigramGraph.From(items.Count, bigrams);
        var fine = Exchange(graph, Math.Min(options.Clusters, items.Count), options.Iterations, progress, clock);

        // Coarser levels: cluster the clusters with their aggregated bigram counts.
        var levels = new List<int[]>();
        var current = fine;
        var currentCount = Math.Min(options.Clusters, items.Count);
        var previousGraph = graph;
        while (currentCount / options.LevelFactor >= 8)
        {
            var classBigrams = new Dictionary<long, int>();
            foreach (var (a, b, n) in previousGraph.Edges())
            {
                Increment(classBigrams, current[a], current[b], n);
            }

            var classGraph = BigramGraph.From(currentCount, classBigrams);
            var next = Exchange(classGraph, currentCount / options.LevelFactor, options.Iterations * 2, null, clock);
            levels.Add(next);
            progress?.Report($"level of {currentCount / options.LevelFactor} clusters done ({clock.Elapsed.TotalSeconds:F0} s)");
            previousGraph = classGraph;
            current = next;
            currentCount /= options.LevelFactor;
        }

        Write(options.OutputPath, items, fine, levels, clustered, counts, words, map, capitalised, options);
        progress?.Report($"wrote {options.OutputPath} ({clock.Elapsed.TotalSeconds:F0} s)");
    }

    private static void Write(
        string path,
        List<string> items,
        int[] fine,
        List<int[]> levels,
        int clustered,
        List<long> counts,
        List<KeyValuePair<string, int>> words,
        int[] map,
        Dictionary<string, (long Cap, long Low, long Upper)> capitalised,
        WordClustererOptions options)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine("# Dossier word clusters: exchange algorithm over a class bigram model");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# clusters {options.Clusters}, level factor {options.LevelFactor}, iterations {options.Iterations}, min count {options.MinCount}"));
        writer.WriteLine("# sources: " + string.Join("; ", UnlabeledText.Sources));
        writer.WriteLine("# w<TAB>word<TAB>fine cluster<TAB>coarser levels...<TAB>count  |  c<TAB>lower-cased word<TAB>capitalised<TAB>lower-case<TAB>all capitals (mid-sentence)");
        foreach (var (word, id) in words)
        {
            if (counts[id] < options.MinCount)
            {
                continue;
            }

            var item = map[id];
            var sb = new StringBuilder();
            sb.Append("w\t").Append(word).Append('\t').Append(fine[item].ToString(CultureInfo.InvariantCulture));
            var c = fine[item];
            foreach (var level in levels)
            {
                c = level[c];
                sb.Append('\t').Append(c.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append('\t').Append(counts[id].ToString(CultureInfo.InvariantCulture));
            writer.WriteLine(sb.ToString());
        }

        foreach (var (word, (cap, low, upper)) in capitalised.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (cap + low >= 3)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"c\t{word}\t{cap}\t{low}\t{upper}"));
            }
        }

        _ = clustered;
        _ = items;
    }

    private static void CountCase(string[] sentence, Dictionary<string, (long Cap, long Low, long Upper)> capitalised)
    {
        int letters = 0, caps = 0;
        foreach (var t in sentence)
        {
            if (t.Any(char.IsLetter))
            {
                letters++;
                if (!t.Any(char.IsLower))
                {
                    caps++;
                }
            }
        }

        if (letters == 0 || caps * 2 > letters)
        {
            return; // headlines and tables in capitals say nothing about a word's usual case
        }

        for (var i = 1; i < sentence.Length; i++)
        {
            var t = sentence[i];
            var previous = sentence[i - 1];
            if (!char.IsLetter(t[0]) || previous is "``" or "\"" or "'" or ":" or "(" or "-" or "--" or "." or "?" or "!")
            {
                continue;
            }

            var key = t.ToLowerInvariant();
            capitalised.TryGetValue(key, out var v);
            if (char.IsUpper(t[0]))
            {
                v.Cap++;
                if (t.Length > 1 && !t.Any(char.IsLower))
                {
                    v.Upper++;
                }
            }
            else if (!t.Any(char.IsUpper))
            {
                v.Low++;
            }

            capitalised[key] = v;
        }
    }

    private static string RareClass(string word)
    {
        if (word.All(char.IsDigit))
        {
            return "d";
        }

        if (word.Any(char.IsDigit))
        {
            return "ad";
        }

        if (!word.Any(char.IsLetter))
        {
            return "p";
        }

        if (char.IsUpper(word[0]))
        {
            return word.Skip(1).Any(char.IsLower) ? "Xx" : "X";
        }

        return word.Contains('-', StringComparison.Ordinal) ? "x-x" : "x";
    }

    private static void Increment(Dictionary<long, int> bigrams, int a, int b, int n = 1)
    {
        var key = ((long)a << 32) | (uint)b;
        bigrams.TryGetValue(key, out var v);
        bigrams[key] = v + n;
    }

    /// <summary>
    /// The exchange algorithm. Objective (Brown et al. 1992, up to constants):
    /// sum over class pairs of f(C(a,b)) - sum over classes of f(N_left(a)) + f(N_right(a)), with f(x) = x ln x.
    /// </summary>
    private static int[] Exchange(BigramGraph g, int k, int iterations, IProgress<string>? progress, Stopwatch clock)
    {
        var n = g.Count;
        var cls = new int[n];

        // Initial classes: items by frequency, dealt round-robin.
        var byFrequency = Enumerable.Range(0, n).OrderByDescending(i => g.LeftTotal[i] + g.RightTotal[i]).ThenBy(i => i).ToArray();
        for (var r = 0; r < n; r++)
        {
            cls[byFrequency[r]] = r % k;
        }

        var c = new long[k * k];
        var nl = new long[k];
        var nr = new long[k];
        foreach (var (a, b, count) in g.Edges())
        {
            c[(cls[a] * k) + cls[b]] += count;
        }

        for (var i = 0; i < n; i++)
        {
            nl[cls[i]] += g.LeftTotal[i];
            nr[cls[i]] += g.RightTotal[i];
        }

        var right = new long[k];
        var left = new long[k];
        var touchedRight = new List<int>();
        var touchedLeft = new List<int>();
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var moves = 0;
            foreach (var w in byFrequency)
            {
                var from = cls[w];
                long self = 0;
                touchedRight.Clear();
                touchedLeft.Clear();
                for (var e = g.SuccessorStart[w]; e < g.SuccessorStart[w + 1]; e++)
                {
                    var u = g.Successor[e];
                    if (u == w)
                    {
                        self += g.SuccessorCount[e];
                        continue;
                    }

                    var cu = cls[u];
                    if (right[cu] == 0)
                    {
                        touchedRight.Add(cu);
                    }

                    right[cu] += g.SuccessorCount[e];
                }

                for (var e = g.PredecessorStart[w]; e < g.PredecessorStart[w + 1]; e++)
                {
                    var v = g.Predecessor[e];
                    if (v == w)
                    {
                        continue;
                    }

                    var cv = cls[v];
                    if (left[cv] == 0)
                    {
                        touchedLeft.Add(cv);
                    }

                    left[cv] += g.PredecessorCount[e];
                }

                // Take w out of its class.
                foreach (var x in touchedRight)
                {
                    c[(from * k) + x] -= right[x];
                }

                foreach (var x in touchedLeft)
                {
                    c[(x * k) + from] -= left[x];
                }

                c[(from * k) + from] -= self;
                nl[from] -= g.LeftTotal[w];
                nr[from] -= g.RightTotal[w];

                // Find the class where w gains the most.
                var best = from;
                var bestGain = double.NegativeInfinity;
                for (var b = 0; b < k; b++)
                {
                    double gain = 0;
                    var row = b * k;
                    foreach (var x in touchedRight)
                    {
                        if (x != b)
                        {
                            var before = c[row + x];
                            gain += F(before + right[x]) - F(before);
                        }
                    }

                    foreach (var x in touchedLeft)
                    {
                        if (x != b)
                        {
                            var before = c[(x * k) + b];
                            gain += F(before + left[x]) - F(before);
                        }
                    }

                    var bb = c[row + b];
                    gain += F(bb + right[b] + left[b] + self) - F(bb);
                    gain -= F(nl[b] + g.LeftTotal[w]) - F(nl[b]);
                    gain -= F(nr[b] + g.RightTotal[w]) - F(nr[b]);
                    if (gain > bestGain + 1e-9 || (b == from && gain >= bestGain - 1e-9))
                    {
                        bestGain = gain;
                        best = b;
                    }
                }

                foreach (var x in touchedRight)
                {
                    c[(best * k) + x] += right[x];
                }

                foreach (var x in touchedLeft)
                {
                    c[(x * k) + best] += left[x];
                }

                c[(best * k) + best] += self;
                nl[best] += g.LeftTotal[w];
                nr[best] += g.RightTotal[w];
                if (best != from)
                {
                    cls[w] = best;
                    moves++;
                }

                foreach (var x in touchedRight)
                {
                    right[x] = 0;
                }

                foreach (var x in touchedLeft)
                {
                    left[x] = 0;
                }
            }

            progress?.Report($"exchange pass {iteration}/{iterations}: {moves} moves ({clock.Elapsed.TotalSeconds:F0} s)");
            if (moves == 0)
            {
                break;
            }
        }

        return cls;
    }

    private static readonly double[] FTable = BuildTable();

    private static double F(long x) => x < FTable.Length ? FTable[x] : x * Math.Log(x);

    private static double[] BuildTable()
    {
        var table = new double[1 << 20];
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = i * Math.Log(i);
        }

        return table;
    }

    /// <summary>Bigram counts as adjacency lists in both directions.</summary>
    private sealed class BigramGraph
    {
        public int Count { get; private init; }

        public int[] SuccessorStart { get; private init; } = [];

        public int[] Successor { get; private init; } = [];

        public int[] SuccessorCount { get; private init; } = [];

        public int[] PredecessorStart { get; private init; } = [];

        public int[] Predecessor { get; private init; } = [];

        public int[] PredecessorCount { get; private init; } = [];

        public long[] LeftTotal { get; private init; } = [];

        public long[] RightTotal { get; private init; } = [];

        public static BigramGraph From(int count, Dictionary<long, int> bigrams)
        {
            var entries = bigrams.Select(kv => ((int)(kv.Key >> 32), (int)(kv.Key & 0xffffffff), kv.Value)).ToArray();
            var succStart = new int[count + 1];
            var predStart = new int[count + 1];
            var leftTotal = new long[count];
            var rightTotal = new long[count];
            foreach (var (a, b, n) in entries)
            {
                succStart[a + 1]++;
                predStart[b + 1]++;
                leftTotal[a] += n;
                rightTotal[b] += n;
            }

            for (var i = 0; i < count; i++)
            {
                succStart[i + 1] += succStart[i];
                predStart[i + 1] += predStart[i];
            }

            var succ = new int[entries.Length];
            var succCount = new int[entries.Length];
            var pred = new int[entries.Length];
            var predCount = new int[entries.Length];
            var sFill = (int[])succStart.Clone();
            var pFill = (int[])predStart.Clone();
            foreach (var (a, b, n) in entries.OrderBy(e => e.Item1).ThenBy(e => e.Item2))
            {
                succ[sFill[a]] = b;
                succCount[sFill[a]++] = n;
                pred[pFill[b]] = a;
                predCount[pFill[b]++] = n;
            }

            return new BigramGraph
            {
                Count = count,
                SuccessorStart = succStart,
                Successor = succ,
                SuccessorCount = succCount,
                PredecessorStart = predStart,
                Predecessor = pred,
                PredecessorCount = predCount,
                LeftTotal = leftTotal,
                RightTotal = rightTotal,
            };
        }

        public IEnumerable<(int A, int B, int N)> Edges()
        {
            for (var a = 0; a < Count; a++)
            {
                for (var e = SuccessorStart[a]; e < SuccessorStart[a + 1]; e++)
                {
                    yield return (a, Successor[e], SuccessorCount[e]);
                }
            }
        }
    }
}
