using System.Globalization;
using System.Text;
using Dossier.Core;
using Dossier.Stories.Clustering;
using Xunit.Abstractions;

namespace Dossier.Stories.Tests;

/// <summary>
/// Story clustering of the UCI News Aggregator headlines (../shared/data/news-aggregator; 6,366 headlines, 87
/// stories): B-cubed and adjusted Rand against the STORY column. Skips when the data is absent.
/// </summary>
[Trait("Category", "Evaluation")]
public class NewsAggregatorEvaluation(ITestOutputHelper output)
{
    internal static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        var text = File.ReadAllText(path);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }

    internal static (List<Document> Documents, List<string> Gold) LoadHeadlines(string path)
    {
        var rows = ReadCsv(path).Skip(1).Where(r => r.Length >= 8).ToList();
        var documents = rows.Select(r => new Document(r[1], new SourceMetadata
        {
            Source = "uci#" + r[0],
            SiteName = r[3],
            Published = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(r[7], CultureInfo.InvariantCulture)),
        })).ToList();
        return (documents, rows.Select(r => r[5]).ToList());
    }

    internal static ClusteringScores ScoreClustering(StoryClusteringOptions options, IReadOnlyList<Document> documents, IReadOnlyList<string> gold, out int count)
    {
        var stories = new StoryClusterer(options).Cluster(documents);
        count = stories.Count;
        var byDocument = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var id in story.Documents)
            {
                byDocument[id] = story.Id;
            }
        }

        return ClusteringMetrics.Score(gold, documents.Select(d => byDocument[d.Id]).ToList());
    }

    [Fact]
    public void Headlines_cluster_into_their_stories()
    {
        var path = MsrpEvaluation.FindShared(Path.Combine("data", "news-aggregator", "uci-news-aggregator.head.csv"));
        if (path is null)
        {
            output.WriteLine("skipped: ../shared/data/news-aggregator is absent (set DOSSIER_SHARED to the shared folder)");
            return;
        }

        var (documents, gold) = LoadHeadlines(path);
        output.WriteLine($"{documents.Count} headlines, {gold.Distinct(StringComparer.Ordinal).Count()} gold stories");

        ClusteringScores Run(StoryClusteringOptions options, out int count) => ScoreClustering(options, documents, gold, out count);

        string Line(ClusteringScores s, int count) => string.Create(CultureInfo.InvariantCulture, $"B3 P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000} ARI {s.AdjustedRand:0.000}, {count} stories");

        if (Environment.GetEnvironmentVariable("DOSSIER_STORY_GRID") == "1")
        {
            foreach (var threshold in new[] { 0.05, 0.07, 0.1, 0.12 })
            {
                foreach (var entity in new[] { 0.0, 0.1, 0.25 })
                {
                    var s = Run(new StoryClusteringOptions { Threshold = threshold, EntityWeight = entity }, out var c);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00} entity {entity:0.00}: {Line(s, c)}"));
                }
            }
        }

        var chosen = Run(new StoryClusteringOptions(), out var chosenCount);
        output.WriteLine("default options: " + Line(chosen, chosenCount));
        // Floors a little under the measured values (B3 F1 0.73, ARI 0.73 at the defaults).
        Assert.True(chosen.F1 >= 0.70 && chosen.AdjustedRand >= 0.70, Line(chosen, chosenCount));
    }
}
