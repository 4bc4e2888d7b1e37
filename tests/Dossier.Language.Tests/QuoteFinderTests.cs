using Dossier.Core;

namespace Dossier.Language.Tests;

public class QuoteFinderTests
{
    private static (string Text, bool Direct, string? Speaker, string? Cue, string? Name)[] Quotes(string text)
    {
        var d = TestDocs.Analyze(text);
        return [.. d.Get(Layers.Quotes).Select(q => (d.TextOf(q), q.Direct, q.Speaker is { } s ? s.Slice(d.Text) : null, q.Cue is { } c ? c.Slice(d.Text) : null, q.SpeakerName))];
    }

    [Fact]
    public void Quote_then_speaker_then_cue()
    {
        var q = Quotes("President Alexander Vorenko spoke.\n\n\"We will not sign this paper today,\" Vorenko said.");
        Assert.Contains(("We will not sign this paper today", true, "Vorenko", "said", "Alexander Vorenko"), q);
    }

    [Fact]
    public void A_subject_set_off_by_commas_before_its_cue_is_not_reported_words()
    {
        // "said he regretted …" is not the inverted "…, said he.": the words before the comma are the speaker.
        var q = Quotes("The mediator, Ambassador Ivo Marek of the Harbour Council, said he regretted the walkout but did not regard the talks as over.");
        Assert.DoesNotContain(q, x => x.Text.StartsWith("The mediator", StringComparison.Ordinal));
    }

    [Fact]
    public void Cue_before_speaker_after_quote()
    {
        var q = Quotes("“The border stays closed for now,” said Minister Hedda Lunn.");
        Assert.Contains(("The border stays closed for now", true, "Hedda Lunn", "said", "Hedda Lunn"), q);
    }

    [Fact]
    public void Quote_split_by_a_cue()
    {
        var q = Quotes("Minister Jarek Olm spoke late.\n\n\"We will not sign,\" Olm said, \"unless the troops leave the valley.\"");
        // One attribution, one content: the two parts and the cue between them are a single span.
        var quote = Assert.Single(q, x => x.Direct);
        Assert.Equal("We will not sign,\" Olm said, \"unless the troops leave the valley.", quote.Text);
        Assert.Equal(("Olm", "said", "Jarek Olm"), (quote.Speaker, quote.Cue, quote.Name));
    }

    [Fact]
    public void Multi_sentence_quote_and_pronoun_speaker()
    {
        var q = Quotes("Ambassador Idris Halvik met both sides. \"Nobody expected a deal. What matters is the table,\" he said.");
        var quote = Assert.Single(q, x => x.Direct);
        Assert.Equal("Nobody expected a deal. What matters is the table", quote.Text);
        Assert.Equal("he", quote.Speaker);
        Assert.Equal("Idris Halvik", quote.Name);
    }

    [Fact]
    public void Speaker_and_colon_before_the_quote()
    {
        var q = Quotes("Foreign Minister Mira Stan told reporters: «There can be no ceasefire in the valley.»");
        Assert.Contains(q, x => x.Direct && x.Text == "There can be no ceasefire in the valley." && x.Name == "Mira Stan");
    }

    [Fact]
    public void German_style_quotes()
    {
        var q = Quotes("„Wir verhandeln weiter mit allen Seiten“, said Chancellor Ute Brehm.");
        Assert.Contains(q, x => x.Direct && x.Text == "Wir verhandeln weiter mit allen Seiten" && x.Name == "Ute Brehm");
    }

    [Fact]
    public void Two_speakers_in_one_paragraph_are_not_mixed_up()
    {
        var q = Quotes("Foreign Minister Tomas Brenk and President Alexander Vorenko met.\n\n"
            + "\"The offer stands,\" Brenk said. Vorenko answered at once: \"The offer is an insult to every family.\" "
            + "\"We will wait,\" Brenk said.");
        Assert.Contains(q, x => x.Text == "The offer stands" && x.Name == "Tomas Brenk");
        Assert.Contains(q, x => x.Text == "The offer is an insult to every family." && x.Name == "Alexander Vorenko");
        Assert.Contains(q, x => x.Text == "We will wait" && x.Name == "Tomas Brenk");
    }

    [Fact]
    public void Continued_quote_in_the_next_paragraph_keeps_the_speaker()
    {
        var q = Quotes("\"We came in good faith,\" Minister Hedda Lunn said.\n\n\"We will leave in good faith, too, if nothing changes.\"");
        Assert.Contains(q, x => x.Text == "We will leave in good faith, too, if nothing changes." && x.Name == "Hedda Lunn");
    }

