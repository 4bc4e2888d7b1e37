using System.Text.Json;
using Dossier.Core;
using Dossier.Stories.Copies;

namespace Dossier.Briefing.Tests;

public class StoryBreakdownTests
{
    // A second, unrelated story written for this test.
    private static Document Choir() => new TestDoc
    {
        Source = "f-choir.txt",
        Title = "Velmar choir wins folk festival",
        Published = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero),
        Paragraphs =
        [
            "The Velmar choir won first prize at the national folk music festival on Saturday evening.",
            "Its forty singers performed three traditional songs and a new piece written by their conductor.",
            "The jury praised the choir for its clear harmonies and for reviving nearly forgotten melodies.",
        ],
    }.Build();

    private static Briefing Build(IReadOnlyList<Document> documents, string? story = null) =>
        new BriefingBuilder(new TextGrouper(), new ShingleCopyDetector(), new BriefingOptions { StoryId = story }).Build(documents);

    [Fact]
    public void One_story_has_no_breakdown()
    {
        var briefing = Build(StoryCorpus.All());
        Assert.True(briefing.Stories is null, string.Join(" | ", (briefing.Stories ?? []).Select(s => string.Join(",", s.Sources.Select(id => briefing.Sources.Single(x => x.Id == id).Source)))));
        Assert.DoesNotContain("\"stories\"", Render(briefing), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stories_are_listed_and_one_can_be_selected()
    {
        var documents = StoryCorpus.All();
        var choir = Choir();
        documents.Add(choir);
        var briefing = Build(documents);

        Assert.NotNull(briefing.Stories);
        Assert.Equal(2, briefing.Stories.Count);
        Assert.Equal(6, briefing.Sources.Count);
        var choirStory = Assert.Single(briefing.Stories, s => s.Sources.Contains(choir.Id));
        Assert.Single(choirStory.Sources);
        Assert.All(choirStory.Summary.SelectMany(s => s.Citations), c => Assert.Equal(choir.Id, c.Source));
        var strike = Assert.Single(briefing.Stories, s => !s.Sources.Contains(choir.Id));
        Assert.Equal(5, strike.Sources.Count);
        Assert.NotEmpty(strike.Summary);
        Assert.Contains("\"stories\"", Render(briefing), StringComparison.Ordinal);

        var narrowed = Build(documents, choirStory.Id);
        Assert.Equal([choir.Id], narrowed.Sources.Select(s => s.Id));
        Assert.Null(narrowed.Stories);
        Assert.Throws<ArgumentException>(() => Build(documents, "story-missing"));
    }

    private static string Render(Briefing briefing)
    {
        using var writer = new StringWriter();
        new JsonBriefingRenderer().Render(briefing, writer);
        var json = writer.ToString();
        JsonDocument.Parse(json).Dispose();
        return json;
    }
}
