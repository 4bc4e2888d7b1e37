using Dossier.Core;
using Dossier.Stories.Copies;

namespace Dossier.Briefing.Tests;

public class QuoteAcrossSourcesTests
{
    private static readonly DateTimeOffset Day = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    private static Document Article(string source, string paragraph, string content, string speakerText, string speakerName, int day = 0) =>
        new TestDoc
        {
            Source = source,
            Published = Day.AddDays(day),
            Paragraphs = [paragraph],
            Entities = [(speakerText, EntityType.Person)],
            Quotes = [(content, speakerText, speakerName)],
        }.Build();

    [Fact]
    public void The_same_words_in_three_sources_are_one_quote_with_three_occurrences()
    {
        // The second source re-punctuates and trims the quote; the third is a machine translation that changes
        // inflections and one word.
        var documents = new List<Document>
        {
            Article("a", "\"We will reopen the northern bridge to trucks on Monday morning,\" said Mayor Lena Korsgaard.",
                "We will reopen the northern bridge to trucks on Monday morning", "Lena Korsgaard", "Lena Korsgaard"),
            Article("b", "\"We will reopen the northern bridge to trucks on Monday,\" Korsgaard told reporters.",
                "We will reopen the northern bridge to trucks on Monday", "Korsgaard", "Lena Korsgaard", 1),
            Article("c", "\"We are reopening the northern bridge for trucks Monday morning,\" Korsgaard said.",
                "We are reopening the northern bridge for trucks Monday morning", "Korsgaard", "Lena Korsgaard", 1),
        };
        var briefing = BriefingBuilderTests.Build(documents);

        var quote = Assert.Single(briefing.Quotes, q => q.Text.Contains("northern bridge", StringComparison.Ordinal));
        Assert.Equal(["a", "b", "c"], quote.Occurrences.Select(o => SourceName(briefing, o.Source)).Order(StringComparer.Ordinal));
        Assert.Null(quote.PossibleMisattribution);
        CitationAssert.AllLandOnText(briefing, documents);
    }

    [Fact]
    public void The_same_words_given_to_different_people_are_a_possible_misattribution()
    {
        var documents = new List<Document>
        {
            Article("a", "\"There will be no ceasefire while the valley is occupied,\" said General Ivo Marek.",
                "There will be no ceasefire while the valley is occupied", "Ivo Marek", "Ivo Marek"),
            Article("b", "\"There will be no ceasefire while the valley is occupied,\" said President Dana Oster.",
                "There will be no ceasefire while the valley is occupied", "Dana Oster", "Dana Oster", 1),
        };
        var briefing = BriefingBuilderTests.Build(documents);

        var quote = Assert.Single(briefing.Quotes);
        var flagged = Assert.IsType<QuoteMisattribution>(quote.PossibleMisattribution);
        Assert.Equal(["Ivo Marek", "Dana Oster"], flagged.Speakers.Select(s => s.SpeakerName));
        Assert.All(flagged.Speakers, s => Assert.Single(s.Citations));

        var markdown = Render(new MarkdownBriefingRenderer(), briefing);
        Assert.Contains("Possible misattribution", markdown, StringComparison.Ordinal);
        var html = Render(new HtmlBriefingRenderer(), briefing);
        Assert.Contains("Possible misattribution", html, StringComparison.Ordinal);
        var json = Render(new JsonBriefingRenderer(), briefing);
        Assert.Contains("\"possibleMisattribution\": {", json, StringComparison.Ordinal);
        CitationAssert.AllLandOnText(briefing, documents);
    }

    [Fact]
    public void Different_words_or_short_phrases_stay_apart()
    {
        var documents = new List<Document>
        {
            Article("a", "\"The bridge stays closed until the engineers finish their inspection,\" said Mayor Lena Korsgaard.",
                "The bridge stays closed until the engineers finish their inspection", "Lena Korsgaard", "Lena Korsgaard"),
            Article("b", "\"Farmers cannot wait another week for the harvest trucks,\" said Ivo Marek.",
                "Farmers cannot wait another week for the harvest trucks", "Ivo Marek", "Ivo Marek", 1),
            Article("c", "\"A total disaster,\" Korsgaard said of the closure.", "A total disaster", "Korsgaard", "Lena Korsgaard", 1),
            Article("d", "\"A total disaster,\" Marek said of the harvest.", "A total disaster", "Marek", "Ivo Marek", 2),
        };
        var briefing = BriefingBuilderTests.Build(documents);

        Assert.Equal(4, briefing.Quotes.Count);
        Assert.All(briefing.Quotes, q => Assert.Empty(q.Occurrences));
        Assert.All(briefing.Quotes, q => Assert.Null(q.PossibleMisattribution));
    }