    [Fact]
    public void Indirect_quote_with_that()
    {
        var q = Quotes("Prime Minister Oriana Falk said that the valley is not on the table.");
        Assert.Contains(("the valley is not on the table", false, "Oriana Falk", "said", "Oriana Falk"), q);
    }

    [Fact]
    public void Indirect_quote_without_that_and_noun_phrase_speaker()
    {
        var q = Quotes("The ministry said the convoy would leave at dawn.");
        Assert.Contains(q, x => !x.Direct && x.Text == "the convoy would leave at dawn" && x.Speaker == "The ministry");
    }

    [Fact]
    public void Told_reporters_that()
    {
        var q = Quotes("Mira Stan told reporters before the session that her position had not changed.");
        Assert.Contains(q, x => !x.Direct && x.Text == "her position had not changed" && x.Name == "Mira Stan");
    }

    [Fact]
    public void Scare_quotes_without_a_speaker_are_ignored()
    {
        var q = Quotes("Both sides called the talks \"difficult\" on Monday.");
        Assert.DoesNotContain(q, x => x.Direct);
    }

    [Fact]
    public void Unambiguous_single_quotes_only()
    {
        var q = Quotes("'We are not leaving this city,' Mayor Ana Voss said. The officials' plan was dropped.");
        Assert.Contains(q, x => x.Direct && x.Text == "We are not leaving this city" && x.Name == "Ana Voss");
        Assert.Single(q, x => x.Direct);
    }

    [Fact]
    public void Transcript_turns_are_quotes_of_their_label()
    {
        var q = Quotes("Anchor Maria Holt spoke to the envoy.\n\nHOLT: Let us start with the news from the border.\n\n\"HALVIK: The talks will go on next week, whatever happens.\"");
        Assert.Contains(("Let us start with the news from the border.", true, "HOLT", null, "Maria Holt"), q);
        Assert.Contains(q, x => x.Text.StartsWith("The talks will go on", StringComparison.Ordinal) && x.Speaker == "HALVIK" && x.Name == "Halvik");
    }

    [Fact]
    public void A_lone_upper_case_head_is_not_a_transcript_turn()
    {
        var q = Quotes("Esther Colm reports from the coast.\n\nWATCH: The harbour of Port Elena floods again after a week of storms.\n\nThe council met on Monday.");
        Assert.DoesNotContain(q, x => x.Direct);

        // Two turns make a transcript even when neither label names a person of the article.
        var turns = Quotes("HOST: Welcome back to the program tonight.\n\nGUEST: Thank you for having me here again.");
        Assert.Equal(2, turns.Count(x => x.Direct));
    }

    [Fact]
    public void According_to_gives_an_indirect_quote()
    {
        var q = Quotes("According to the ministry, the convoy left the valley at dawn.");
        Assert.Contains(q, x => !x.Direct && x.Text == "the convoy left the valley at dawn" && x.Speaker == "the ministry" && x.Cue == "According to");
    }

    [Fact]
    public void Time_words_are_not_speakers()
    {
        var q = Quotes("This week the company said it would cut its prices.");
        Assert.DoesNotContain(q, x => x.Speaker == "This week");
    }

    [Fact]
    public void Participle_cue_takes_the_sentence_subject()
    {
        var q = Quotes("Marvian officials rejected the offer within hours, saying that a truce would freeze the occupation.");
        Assert.Contains(q, x => !x.Direct && x.Text == "a truce would freeze the occupation" && x.Speaker == "Marvian officials" && x.Cue == "saying");
    }

    [Fact]
    public void Reports_that_find_things_are_sources()
    {
        var q = Quotes("A survey by the institute found that most voters want a ceasefire.");
        Assert.Contains(q, x => !x.Direct && x.Text == "most voters want a ceasefire" && x.Cue == "found");
    }

    /// <summary>Texts that stop inside or right after a quote: the speaker search must not run past the last token.</summary>
    [Theory]
    [InlineData("In May, a federal judge sided with them, saying \"")]
    [InlineData("In May, a federal judge sided with them, saying \"the")]
    [InlineData("Instead, officials \"")]
    [InlineData("\"We will not sign,\" Anna Berg")]
    [InlineData("Valdorian officials \"agreed")]
    [InlineData("The minister, \u201c")]
    public void Quotes_that_run_to_the_end_of_the_text_do_not_fail(string text)
    {
        var d = TestDocs.Analyze(text);

        foreach (var quote in d.Get(Layers.Quotes))
        {
            Assert.InRange(quote.End, quote.Start, text.Length);
        }
    }
}
