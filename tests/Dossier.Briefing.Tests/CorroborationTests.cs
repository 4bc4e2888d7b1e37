using Dossier.Core;
using Dossier.Stories.Copies;

namespace Dossier.Briefing.Tests;

/// <summary>Independent-source counts, single-source marks, done-versus-planned conflicts and source quality signals.</summary>
public class CorroborationTests
{
    private static DateTimeOffset Day(int day) => new(2026, 5, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_statement_only_an_original_and_its_copies_make_is_single_source()
    {
        var documents = StoryCorpus.All();
        var briefing = BriefingBuilderTests.Build(documents);

        // The walk-out sentence is in the original, its paraphrase and its exact copy: three documents, one source.
        var walkout = briefing.Timeline.Single(e => e.Text.StartsWith("Dockworkers in Norrhaven walked off", StringComparison.Ordinal));
        Assert.True(walkout.Citations.Count + walkout.Support.Count >= 3, "the copies should be cited too");
        Assert.Equal(1, walkout.IndependentSources);
        Assert.True(walkout.SingleSource);

        // The membership count is also stated (with another number) by an independent paper.
        var members = briefing.Timeline.First(e => e.Text.Contains("members joined the strike", StringComparison.Ordinal));
        Assert.Equal(2, members.IndependentSources);
        Assert.False(members.SingleSource);
        Assert.All(briefing.Summary.Concat(briefing.Faq.SelectMany(f => f.Answer)), s =>
        {
            Assert.InRange(s.IndependentSources, 1, documents.Count);
            Assert.Equal(s.IndependentSources - 1, s.SupportingSources);
        });
        CitationAssert.AllLandOnText(briefing, documents);
    }

    [Fact]
    public void Two_articles_of_one_publisher_count_once()
    {
        const string Fact = "The ferry between Tarnholm and Brevik will stop running for the winter on Friday, the operator said.";
        var documents = new List<Document>
        {
            Article("a", "Island Post", Day(1), Fact, "Islanders queued for tickets at the harbour office all morning.", "The operator blamed rising fuel prices and a shortage of crew."),
            Article("b", "Island Post", Day(2), "The operator said the ferry between Tarnholm and Brevik will stop running for the winter on Friday.", "A local choir sang on the quay to say goodbye to the crew.", "Schools plan to move the spring exams to the mainland."),
            Article("c", "Coast Radio", Day(3), "On Friday the ferry between Tarnholm and Brevik will stop running for the winter, the operator said.", "Fishermen offered to carry mail and medicine across the strait.", "The regional council promised to review the subsidy in March."),
        };
        Assert.Empty(new ShingleCopyDetector().Detect(documents));

        var briefing = BriefingBuilderTests.Build(documents);
        var statement = briefing.Summary.Single(s => s.Text.Contains("ferry between Tarnholm and Brevik", StringComparison.Ordinal));

        Assert.Equal(2, statement.IndependentSources);
        Assert.Equal(3, statement.Citations.Concat(statement.Support).Select(c => c.Source).Distinct().Count());
    }

    [Fact]
    public void An_event_reported_as_done_and_as_planned_is_flagged()
    {
        var documents = new List<Document>
        {
            Article("a", "Harbour Daily", Day(4), "The two governments will sign the border agreement in Lisvik on Friday, officials said.", "Fishing crews hope the deal ends years of disputes over the northern banks.", "Customs posts on both sides will close at noon."),
            Article("b", "North Wire", Day(5), "The two governments signed the border agreement in Lisvik on Friday, officials said.", "Protesters gathered outside the town hall with banners against the treaty.", "A brass band played in the square after the ceremony."),
        };

        var briefing = BriefingBuilderTests.Build(documents);

        var conflict = Assert.Single(briefing.Contradictions, c => c.Kind == "status");
        Assert.Equal("sign", conflict.Subject);
        Assert.Equal(["planned", "done"], conflict.Claims.Select(c => c.Value));
        Assert.Equal([documents[0].Id, documents[1].Id], conflict.Claims.Select(c => c.Citations[0].Source));
        CitationAssert.AllLandOnText(briefing, documents);
    }

    [Fact]
    public void Agreeing_tenses_or_the_same_publisher_are_not_status_conflicts()
    {
        var documents = new List<Document>
        {
            Article("a", "Harbour Daily", Day(4), "The two governments signed the border agreement in Lisvik on Friday, officials said.", "Fishing crews hope the deal ends years of disputes over the northern banks.", "Customs posts on both sides closed at noon."),
            Article("b", "North Wire", Day(5), "On Friday the two governments signed the border agreement in Lisvik, officials said.", "Protesters gathered outside the town hall with banners against the treaty.", "A brass band played in the square after the ceremony."),
            Article("c", "North Wire", Day(3), "The two governments will sign the border agreement in Lisvik on Friday, officials said.", "Hotels in Lisvik were fully booked for the week of the ceremony.", "Police closed the coastal road for the visit."),
        };

        var briefing = BriefingBuilderTests.Build(documents);

        // c (planned) and b (done) share a publisher; a (done) agrees with b. Only a-versus-c disagrees across publishers.
        var conflict = Assert.Single(briefing.Contradictions, c => c.Kind == "status");
        Assert.Equal([documents[2].Id, documents[0].Id], conflict.Claims.Select(c => c.Citations[0].Source));
    }

    [Fact]
    public void Quality_signals_name_doubled_words_lower_case_names_garbled_names_and_boilerplate()
    {
        var entities = new[] { ("Petra Lund", EntityType.Person), ("Petra Lunt", EntityType.Person), ("Velmar", EntityType.Location) };
        var clean1 = new TestDoc
        {
            Source = "clean1", SiteName = "Velmar News", Published = Day(1), Entities = entities,
            Paragraphs = ["Mayor Petra Lund opened the new bridge in Velmar on Monday.", "Petra Lund said the bridge cost less than planned.", "Velmar residents cheered."],
        }.Build();
        var clean2 = new TestDoc
        {
            Source = "clean2", SiteName = "Valley Radio", Published = Day(2), Entities = entities,
            Paragraphs = ["Crowds in Velmar watched Petra Lund cut the ribbon at the bridge.", "The old crossing had been closed for two years.", "Traffic began to flow in the afternoon."],
        }.Build();
        var rough = new TestDoc
        {
            Source = "rough", SiteName = "Aggregator", Published = Day(3), Entities = entities,
            Paragraphs =
            [
                "The mayor Petra Lunt has opened the the new bridge in velmar on Monday.",
                "According to the mayor the bridge was und cheaper than planned.",
                "Share this page. Subscribe now. Follow us on every network for more news and more offers every day.",
            ],
            Excluded = [2],
        }.Build();

        var briefing = new BriefingBuilder(new TextGrouper(new Dictionary<string, string> { ["Petra Lunt"] = "Petra Lund" }), new ShingleCopyDetector(), new BriefingOptions())
            .Build([clean1, clean2, rough]);

        var quality = briefing.Sources.Single(s => s.Id == rough.Id).Quality!;
        Assert.Equal(1, quality.DoubledWords);
        Assert.Equal(1, quality.LowercaseNames);
        Assert.Equal(1, quality.ForeignFunctionWords);
        Assert.True(quality.TranslationArtifactsPerThousandWords > 100);
        Assert.InRange(quality.BoilerplateShare, 0.3, 0.7);
        var garbled = Assert.Single(quality.GarbledNames);
        Assert.Equal(("Petra Lunt", "Petra Lund"), (garbled.Text, garbled.Canonical));
        Assert.Equal("Petra Lunt", rough.Text[garbled.At.Start..garbled.At.End]);
        Assert.Contains(quality.Notes, n => n.Contains("velmar", StringComparison.Ordinal));

        var clean = briefing.Sources.Single(s => s.Id == clean1.Id).Quality!;
        Assert.Equal((0, 0, 0, 0.0), (clean.DoubledWords, clean.LowercaseNames, clean.ForeignFunctionWords, clean.BoilerplateShare));
        Assert.Empty(clean.GarbledNames);
        Assert.Empty(clean.Notes);

        // Signals never hide a source: all three are listed and cited.
        Assert.Equal(3, briefing.Sources.Count);
    }

    [Fact]
    public void Literal_translation_shows_as_dense_articles_and_genitives_relative_to_the_other_sources()
    {
        var documents = new List<Document>
        {
            Article("a", "One", Day(1), "Farmers in Oskby harvested a record crop of apples this autumn.", "Prices fell at the market as buyers waited for lower offers."),
            Article("b", "Two", Day(2), "Storms closed two roads near Brevik, and crews worked overnight.", "Schools stayed open while buses took longer routes."),
            Article("c", "Three", Day(3), "A new library opened in Lunde with reading rooms for children.", "Volunteers carried books from the old building in boxes."),
            Article("d", "Four", Day(4), "The land of the farmers of the valley is the heart of the region of the north.", "The price of the apples of the market fell at the end of the week of the harvest."),
        };

        var briefing = BriefingBuilderTests.Build(documents);

        var literal = briefing.Sources.Single(s => s.Id == documents[3].Id).Quality!;
        Assert.True(literal.FunctionWordRatio >= 1.4, $"ratio {literal.FunctionWordRatio}");
        Assert.Contains(literal.Notes, n => n.Contains("literal translation", StringComparison.Ordinal));
        Assert.All(briefing.Sources.Where(s => s.Id != documents[3].Id), s => Assert.True(s.Quality!.FunctionWordRatio < 1.4));
    }

    [Fact]
    public void A_copy_lists_the_sentences_it_shares_with_its_original()
    {
        var documents = StoryCorpus.All();
        var briefing = BriefingBuilderTests.Build(documents);

        var paraphrase = briefing.Sources.Single(s => s.CopyKind == "paraphrase");
        Assert.NotNull(paraphrase.CopyEvidence);
        Assert.InRange(paraphrase.CopyEvidence.Count, 2, CopyEvidenceFinderMax);
        Assert.All(paraphrase.CopyEvidence, e =>
        {
            Assert.Equal(paraphrase.Id, e.Copy.Source);
            Assert.Equal(paraphrase.CopyOf, e.Original.Source);
            Assert.InRange(e.Similarity, 0.5, 1.0);
        });
        Assert.Null(briefing.Sources.Single(s => s.CopyOf is null && s.Title == "Norrhaven strike enters third day").CopyEvidence);
    }

    private const int CopyEvidenceFinderMax = 5;

    private static Document Article(string source, string site, DateTimeOffset published, params string[] paragraphs) =>
        new TestDoc { Source = source, SiteName = site, Published = published, Paragraphs = paragraphs }.Build();
}
