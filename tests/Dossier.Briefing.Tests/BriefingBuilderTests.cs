using Dossier.Core;
using Dossier.Stories.Copies;
using Dossier.Stories.Text;

namespace Dossier.Briefing.Tests;

public class BriefingBuilderTests
{
    internal static Briefing Build(IReadOnlyList<Document> documents, int sentences = 5) =>
        new BriefingBuilder(new TextGrouper(), new ShingleCopyDetector(), new BriefingOptions { SummarySentences = sentences })
            .Build(documents);

    [Fact]
    public void Every_citation_lands_on_the_cited_text()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents);

        Assert.True(CitationAssert.AllLandOnText(briefing, documents) > 10);
    }

    [Fact]
    public void Sources_are_ordered_by_date_and_mark_copies()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents);
        var original = documents[0].Id;

        Assert.Equal(5, briefing.Sources.Count);
        Assert.Equal(original, briefing.Sources[0].Id);
        var paraphrase = briefing.Sources.Single(s => s.Id == documents[1].Id);
        Assert.Equal(original, paraphrase.CopyOf);
        Assert.Equal("paraphrase", paraphrase.CopyKind);
        var exact = briefing.Sources.Single(s => s.Id == documents[3].Id);
        Assert.Equal(original, exact.CopyOf);
        Assert.Equal("exact", exact.CopyKind);
        Assert.Null(briefing.Sources.Single(s => s.Id == documents[2].Id).CopyOf);
        var undated = briefing.Sources[^1];
        Assert.Equal(documents[4].Id, undated.Id);
        Assert.Null(undated.Published);
        Assert.Equal("2026-03-06", undated.Dct);
        Assert.True(undated.DctEstimated);
        Assert.Equal("2026-03-02T09:00:00+00:00", briefing.Sources[0].Published);
    }

    [Fact]
    public void Summary_has_the_requested_size_no_redundancy_no_junk_and_no_copied_sentences()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents, sentences: 6);
        var copies = new HashSet<string>([documents[1].Id, documents[3].Id]);

        Assert.Equal(6, briefing.Summary.Count);
        foreach (var item in briefing.Summary)
        {
            Assert.DoesNotContain(item.Citations[0].Source, copies);
            Assert.DoesNotContain("Share this", item.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Follow us", item.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("?", item.Text, StringComparison.Ordinal);
        }

        for (var i = 0; i < briefing.Summary.Count; i++)
        {
            for (var j = i + 1; j < briefing.Summary.Count; j++)
            {
                Assert.True(
                    SentenceSimilarity.Score(briefing.Summary[i].Text, briefing.Summary[j].Text) < SentenceSimilarity.ParaphraseThreshold,
                    $"redundant: '{briefing.Summary[i].Text}' / '{briefing.Summary[j].Text}'");
            }
        }
    }

    [Fact]
    public void Summary_is_chronological_by_source_then_position()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents, sentences: 8);
        var rank = briefing.Sources.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var keys = briefing.Summary.Select(s => (rank[s.Citations[0].Source], s.Citations[0].Start)).ToList();

        Assert.Equal(keys.OrderBy(k => k.Item1).ThenBy(k => k.Start), keys);
    }

    [Fact]
    public void Summary_counts_independent_sources_that_say_the_same()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents, sentences: 8);

        // Copies of the original never count as corroboration.
        foreach (var item in briefing.Summary.Where(s => s.Citations[0].Source == documents[0].Id))
        {
            Assert.DoesNotContain(item.Support, c => c.Source == documents[1].Id && item.SupportingSources > 1);
        }

        Assert.All(briefing.Summary, s => Assert.InRange(s.SupportingSources, 0, 4));
    }

    [Fact]
    public void Timeline_is_ordered_by_date_and_cites_the_original_once_per_event()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents);

        var dates = briefing.Timeline.Select(e => e.Date).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("2026-03-01", dates);
        Assert.Contains("2026-03-06", dates);

        // The strike start of 2 March is told by the original, its paraphrase and its exact copy: one entry, from the original.
        var monday = Assert.Single(briefing.Timeline, e => e.Date == "2026-03-02");
        Assert.Equal(documents[0].Id, monday.Citations[0].Source);
        Assert.Contains(monday.Citations.Concat(monday.Support), c => c.Source == documents[1].Id);
        Assert.Contains(monday.Citations, c => c.Source == documents[3].Id);
        Assert.Equal(0, monday.SupportingSources);
    }

    [Fact]
    public void Quotes_resolve_their_speaker_entity()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents);

        var holt = briefing.Entities.Single(e => e.Name == "Maren Holt");
        Assert.Equal("PER", holt.Type);
        var quote = briefing.Quotes.First(q => q.SpeakerName == "Maren Holt");
        Assert.Equal(holt.Id, quote.SpeakerId);
        Assert.True(quote.Direct);
        Assert.StartsWith("We will not unload", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_are_sorted_by_documents_then_mentions_and_skip_excluded_text()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents);

        var keys = briefing.Entities.Select(e => (e.Documents, e.Mentions.Count)).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Documents).ThenByDescending(k => k.Count), keys);
        Assert.Equal("Norrhaven", briefing.Entities[0].Name);
        Assert.Equal(5, briefing.Entities[0].Documents);
    }

    [Fact]
    public void Faq_answers_with_cited_sentences()
    {
        var documents = StoryCorpus.All();
        var briefing = Build(documents);

        var questions = briefing.Faq.Select(f => f.Question).ToList();
        Assert.Contains("Who is involved?", questions);
        Assert.Contains("What happened most recently?", questions);
        Assert.Contains("Who said what?", questions);
        Assert.Contains("Which sources copy each other?", questions);
        Assert.All(briefing.Faq, f => Assert.NotEmpty(f.Answer));
        var recent = briefing.Faq.Single(f => f.Question == "What happened most recently?").Answer;
        Assert.Contains("2026-03-06", recent.Select(a => a.Note));
        var copies = briefing.Faq.Single(f => f.Question == "Which sources copy each other?").Answer;
        Assert.Equal(2, copies.Count);
    }

    [Fact]
    public void Output_does_not_depend_on_input_order()
    {
        var documents = StoryCorpus.All();
        var reversed = documents.AsEnumerable().Reverse().ToList();
        var renderer = new JsonBriefingRenderer();

        var first = new StringWriter();
        renderer.Render(Build(documents), first);
        var second = new StringWriter();
        renderer.Render(Build(reversed), second);

        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void Empty_input_gives_an_empty_briefing()
    {
        var briefing = Build([]);

        Assert.Empty(briefing.Sources);
        Assert.Empty(briefing.Summary);
        Assert.Empty(briefing.Faq);
    }

    [Fact]
    public void Documents_without_layers_still_get_cited_sentences()
    {
        var document = new Document(
            "Rain flooded the lower town of Brisk on Tuesday night. The river rose two metres in six hours and swept away a bridge. Volunteers filled sandbags until dawn while the mayor asked residents to stay indoors.",
            new SourceMetadata { Source = "bare.txt" });

        var briefing = Build([document], sentences: 2);

        Assert.Equal(2, briefing.Summary.Count);
        CitationAssert.AllLandOnText(briefing, [document]);
    }
}
