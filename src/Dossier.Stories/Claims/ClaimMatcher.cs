using System.Globalization;
using System.Text;

namespace Dossier.Stories.Claims;

/// <summary>Whether two sentences state the same fact, and how sure the matcher is.</summary>
/// <param name="Same">True when the score reaches the matcher's threshold.</param>
/// <param name="Score">Probability in [0, 1] that the sentences state the same fact.</param>
public readonly record struct ClaimMatch(bool Same, double Score);

/// <summary>
/// Decides whether two sentences state the same fact: logistic regression over the pairwise features of
/// <see cref="ClaimFeatures"/>, trained on the MSR paraphrase corpus by <see cref="ClaimMatcherTraining"/>. The
/// shipped model is the embedded resource <c>claim-matcher.model</c> (see the project README for the command that
/// rebuilds it). Immutable and thread-safe.
/// </summary>
public sealed class ClaimMatcher
{
    private const string ResourceName = "Dossier.Stories.Claims.claim-matcher.model";
    private static readonly Lazy<ClaimMatcher> Shipped = new(LoadShipped);

    private readonly double[] _means;
    private readonly double[] _scales;
    private readonly double[] _weights;

    /// <summary>Creates a matcher from learned parameters (features are standardised with the given means and scales).</summary>
    public ClaimMatcher(IReadOnlyList<double> means, IReadOnlyList<double> scales, IReadOnlyList<double> weights, double bias, double threshold, TermFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(frequencies);
        var n = ClaimFeatures.Names.Count;
        if (means.Count != n || scales.Count != n || weights.Count != n)
        {
            throw new ArgumentException($"a claim matcher needs {n} means, scales and weights");
        }

        _means = [.. means];
        _scales = [.. scales];
        _weights = [.. weights];
        Bias = bias;
        Threshold = threshold;
        Frequencies = frequencies;
    }

    /// <summary>The matcher trained on the MSR paraphrase corpus, shipped with the library.</summary>
    public static ClaimMatcher Default => Shipped.Value;

    /// <summary>Score at or above which two sentences are taken to state the same fact.</summary>
    public double Threshold { get; }

    /// <summary>The intercept.</summary>
    public double Bias { get; }

    /// <summary>Word frequencies behind the TF-IDF features.</summary>
    public TermFrequencies Frequencies { get; }

    /// <summary>Feature weights (over standardised features), in the order of <see cref="ClaimFeatures.Names"/>.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Feature means used for standardisation.</summary>
    public IReadOnlyList<double> Means => _means;

    /// <summary>Feature scales used for standardisation.</summary>
    public IReadOnlyList<double> Scales => _scales;

    /// <summary>A copy of this matcher with another threshold.</summary>
    public ClaimMatcher WithThreshold(double threshold) => new(_means, _scales, _weights, Bias, threshold, Frequencies);

    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> state the same fact.</summary>
    public ClaimMatch Compare(string first, string second)
    {
        var score = ScoreOf(ClaimFeatures.Extract(first, second, Frequencies));
        return new ClaimMatch(score >= Threshold, score);
    }

    /// <summary>The probability for a feature vector from <see cref="ClaimFeatures.Extract"/>.</summary>
    public double ScoreOf(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Bias;
        for (var i = 0; i < _weights.Length; i++)
        {
            z += _weights[i] * ((features[i] - _means[i]) / _scales[i]);
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Writes the matcher in the plain-text model format that <see cref="Read"/> reads.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Dossier claim matcher: logistic regression over ClaimFeatures; rebuilt by ClaimMatcherTraining (see README).");
        writer.WriteLine(Invariant($"threshold\t{Threshold:R}"));
        writer.WriteLine(Invariant($"bias\t{Bias:R}"));
        for (var i = 0; i < _weights.Length; i++)
        {
            writer.WriteLine(Invariant($"feature\t{ClaimFeatures.Names[i]}\t{_means[i]:R}\t{_scales[i]:R}\t{_weights[i]:R}"));
        }

        writer.WriteLine(Invariant($"documents\t{Frequencies.Documents}"));
        // Words seen once are left out: an unlisted word counts as seen once.
        foreach (var (term, count) in Frequencies.Frequencies.Where(p => p.Value > 1).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(Invariant($"df\t{term}\t{count}"));
        }
    }

    /// <summary>Reads a matcher written by <see cref="Write"/>.</summary>
    public static ClaimMatcher Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        double threshold = 0.5, bias = 0;
        var documents = 1;
        var byName = new Dictionary<string, (double Mean, double Scale, double Weight)>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "threshold":
                    threshold = Parse(f[1]);
                    break;
                case "bias":
                    bias = Parse(f[1]);
                    break;
                case "feature":
                    byName[f[1]] = (Parse(f[2]), Parse(f[3]), Parse(f[4]));
                    break;
                case "documents":
                    documents = int.Parse(f[1], CultureInfo.InvariantCulture);
                    break;
                case "df":
                    frequencies[f[1]] = int.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new FormatException($"unknown model line '{f[0]}'");
            }
        }

        var names = ClaimFeatures.Names;
        var means = new double[names.Count];
        var scales = new double[names.Count];
        var weights = new double[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (!byName.TryGetValue(names[i], out var p))
            {
                throw new FormatException($"the model lacks feature '{names[i]}'");
            }

            (means[i], scales[i], weights[i]) = p;
        }

        return new ClaimMatcher(means, scales, weights, bias, threshold, new TermFrequencies(documents, frequencies));
    }

    private static ClaimMatcher LoadShipped()
    {
        using var stream = typeof(ClaimMatcher).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
