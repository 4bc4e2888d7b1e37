using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Stories.Copies;
using Xunit.Abstractions;

namespace Dossier.Briefing.Tests;

/// <summary>
/// The fictional story in samples/ (see samples/README.md for its ground truth), read with a crude paragraph
/// extractor so that these tests need no other project: copies and the prisoner-count contradiction.
/// </summary>
public partial class SamplesTests(ITestOutputHelper output)
{
    private static string? SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "README.md")) && File.Exists(Path.Combine(candidate, "wire-digest.jsonl")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Paragraphs(string html) => string.Join(
        "\n\n",
        Paragraph().Matches(html).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")).Trim()));

    private static Document Make(string name, string text, string? published) => new(text, new SourceMetadata
    {
        Source = name,
        Published = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
    });

    private static Dictionary<string, Document> Load(string folder)
    {
        var docs = new Dictionary<string, Document>(StringComparer.Ordinal)
        {
            ["A"] = Make("A", File.ReadAllText(Path.Combine(folder, "01-vnn-talks-open.txt")), "2026-05-11T19:42:00+02:00"),
            ["B"] = Make("B", Paragraphs(File.ReadAllText(Path.Combine(folder, "02-portelena-herald-valdoria-terms.html"))), "2026-05-12T18:30:00+02:00"),
            ["D"] = Make("D", File.ReadAllText(Path.Combine(folder, "04-kestrian-observer-walkout.txt")), null),
            ["F"] = Make("F", Paragraphs(File.ReadAllText(Path.Combine(folder, "06-continental-ledger-framework.html"))), "2026-05-22T21:15:00+02:00"),
        };
        var items = Description().Matches(File.ReadAllText(Path.Combine(folder, "feed-meridian-press.xml")))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal)))
            .Where(d => d.Contains("<p", StringComparison.Ordinal))
            .ToList();
        docs["C1"] = Make("C1", Paragraphs(items[0]), "2026-05-11T17:05:00+02:00");
        docs["C2"] = Make("C2", Paragraphs(items[1]), "2026-05-14T16:20:00+02:00");
        var lines = File.ReadAllLines(Path.Combine(folder, "wire-digest.jsonl"));
        for (var i = 0; i < 2; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            docs[i == 0 ? "E1" : "E2"] = Make(i == 0 ? "E1" : "E2", json.RootElement.GetProperty("text").GetString()!, json.RootElement.GetProperty("published").GetString());
        }

        return docs;
    }

    private sealed class NoEntities : IEntityGrouper
    {
        public IReadOnlyList<EntityGroup> Group(IReadOnlyList<Document> documents) => [];
    }

    [Fact]
    public void Copies_and_the_prisoner_contradiction_match_the_ground_truth()
    {
        var folder = SamplesFolder();
        if (folder is null)
        {
            output.WriteLine("skipped: samples/ not found");
            return;
        }

        var docs = Load(folder);
        var name = docs.ToDictionary(kv => kv.Value.Id, kv => kv.Key, StringComparer.Ordinal);

        var relations = new ShingleCopyDetector().Detect([.. docs.Values]);
        var found = relations.Select(r => $"{name[r.DocumentId]}->{name[r.OriginalId]}:{r.Kind}").Order(StringComparer.Ordinal).ToList();
        output.WriteLine(string.Join(", ", found));
        Assert.Equal(["E1->B:Paraphrase", "E2->C2:Paraphrase"], found);

        var briefing = new BriefingBuilder(new NoEntities(), new ShingleCopyDetector(), new BriefingOptions()).Build([.. docs.Values]);
        CitationAssert.AllLandOnText(briefing, [.. docs.Values]);
        Assert.InRange(briefing.Summary.Count, 5, 8);
        var prisoners = Assert.Single(briefing.Contradictions, c => c.Subject == "prisoners");
        Assert.Equal(["A"], prisoners.Claims.Where(c => c.Value == "45").Select(c => name[c.Citations[0].Source]));
        Assert.Contains(prisoners.Claims, c => c.Value == "40" && name[c.Citations[0].Source] == "C1");
        Assert.DoesNotContain(prisoners.Claims, c => name[c.Citations[0].Source] == "F");
    }

    [GeneratedRegex("<p[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<description>(.*?)</description>", RegexOptions.Singleline)]
    private static partial Regex Description();
}
