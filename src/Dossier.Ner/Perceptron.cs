using System.Diagnostics;

namespace Dossier.Ner;

/// <summary>
/// Averaged structured perceptron (Collins 2002) over IOB2 with Viterbi decoding. Averaging uses the
/// "w - u / c" form (Daume III 2006) so each update costs O(1) per weight.
/// </summary>
internal static class Perceptron
{
    private const int L = NerLabels.Count;

    public sealed record Result(float[] Weights, float[] Transitions, int BestEpoch, double BestF1);

    public static Result Train(
        string stage,
        FeatureSequence[] train,
        NerLabel[][] gold,
        int featureCount,
        int epochs,
        int seed,
        FeatureSequence[] dev,
        NerLabel[][] devGold,
        IProgress<NerTrainingProgress>? progress,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var w = new float[featureCount * L];
        var u = new double[featureCount * L];
        var t = new float[Viterbi.TransitionSize];
        var tu = new double[Viterbi.TransitionSize];
        var avg = new float[featureCount * L];
        var tavg = new float[Viterbi.TransitionSize];
        float[]? best = null, tbest = null;
        var bestEpoch = 0;
        var bestF1 = double.NegativeInfinity;
        var order = Enumerable.Range(0, train.Length).ToArray();
        var rng = new Random(seed);
        var maxLength = train.Length == 0 ? 1 : train.Max(s => s.Length);
        if (dev.Length > 0)
        {
            maxLength = Math.Max(maxLength, dev.Max(s => s.Length));
        }

        var emissions = new float[maxLength * L];
        var scores = new float[maxLength * L];
        var back = new byte[maxLength * L];
        var predicted = new NerLabel[maxLength];
        double c = 1;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            long tokens = 0, correct = 0;
            foreach (var index in order)
            {
                var seq = train[index];
                var g = gold[index];
                var n = seq.Length;
                Score(seq, w, emissions);
                Viterbi.Decode(emissions, n, t, predicted, scores, back);
                tokens += n;
                for (var i = 0; i < n; i++)
                {
                    if (predicted[i] == g[i])
                    {
                        correct++;
                        continue;
                    }

                    int gy = (int)g[i], py = (int)predicted[i];
                    for (var j = seq.Starts[i]; j < seq.Starts[i + 1]; j++)
                    {
                        var f = seq.Ids[j] * L;
                        w[f + gy] += 1;
                        u[f + gy] += c;
                        w[f + py] -= 1;
                        u[f + py] -= c;
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    var gp = i == 0 ? L : (int)g[i - 1];
                    var pp = i == 0 ? L : (int)predicted[i - 1];
                    if (gp == pp && g[i] == predicted[i])
                    {
                        continue;
                    }

                    t[(gp * L) + (int)g[i]] += 1;
                    tu[(gp * L) + (int)g[i]] += c;
                    t[(pp * L) + (int)predicted[i]] -= 1;
                    tu[(pp * L) + (int)predicted[i]] -= c;
                }

                c++;
            }

            for (var i = 0; i < w.Length; i++)
            {
                avg[i] = (float)(w[i] - (u[i] / c));
            }

            for (var i = 0; i < t.Length; i++)
            {
                tavg[i] = (float)(t[i] - (tu[i] / c));
            }

            double? f1 = null;
            if (dev.Length > 0)
            {
                var evaluator = new ConllEvaluator();
                for (var k = 0; k < dev.Length; k++)
                {
                    Score(dev[k], avg, emissions);
                    Viterbi.Decode(emissions, dev[k].Length, tavg, predicted, scores, back);
                    evaluator.Add(devGold[k], predicted.AsSpan(0, dev[k].Length));
                }

                f1 = evaluator.Result().Overall.F1;
                if (f1 > bestF1)
                {
                    bestF1 = f1.Value;
                    bestEpoch = epoch;
                    best = (float[])avg.Clone();
                    tbest = (float[])tavg.Clone();
                }
            }

            progress?.Report(new NerTrainingProgress(
                stage, epoch, epochs, tokens == 0 ? 0 : 100.0 * correct / tokens, f1, clock.Elapsed,
                f1 is { } v ? $"{stage} epoch {epoch}/{epochs}: train accuracy {100.0 * correct / Math.Max(1, tokens):F2}%, dev F1 {v:F2}" : $"{stage} epoch {epoch}/{epochs}: train accuracy {100.0 * correct / Math.Max(1, tokens):F2}%"));
        }

        if (best is null)
        {
            return new Result(avg, tavg, epochs, double.NaN);
        }

        return new Result(best, tbest!, bestEpoch, bestF1);
    }

    public static NerLabel[] Decode(FeatureSequence seq, float[] weights, float[] transitions)
    {
        var n = seq.Length;
        var emissions = new float[n * L];
        var scores = new float[n * L];
        var back = new byte[n * L];
        var result = new NerLabel[n];
        Score(seq, weights, emissions);
        Viterbi.Decode(emissions, n, transitions, result, scores, back);
        return result;
    }

    private static void Score(FeatureSequence seq, float[] w, float[] emissions)
    {
        var n = seq.Length;
        Array.Clear(emissions, 0, n * L);
        for (var i = 0; i < n; i++)
        {
            var e = emissions.AsSpan(i * L, L);
            for (var j = seq.Starts[i]; j < seq.Starts[i + 1]; j++)
            {
                var row = w.AsSpan(seq.Ids[j] * L, L);
                for (var y = 0; y < L; y++)
                {
                    e[y] += row[y];
                }
            }
        }
    }
}
