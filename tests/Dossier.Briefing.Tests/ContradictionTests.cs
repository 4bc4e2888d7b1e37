namespace Dossier.Briefing.Tests;

public class ContradictionTests
{
    [Fact]
    public void Different_counts_in_similar_sentences_of_two_sources_are_a_contradiction()
    {
        var documents = StoryCorpus.All();
        var briefing = BriefingBuilderTests.Build(documents);

        var contradiction = Assert.Single(briefing.Contradictions);
        Assert.Equal("members", contradiction.Subject);
        Assert.Contains(contradiction.Claims, c => c.Value == "1,200" && c.Citations[0].Source == documents[0].Id);
        Assert.Contains(contradiction.Claims, c => c.Value == "1,500" && c.Citations[0].Source == documents[2].Id);
        Assert.Equal(["1,200", "1,500"], contradiction.Claims.Select(c => c.Value).Distinct().Order(StringComparer.Ordinal));
        CitationAssert.AllLandOnText(briefing, documents);
    }

    [Fact]
    public void Same_numbers_or_unrelated_sentences_are_not_contradictions()
    {
        var documents = new List<Dossier.Core.Document>
        {
            new TestDoc
            {
                Source = "a",
                Published = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
                Paragraphs =
                [
                    "The union said 1,200 members joined the strike after talks collapsed.",
                    "The city council has 45 members and meets every second Tuesday in the old hall.",
                ],
            }.Build(),
            new TestDoc
            {
                Source = "b",
                Published = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero),
                Paragraphs =
                [
                    "According to the union, 1,200 members joined the strike once talks collapsed.",
                    "About 300 members of the rowing club paddled across the bay for charity on Sunday.",
                ],
            }.Build(),
        };

        var briefing = BriefingBuilderTests.Build(documents);

        Assert.Empty(briefing.Contradictions);
    }
}
