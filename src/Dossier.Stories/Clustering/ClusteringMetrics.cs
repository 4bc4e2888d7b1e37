namespace Dossier.Stories.Clustering;

/// <summary>B-cubed precision, recall and F1 (Bagga and Baldwin 1998) and the adjusted Rand index.</summary>
/// <param name="Precision">Mean over items of the share of the item's predicted cluster that shares its gold cluster.</param>
/// <param name="Recall">Mean over items of the share of the item's gold cluster that shares its predicted cluster.</param>
/// <param name="F1">Harmonic mean of B-cubed precision and recall.</param>
/// <param name="AdjustedRand">Adjusted Rand index (Hubert and Arabie 1985): 1 for identical partitions, about 0 for chance.</param>
public readonly record struct ClusteringScores(double Precision, double Recall, double F1, double AdjustedRand);

/// <summary>Compares a predicted partition of items with a gold one.</summary>
public static class ClusteringMetrics
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>: labels per item, same length.</summary>
    public static ClusteringScores Score<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted labels must cover the same items");
        }

        var n = gold.Count;
        if (n == 0)
        {
            return new ClusteringScores(1, 1, 1, 1);
        }

        var cells = new Dictionary<(TGold, TPredicted), long>();
        var goldSizes = new Dictionary<TGold, long>();
        var predictedSizes = new Dictionary<TPredicted, long>();
        for (var i = 0; i < n; i++)
        {
            cells[(gold[i], predicted[i])] = cells.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }

        // B-cubed: each item in cell (g, p) has precision |cell| / |p| and recall |cell| / |g|.
        double precision = 0, recall = 0;
        foreach (var ((g, p), count) in cells)
        {
            precision += count * (double)count / predictedSizes[p];
            recall += count * (double)count / goldSizes[g];
        }

        precision /= n;
        recall /= n;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        static double Pairs(long k) => k * (k - 1) / 2.0;
        var index = cells.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var total = Pairs(n);
        var expected = total == 0 ? 0 : goldPairs * predictedPairs / total;
        var maximum = (goldPairs + predictedPairs) / 2;
        var ari = maximum - expected == 0 ? 1 : (index - expected) / (maximum - expected);
        return new ClusteringScores(precision, recall, f1, ari);
    }
}
