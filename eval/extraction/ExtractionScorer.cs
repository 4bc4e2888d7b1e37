using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Dossier.Ingest.Evaluation;

/// <summary>Counts over the evaluation snippets: "with" snippets found are true positives, "without" snippets found are false positives.</summary>
internal sealed record ExtractionScore(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => (double)(TruePositives + TrueNegatives) / Math.Max(1, TruePositives + FalseNegatives + FalsePositives + TrueNegatives);

    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalseNegatives + b.FalseNegatives, a.FalsePositives + b.FalsePositives, a.TrueNegatives + b.TrueNegatives);

    public static ExtractionScore Zero { get; } = new(0, 0, 0, 0);
}

/// <summary>One page of the evaluation set with its score and the snippets that went wrong.</summary>
internal sealed record PageResult(string File, string Url, ExtractionScore Score, IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked, string? Failure);

/// <summary>
/// Scores main-text extraction on trafilatura's evaluation set (extraction-dev): for every page,
/// the "with" snippets must occur in the extracted body and the "without" snippets must not, as in
/// trafilatura's tests/comparison.py. Whitespace runs are collapsed on both sides before comparing,
/// since block separators are a matter of output layout.
/// </summary>
internal static class ExtractionScorer
{
    public static string? FindDataFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "..", "shared", "data", "extraction-dev");
            if (File.Exists(Path.Combine(candidate, "evaldata.json")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    public static async Task<(ExtractionScore Total, List<PageResult> Pages)> RunAsync(string dataFolder, int parallelism, CancellationToken cancellationToken = default)
    {
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(dataFolder, "evaldata.json"), cancellationToken));
        var entries = json.RootElement.EnumerateObject()
            .Select(p => (Url: p.Name, File: p.Value.GetProperty("file").GetString()!, With: Strings(p.Value, "with"), Without: Strings(p.Value, "without")))
            .ToList();
        var results = new ConcurrentBag<PageResult>();
        var reader = new ArticleReader(new IngestOptions { IdentifyLanguage = false });
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (entry, token) =>
        {
            var path = Path.Combine(dataFolder, "html", entry.File + ".gz");
            string text = "";
            string? failure = null;
            await foreach (var item in reader.ReadAsync([path], token))
            {
                if (item is IngestedDocument document)
                {
                    text = document.Document.Text;
                }
                else if (item is IngestFailure failed)
                {
                    failure = failed.Failure.Reason;
                }
            }

            results.Add(Score(entry.File, entry.Url, text, entry.With, entry.Without, failure));
        });

        var pages = results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        return (pages.Aggregate(ExtractionScore.Zero, (sum, page) => sum + page.Score), pages);
    }

    public static PageResult Score(string file, string url, string text, IReadOnlyList<string> with, IReadOnlyList<string> without, string? failure)
    {
        var normalized = Collapse(text);
        var missed = with.Where(s => !normalized.Contains(Collapse(s), StringComparison.Ordinal)).ToList();
        var leaked = without.Where(s => normalized.Contains(Collapse(s), StringComparison.Ordinal)).ToList();
        var score = new ExtractionScore(with.Count - missed.Count, missed.Count, leaked.Count, without.Count - leaked.Count);
        return new PageResult(file, url, score, missed, leaked, failure);
    }

    private static List<string> Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
