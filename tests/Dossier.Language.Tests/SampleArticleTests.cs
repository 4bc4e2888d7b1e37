using System.Collections.Immutable;
using Dossier.Core;

namespace Dossier.Language.Tests;

/// <summary>Golden checks on the project's own fictional sample articles (samples/, ground truth in docs/samples.md).</summary>
public class SampleArticleTests
{
    private static string? SamplePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // One block per non-empty line, as the plain-text reader does for one-paragraph-per-line files.
    private static Document Lines(string text, DateOnly? dct)
    {
        var d = new Document(text, new SourceMetadata { Source = "sample" });
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r', ' ');
            if (trimmed.Trim().Length > 0)
            {
                var lead = trimmed.Length - trimmed.TrimStart().Length;
                blocks.Add(new Block(start + lead, start + trimmed.Length, BlockKind.Paragraph));
            }

            start += line.Length + 1;
        }

        d.Set(Layers.Blocks, blocks.ToImmutable());
        d.Set(Layers.Excluded, []);
        TestDocs.Run(d, dct);
        return d;
    }

    private static (string Text, string? Name)[] Quotes(Document d) =>
        [.. d.Get(Layers.Quotes).Where(q => q.Direct).Select(q => (d.TextOf(q), q.SpeakerName))];

    [Fact]
    public void Talks_open_article()
    {
        var path = SamplePath("01-vnn-talks-open.txt");
        Assert.NotNull(path);
        var d = Lines(File.ReadAllText(path), dct: null);

        var dct = d.Get(Layers.CreationTime)!;
        Assert.Equal(new DateOnly(2026, 5, 11), dct.Value);
        Assert.Equal(DateOrigin.Text, dct.Origin);

        var entities = TestDocs.Entities(d);
        Assert.Contains(("Alexander Vorenko", EntityType.Person), entities);
        Assert.Contains(("Mirela Stanek", EntityType.Person), entities);
        Assert.Contains(("Idris Halvorsen", EntityType.Person), entities);
        Assert.Contains(("Southern Meridian Council", EntityType.Organization), entities);
        Assert.Contains(("Halden Institute for Security Studies", EntityType.Organization), entities);
        Assert.Contains(("Saren Valley", EntityType.Location), entities);
        Assert.Contains(("Brevia", EntityType.Location), entities);
        Assert.DoesNotContain(entities, e => e.Text == "Port Elena" && e.Type != EntityType.Location);

        var timexes = TestDocs.Timexes(d);
        Assert.Contains(("Monday", TimexType.Date, "2026-05-11"), timexes);
        Assert.Contains(("last month", TimexType.Date, "2026-04"), timexes);
        Assert.Contains(("tomorrow", TimexType.Date, "2026-05-12"), timexes);
        Assert.Contains(("Tuesday", TimexType.Date, "2026-05-12"), timexes);

        var quotes = Quotes(d);
        Assert.Contains(quotes, q => q.Text.StartsWith("We are offering quiet guns", StringComparison.Ordinal) && q.Name == "Tomas Brenner");
        Assert.Contains(quotes, q => q.Text.StartsWith("There can be no ceasefire", StringComparison.Ordinal) && q.Name == "Mirela Stanek");
        Assert.Contains(quotes, q => q.Text.StartsWith("Every Valdorian soldier", StringComparison.Ordinal) && q.Name == "Alexander Vorenko");
        Assert.Contains(quotes, q => q.Text.StartsWith("Nobody expected a deal", StringComparison.Ordinal) && q.Name == "Idris Halvorsen");
        Assert.Contains(quotes, q => q.Text.StartsWith("The prisoner offer is the cheapest", StringComparison.Ordinal) && q.Name == "Rafael Ibarra");
    }

    [Fact]
    public void Walkout_article_without_a_date()
    {
        var path = SamplePath("04-kestrian-observer-walkout.txt");
        Assert.NotNull(path);
        var d = TestDocs.Create(File.ReadAllText(path));
        TestDocs.Run(d, new DateOnly(2026, 5, 15));

        var timexes = TestDocs.Timexes(d);
        Assert.Contains(("Friday", TimexType.Date, "2026-05-15"), timexes);
        Assert.Contains(("Thursday", TimexType.Date, "2026-05-14"), timexes);
        Assert.Contains(("Monday", TimexType.Date, "2026-05-11"), timexes);
        Assert.Contains(("next week", TimexType.Date, "2026-W21"), timexes);

        var quotes = Quotes(d);
        Assert.Contains(quotes, q => q.Text.StartsWith("We did not come to Port Elena", StringComparison.Ordinal) && q.Name == "Mirela Stanek");
        // The cue splits one quote: both parts are one content span (one attribution).
        Assert.Contains(quotes, q => q.Text.StartsWith("We did not come to Port Elena", StringComparison.Ordinal) && q.Text.EndsWith("Kestria knows what we need to hear, and it is not the price of gas.", StringComparison.Ordinal) && q.Name == "Mirela Stanek");
        Assert.Contains(quotes, q => q.Text.StartsWith("We have put a serious proposal", StringComparison.Ordinal) && q.Name == "Tomas Brenner");
        Assert.Contains(quotes, q => q.Text.StartsWith("A walkout is a pause", StringComparison.Ordinal) && q.Name == "Idris Halvorsen");
        Assert.Contains(quotes, q => q.Text.StartsWith("Valdoria needed to show", StringComparison.Ordinal) && q.Name == "Rafael Ibarra");
    }
}
