namespace Dossier.Stories.Claims;

/// <summary>One labelled sentence pair.</summary>
/// <param name="First">The first sentence.</param>
/// <param name="Second">The second sentence.</param>
/// <param name="Same">True when the pair states the same fact (an MSRP "1").</param>
public sealed record ClaimPair(string First, string Second, bool Same);

/// <summary>Accuracy and F1 of a matcher on labelled pairs.</summary>
/// <param name="Precision">Precision of "same".</param>
/// <param name="Recall">Recall of "same".</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Accuracy">Share of pairs decided correctly.</param>
/// <param name="Pairs">Number of pairs.</param>
public readonly record struct ClaimScores(double Precision, double Recall, double F1, double Accuracy, int Pairs);

/// <summary>Result of <see cref="ClaimMatcherTraining.Train"/>: the matcher and its cross-validated scores.</summary>
/// <param name="Matcher">The matcher trained on all pairs, with the cross-validated threshold.</param>
/// <param name="CrossValidated">Scores of out-of-fold predictions at the chosen threshold.</param>
public sealed record ClaimTrainingResult(ClaimMatcher Matcher, ClaimScores CrossValidated);

/// <summary>
/// Trains <see cref="ClaimMatcher"/>: L2-regularised logistic regression fitted by Newton's method (iteratively
/// reweighted least squares) on standardised <see cref="ClaimFeatures"/>; the decision threshold is the one that
/// maximises accuracy of out-of-fold predictions in k-fold cross-validation (folds by pair index modulo k, so the
/// result is deterministic).
/// </summary>
public static class ClaimMatcherTraining
{
    /// <summary>Trains on <paramref name="pairs"/> with <paramref name="folds"/>-fold cross-validation.</summary>
    public static ClaimTrainingResult Train(IReadOnlyList<ClaimPair> pairs, int folds = 10, double l2 = 1.0)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var frequencies = TermFrequencies.Count(pairs.SelectMany(p => new[] { p.First, p.Second }));
        var x = pairs.Select(p => ClaimFeatures.Extract(p.First, p.Second, frequencies)).ToArray();
        var y = pairs.Select(p => p.Same).ToArray();

        var outOfFold = new double[pairs.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = Enumerable.Range(0, pairs.Count).Where(i => i % folds != k).ToArray();
            var model = Fit(train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray(), l2, frequencies);
            for (var i = k; i < pairs.Count; i += folds)
            {
                outOfFold[i] = model.ScoreOf(x[i]);
            }
        }

        var threshold = BestThreshold(outOfFold, y);
        var final = Fit(x, y, l2, frequencies).WithThreshold(threshold);
        return new ClaimTrainingResult(final, Measure(outOfFold, y, threshold));
    }

    /// <summary>Scores of <paramref name="matcher"/> on <paramref name="pairs"/>.</summary>
    public static ClaimScores Evaluate(ClaimMatcher matcher, IReadOnlyList<ClaimPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(pairs);
        var scores = pairs.Select(p => matcher.Compare(p.First, p.Second).Score).ToArray();
        return Measure(scores, pairs.Select(p => p.Same).ToArray(), matcher.Threshold);
    }

    /// <summary>Precision, recall, F1 and accuracy of scores against labels at a threshold.</summary>
    public static ClaimScores Measure(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            if (predicted && labels[i])
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (labels[i])
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClaimScores(precision, recall, f1, scores.Count == 0 ? 0 : (double)(tp + tn) / scores.Count, scores.Count);
    }

    private static double BestThreshold(double[] scores, bool[] labels)
    {
        // Accuracy first; among near-ties (within 0.2 points) prefer the higher F1.
        var candidates = Enumerable.Range(20, 61).Select(i => i / 100.0).ToArray();
        var measured = candidates.Select(t => (Threshold: t, Scores: Measure(scores, labels, t))).ToArray();
        var best = measured.Max(m => m.Scores.Accuracy);
        return measured.Where(m => m.Scores.Accuracy >= best - 0.002).MaxBy(m => m.Scores.F1).Threshold;
    }

    private static ClaimMatcher Fit(double[][] x, bool[] y, double l2, TermFrequencies frequencies)
    {
        var d = x[0].Length;
        var n = x.Length;
        var means = new double[d];
        var scales = new double[d];
        for (var j = 0; j < d; j++)
        {
            var mean = x.Average(r => r[j]);
            var variance = x.Average(r => (r[j] - mean) * (r[j] - mean));
            means[j] = mean;
            scales[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        // Design matrix with the intercept as column d.
        var z = new double[n][];
        for (var i = 0; i < n; i++)
        {
            z[i] = new double[d + 1];
            for (var j = 0; j < d; j++)
            {
                z[i][j] = (x[i][j] - means[j]) / scales[j];
            }

            z[i][d] = 1;
        }

        var w = new double[d + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < n; i++)
            {
                var s = 0.0;
                for (var j = 0; j <= d; j++)
                {
                    s += w[j] * z[i][j];
                }

                var p = 1 / (1 + Math.Exp(-s));
                var error = p - (y[i] ? 1 : 0);
                var weight = p * (1 - p);
                for (var j = 0; j <= d; j++)
                {
                    gradient[j] += error * z[i][j];
                    for (var k = j; k <= d; k++)
                    {
                        hessian[j, k] += weight * z[i][j] * z[i][k];
                    }
                }
            }

            for (var j = 0; j <= d; j++)
            {
                for (var k = 0; k < j; k++)
                {
                    hessian[j, k] = hessian[k, j];
                }

                // The intercept is not regularised.
                if (j < d)
                {
                    gradient[j] += l2 * w[j];
                    hessian[j, j] += l2;
                }
                else
                {
                    hessian[j, j] += 1e-9;
                }
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j <= d; j++)
            {
                w[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return new ClaimMatcher(means, scales, w[..d], w[d], 0.5, frequencies);
    }

    // Gaussian elimination with partial pivoting.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }

                (v[col], v[pivot]) = (v[pivot], v[col]);
            }

            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }

                v[r] -= factor * v[col];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var c = r + 1; c < n; c++)
            {
                s -= m[r, c] * result[c];
            }

            result[r] = s / m[r, r];
        }

        return result;
    }
}
