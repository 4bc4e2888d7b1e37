using System.Collections.Immutable;
using System.Text.Json;
using Dossier.Core;
using Xunit.Abstractions;

namespace Dossier.Language.Tests.Evaluation;

/// <summary>
/// Scores cross-document grouping on AIDA-CoNLL dev: the gold mention spans (typed from their Wikidata classes)
/// (linked ones; NIL mentions are left out) are given as the entity layer, the grouper clusters them across all documents, and the clusters are compared
/// with the gold entity ids (pairwise and B-cubed precision/recall/F1).
/// </summary>
[Trait("Category", "Evaluation")]
public class AidaGroupingEvaluation(ITestOutputHelper output)
{
    private static EntityType TypeOf(string classes) =>
        classes.Contains("Q215627", StringComparison.Ordinal) ? EntityType.Person
        : classes.Contains("Q27096213", StringComparison.Ordinal) ? EntityType.Location
        : classes.Contains("Q43229", StringComparison.Ordinal) ? EntityType.Organization
        : EntityType.Misc;

    [SharedDataFact("aida-dev")]
    public void Dev()
    {
        var path = Path.Combine(SharedData.Folder("aida-dev")!, "aida-conll-dev.restored.jsonl");
        var documents = new List<Document>();
        var gold = new Dictionary<(string, int), string>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var d = new Document(text, new SourceMetadata { Source = "aida" });
            var mentions = new List<EntityMention>();
            foreach (var label in json.RootElement.GetProperty("labels").EnumerateArray())
            {
                var span = label.GetProperty("span");
                var start = span[0].GetInt32();
                var end = span[1].GetInt32();
                var id = label.GetProperty("entity_id").GetString()!;
                if (id == "<NIL>")
                {
                    continue; // unlinked mentions have no gold identity
                }

                mentions.Add(new EntityMention(start, end, TypeOf(label.GetProperty("type").GetString() ?? "")));
                gold[(d.Id, start)] = id;
            }

            d.Set(Layers.Entities, [.. mentions.OrderBy(m => m.Start).ThenBy(m => m.End)]);
            documents.Add(d);
        }

        var groups = new Dossier.Language.Entities.EntityGrouper().Group(documents);
        var predicted = new Dictionary<(string, int), string>();
        foreach (var g in groups)
        {
            foreach (var m in g.Mentions)
            {
                predicted[(m.DocumentId, m.Start)] = g.Id;
            }
        }

        var keys = gold.Keys.Where(predicted.ContainsKey).ToList();
        var cells = keys.GroupBy(k => (gold[k], predicted[k])).Select(c => (long)c.Count()).ToList();
        static long Pairs(long n) => n * (n - 1) / 2;
        var tp = cells.Sum(Pairs);
        var predPairs = keys.GroupBy(k => predicted[k]).Sum(c => Pairs(c.Count()));
        var goldPairs = keys.GroupBy(k => gold[k]).Sum(c => Pairs(c.Count()));
        double pairP = (double)tp / Math.Max(1, predPairs), pairR = (double)tp / Math.Max(1, goldPairs);

        // B-cubed: per mention, overlap of its predicted and gold clusters.
        var goldSize = keys.GroupBy(k => gold[k]).ToDictionary(c => c.Key, c => c.Count());
        var predSize = keys.GroupBy(k => predicted[k]).ToDictionary(c => c.Key, c => c.Count());
        var cellSize = keys.GroupBy(k => (gold[k], predicted[k])).ToDictionary(c => c.Key, c => c.Count());
        double b3p = keys.Average(k => (double)cellSize[(gold[k], predicted[k])] / predSize[predicted[k]]);
        double b3r = keys.Average(k => (double)cellSize[(gold[k], predicted[k])] / goldSize[gold[k]]);
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        output.WriteLine(FormattableString.Invariant(
            $"aida dev grouping: {keys.Count} mentions, {goldSize.Count} gold entities, {predSize.Count} groups"));
        output.WriteLine(FormattableString.Invariant($"aida dev grouping: pairs tp {tp}, predicted {predPairs}, gold {goldPairs}"));
        output.WriteLine(FormattableString.Invariant($"aida dev grouping: pairwise P {pairP:0.000} R {pairR:0.000} F1 {F(pairP, pairR):0.000}"));
        output.WriteLine(FormattableString.Invariant($"aida dev grouping: B3 P {b3p:0.000} R {b3r:0.000} F1 {F(b3p, b3r):0.000}"));
        foreach (var big in keys.GroupBy(k => gold[k]).OrderByDescending(c => c.Count()).Take(int.Parse(Environment.GetEnvironmentVariable("AIDA_DEBUG") ?? "0", System.Globalization.CultureInfo.InvariantCulture)))
        {
            output.WriteLine($"gold {big.Key} ({big.Count()}): " + string.Join(", ", big.GroupBy(k => predicted[k]).Select(c => $"{groups.First(g => g.Id == c.Key).Name} x{c.Count()}")));
        }

        foreach (var mixed in keys.GroupBy(k => predicted[k]).Where(c => c.Select(k => gold[k]).Distinct().Count() > 1).OrderByDescending(c => c.Count()).Take(int.Parse(Environment.GetEnvironmentVariable("AIDA_DEBUG") ?? "0", System.Globalization.CultureInfo.InvariantCulture)))
        {
            output.WriteLine($"group {groups.First(g => g.Id == mixed.Key).Name}: " + string.Join(", ", mixed.GroupBy(k => gold[k]).Select(c => $"{c.Key} x{c.Count()} ({string.Join("/", groups.First(g => g.Id == mixed.Key).Aliases.Select(a => a.Text).Take(6))})")));
        }

        Assert.True(F(b3p, b3r) >= 0.88, "B3 F1 floor");
        Assert.True(F(pairP, pairR) >= 0.80, "pairwise F1 floor");
    }
}