    [Fact]
    public void A_briefing_with_occurrences_reads_back_from_json()
    {
        var documents = new List<Document>
        {
            Article("a", "\"There will be no ceasefire while the valley is occupied,\" said General Ivo Marek.",
                "There will be no ceasefire while the valley is occupied", "Ivo Marek", "Ivo Marek"),
            Article("b", "\"There will be no ceasefire while the valley is occupied,\" said President Dana Oster.",
                "There will be no ceasefire while the valley is occupied", "Dana Oster", "Dana Oster", 1),
        };
        var briefing = BriefingBuilderTests.Build(documents);
        var back = JsonBriefingRenderer.Read(Render(new JsonBriefingRenderer(), briefing));
        Assert.Equal(2, back.Quotes[0].Occurrences.Count);
        Assert.Equal(2, back.Quotes[0].PossibleMisattribution!.Speakers.Count);
    }

    [Fact]
    public void A_speaker_spelled_two_ways_is_named_as_the_entity_and_is_no_misattribution()
    {
        var documents = new List<Document>
        {
            Article("a", "\"The harbour reopens to grain ships next week,\" said Minister Dana Oster.",
                "The harbour reopens to grain ships next week", "Dana Oster", "Dana Oster"),
            Article("b", "\"The harbour reopens to grain ships next week,\" said Minister Dana Ostar.",
                "The harbour reopens to grain ships next week", "Dana Ostar", "Dana Ostar", 1),
        };
        var briefing = new BriefingBuilder(
                new TextGrouper(new Dictionary<string, string> { ["Dana Ostar"] = "Dana Oster" }), new ShingleCopyDetector(), new BriefingOptions())
            .Build(documents);

        var quote = Assert.Single(briefing.Quotes);
        Assert.Equal("Dana Oster", quote.SpeakerName);
        Assert.Equal(["Dana Oster", "Dana Oster"], quote.Occurrences.Select(o => o.SpeakerName));
        Assert.Null(quote.PossibleMisattribution);
    }

    [Fact]
    public void A_body_that_is_the_whole_speaker_is_its_entity_but_a_description_mentioning_a_place_stays_anonymous()
    {
        var document = new TestDoc
        {
            Source = "a",
            Published = Day,
            Paragraphs =
            [
                "\"The grain corridor stays open through the winter,\" the Harbour Council said.",
                "\"Nobody in Valdoria will sign a paper like this one,\" said a senior Valdorian official.",
            ],
            Entities = [("Harbour Council", EntityType.Organization), ("Valdorian", EntityType.Misc)],
            Quotes =
            [
                ("The grain corridor stays open through the winter", "the Harbour Council", null),
                ("Nobody in Valdoria will sign a paper like this one", "a senior Valdorian official", null),
            ],
        }.Build();

        var briefing = BriefingBuilderTests.Build([document]);

        var council = briefing.Quotes.Single(q => q.Text.StartsWith("The grain", StringComparison.Ordinal));
        Assert.Equal("Harbour Council", council.SpeakerName);
        Assert.Equal(briefing.Entities.Single(e => e.Name == "Harbour Council").Id, council.SpeakerId);
        var anonymous = briefing.Quotes.Single(q => q.Text.StartsWith("Nobody", StringComparison.Ordinal));
        Assert.Null(anonymous.SpeakerId);
        Assert.Null(anonymous.SpeakerName);
    }

    private static string SourceName(Briefing briefing, string id) => briefing.Sources.Single(s => s.Id == id).Source;

    private static string Render(IBriefingRenderer renderer, Briefing briefing)
    {
        using var writer = new StringWriter();
        renderer.Render(briefing, writer);
        return writer.ToString();
    }
}
