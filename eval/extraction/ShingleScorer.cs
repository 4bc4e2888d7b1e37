using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Evaluation;

/// <summary>
/// The article-extraction-benchmark metric (Zyte, 2019; used for the held-out measurement of issue 3):
/// each body becomes the multiset of its 4-word shingles over \w+ tokens; per page, true positives,
/// false positives and false negatives are counted over shingles and normalised to sum to one (so long
/// pages weigh no more than short ones); precision and recall are averaged over pages (pages where
/// they are undefined are left out of that average) and F1 is taken of the two averages.
/// Both files map a page id to {"articleBody": text}.
/// </summary>
internal static partial class ShingleScorer
{
    private const int ShingleLength = 4;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static int Run(string[] args)
    {
        if (args.Length != 2 || !File.Exists(args[0]) || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: shingles GROUND_TRUTH.json PREDICTION   (ground truth {\"id\": {\"articleBody\": text}}; the prediction in the same form, or the .jsonl of `dossier extract`)");
            return 2;
        }

        var truth = ReadBodies(args[0]);
        var prediction = ReadBodies(args[1]);
        var missing = truth.Keys.Where(k => !prediction.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"{args[1]}: no prediction for {missing.Count} of {truth.Count} pages (first: {missing[0]})");
            return 1;
        }

        var counts = truth.Keys.Order(StringComparer.Ordinal).Select(k => Match(truth[k], prediction[k])).ToList();
        var (precision, recall, f1) = Score(counts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Count} pages  precision {precision:0.000}  recall {recall:0.000}  F1 {f1:0.000}"));
        return 0;
    }

    public static (double Precision, double Recall, double F1) Score(IReadOnlyList<(double Tp, double Fp, double Fn)> pages)
    {
        var precisions = pages.Where(p => p.Tp + p.Fp > 0).Select(p => Precision(p.Tp, p.Fp, p.Fn)).ToList();
        var recalls = pages.Where(p => p.Tp + p.Fn > 0).Select(p => Recall(p.Tp, p.Fp, p.Fn)).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>Normalised true positive, false positive and false negative shares of one page's shingles.</summary>
    public static (double Tp, double Fp, double Fn) Match(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var found = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(found.Keys))
        {
            var e = expected.GetValueOrDefault(key);
            var f = found.GetValueOrDefault(key);
            tp += Math.Min(e, f);
            fp += Math.Max(0, f - e);
            fn += Math.Max(0, e - f);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    private static double Precision(double tp, double fp, double fn) => fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);

    private static double Recall(double tp, double fp, double fn) => fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);

    /// <summary>Shingle counts; a text shorter than four words is one shorter shingle, as in the reference script.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - ShingleLength + 1); i++)
        {
            var length = Math.Min(ShingleLength, tokens.Count - i);
            if (length <= 0)
            {
                continue;
            }

            // U+0001 cannot occur inside a \w+ token, so joined shingles never collide.
            var key = string.Join('\u0001', tokens.GetRange(i, length));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    private static Dictionary<string, string> ReadBodies(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ReadExtractLines(path);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "",
            StringComparer.Ordinal);
    }

    /// <summary>`dossier extract --format jsonl` output: the page id is the source's file name without .html(.gz).</summary>
    private static Dictionary<string, string> ReadExtractLines(string path)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var source = json.RootElement.GetProperty("source").GetString() ?? "";
            var id = Path.GetFileName(source);
            foreach (var suffix in (string[])[".gz", ".html", ".htm"])
            {
                id = id.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? id[..^suffix.Length] : id;
            }

            bodies[id] = json.RootElement.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
        }

        return bodies;
    }
}
