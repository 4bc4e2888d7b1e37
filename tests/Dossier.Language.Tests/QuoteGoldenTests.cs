using Dossier.Core;

namespace Dossier.Language.Tests;

/// <summary>
/// The project's golden quote set: invented sentences, one or more per quote style and speaker pattern. Each case
/// states the content, direct flag, speaker span text and canonical speaker name the quote finder must produce.
/// </summary>
public class QuoteGoldenTests
{
    public static TheoryData<string, string, string, bool, string?, string?> Cases => new()
    {
        // name, text, content, direct, speaker, speakerName
        { "straight double quotes", "President Alexander Vorenko spoke.\n\n\"We will not sign this paper today,\" Vorenko said.", "We will not sign this paper today", true, "Vorenko", "Alexander Vorenko" },
        { "curly double quotes, cue before speaker", "\u201CThe border stays closed for now,\u201D said Minister Hedda Lunn.", "The border stays closed for now", true, "Hedda Lunn", "Hedda Lunn" },
        { "guillemets after a colon", "Foreign Minister Mira Stan told reporters: \u00ABThere can be no ceasefire in the valley.\u00BB", "There can be no ceasefire in the valley.", true, "Mira Stan", "Mira Stan" },
        { "low-high German quotes", "\u201EWir verhandeln weiter mit allen Seiten\u201C, said Chancellor Ute Brehm.", "Wir verhandeln weiter mit allen Seiten", true, "Ute Brehm", "Ute Brehm" },
        { "single quotes", "'We are not leaving this city,' Mayor Ana Voss said.", "We are not leaving this city", true, "Ana Voss", "Ana Voss" },
        { "curly single quotes", "\u2018Nobody here wants another winter of shelling,\u2019 said Mayor Ana Voss.", "Nobody here wants another winter of shelling", true, "Ana Voss", "Ana Voss" },
        {
            "quote split by its cue",
            "Minister Jarek Olm spoke late.\n\n\"We will not sign,\" Olm said, \"unless the troops leave the valley.\"",
            "We will not sign,\" Olm said, \"unless the troops leave the valley.", true, "Olm", "Jarek Olm"
        },
        {
            "quote split by a cue sentence",
            "\"The valley is ours,\" Olm said on Monday at the border crossing. \"Nobody will take it from us, not this year and not ever.\"",
            "The valley is ours,\" Olm said on Monday at the border crossing. \"Nobody will take it from us, not this year and not ever.", true, "Olm", "Olm"
        },
        {
            // One span cannot skip the interruption: when it is longer than the words quoted, the parts stay apart.
            "quote interrupted by a long description of its speaker",
            "\"We keep the bridge,\" said Rick Vane, a retired colonel who commanded the northern garrison for a decade and now advises the council. \"And the river.\"",
            "We keep the bridge", true, "Rick Vane", "Rick Vane"
        },
        {
            "the quote's own sentence names its speaker before an earlier quote continues",
            "Mayor Ana Voss praised the crews. \"The roof will hold until spring,\" she said. Minister Jarek Olm offered \"his thanks to every family in the valley.\"",
            "his thanks to every family in the valley.", true, "Jarek Olm", "Jarek Olm"
        },
        {
            "a report inside a report keeps the outer speaker",
            "Mayor Ana Voss said she expects an \"aggressive appeal of the ruling by the council.\"",
            "she expects an \"aggressive appeal of the ruling by the council.", true, "Ana Voss", "Ana Voss"
        },
        {
            "mixed quote starts after the nearest verb of saying",
            "Mayor Ana Voss praised the crews and said that the council had \"no plan for the winter at all.\"",
            "the council had \"no plan for the winter at all.", true, "Ana Voss", "Ana Voss"
        },
        { "a document speaks", "The report claims \"the convoy left the valley before the shelling began.\"", "the convoy left the valley before the shelling began.", true, "The report", null },
        {
            "a quote ending its sentence takes no cue from the next sentence",
            "\"We keep the bridge,\" Olm said. \"And we keep the river.\" Vane later told reporters the talks had failed.",
            "We keep the bridge,\" Olm said. \"And we keep the river.", true, "Olm", "Olm"
        },
        {
            "multi-paragraph quote, opening mark repeated",
            "Foreign Minister Hedda Lunn spoke for an hour.\n\n\"We came to this table in good faith and we stayed when others left.\n\n\"We will leave it in good faith, too, if nothing changes,\" she said.",
            "We came to this table in good faith and we stayed when others left.", true, "she", "Hedda Lunn"
        },
        {
            "mixed quote",
            "Prime Minister Oriana Falk said the offer was \"an insult to every family in the valley\" and left the hall.",
            "the offer was \"an insult to every family in the valley\" and left the hall", true, "Oriana Falk", "Oriana Falk"
        },
        { "indirect with that", "Prime Minister Oriana Falk said that the valley is not on the table.", "the valley is not on the table", false, "Oriana Falk", "Oriana Falk" },
        { "according to", "According to the ministry, the convoy left the valley at dawn.", "the convoy left the valley at dawn", false, "the ministry", null },
        {
            "wrote on social media that",
            "Mayor Ana Voss wrote on social media that the water supply would be restored by Friday.",
            "the water supply would be restored by Friday", false, "Ana Voss", "Ana Voss"
        },
        {
            "pronoun continues the last speaker",
            "Mayor Ana Voss visited the shelter on Tuesday.\n\n\"The roof will hold until spring,\" she continued.",
            "The roof will hold until spring", true, "she", "Ana Voss"
        },
        {
            "role noun speaker",
            "Deputy Minister Ivo Marek met the families.\n\n\"Every family will be housed before winter,\" the minister added.",
            "Every family will be housed before winter", true, "the minister", "Ivo Marek"
        },
        {
            "anonymous source kept anonymous",
            "\"The offensive will not stop at the river,\" a senior Ukrainian official said.",
            "The offensive will not stop at the river", true, "a senior Ukrainian official", null
        },
        {
            "nested quotes",
            "\u201CHe looked at me and said \u2018We will never sign,\u2019 and then he left the room,\u201D said Ivo Marek.",
            "He looked at me and said \u2018We will never sign,\u2019 and then he left the room", true, "Ivo Marek", "Ivo Marek"
        },
        {
            "quote in a headline",
            "Lunn: \u2018We will not sign this deal\u2019\n\nForeign Minister Hedda Lunn rejected the draft on Monday.",
            "We will not sign this deal", true, "Lunn", "Hedda Lunn"
        },
        {
            "curly opening mark closed by a straight one",
            "\u201CThe border stays closed until the talks resume,\" Ivo Marek said. \u201CNobody crosses.\u201D",
            "The border stays closed until the talks resume,\" Ivo Marek said. \u201CNobody crosses.", true, "Ivo Marek", "Ivo Marek"
        },
        {
            "speaker named in apposition after the quote",
            "\"We need him because life is very hard here,\" his wife, Hedda Lunn, wrote in a letter.",
            "We need him because life is very hard here", true, "Hedda Lunn", "Hedda Lunn"
        },
        {
            "anonymous speaker phrase after the quote",
            "\"It is great fun watching the dogfight in the capital,\" one local farmer wrote.",
            "It is great fun watching the dogfight in the capital", true, "one local farmer", null
        },
        {
            "signed quote",
            "\u201CThe debate changed nothing for me and my neighbours.\u201D \u2015 Esther Colm",
            "The debate changed nothing for me and my neighbours.", true, "Esther Colm", "Esther Colm"
        },
        {
            "mixed quote with a nominal cue (called X a “…”)",
            "Deputy Minister Ivo Marek on Monday called the draft treaty a \u201Cshameful surrender.\u201D",
            "the draft treaty a \u201Cshameful surrender.", true, "Ivo Marek", "Ivo Marek"
        },
        {
            "title-case words before their own cue are spoken, not a title",
            "Mayor Ana Voss waved at the crowd.\n\n\"Never Again,\" Voss replied.",
            "Never Again", true, "Voss", "Ana Voss"
        },
        {
            "participle cue after several introductory phrases takes the subject after them",
            "On Thursday, after weeks of silence, Mayor Ana Voss endorsed the plan, saying it was \"the only way through the winter.\"",
            "it was \"the only way through the winter.", true, "Ana Voss", "Ana Voss"
        },
        {
            "a second verb of saying after the cue starts a report of its own",
            "Minister Jarek Olm spoke late.\n\n\"We keep the bridge,\" Olm said, adding that the council had \"no plan for the winter.\"",
            "the council had \"no plan for the winter.", true, "Olm", "Jarek Olm"
        },
        {
            "party tag in parentheses between the speaker and the cue",
            "\"Subpoenas are not optional for anyone,\" Rep. Ana Voss (R-Elm.) said after the hearing.",
            "Subpoenas are not optional for anyone", true, "Rep. Ana Voss", null
        },
        {
            "party tag in parentheses before an appositive",
            "\"Nobody gets a different set of rules,\" Rep. Ivo Marek (D-Elm.), a member of the panel, said.",
            "Nobody gets a different set of rules", true, "Rep. Ivo Marek", null
        },
        {
            "a name right before the colon labels the quote",
            "THE VALLEY WAITS - Hedda Lunn: \u201CThe talks will resume in spring and not a day before.\u201D",
            "The talks will resume in spring and not a day before.", true, "Hedda Lunn", "Hedda Lunn"
        },
        {
            "a description before the name after the cue",
            "\"The river took everything we had, and the council did nothing,\" said 9/11 widow Esther Colm.",
            "The river took everything we had, and the council did nothing", true, "Esther Colm", "Esther Colm"
        },
        {
            "mixed quote after a participle cue takes the sentence subject",
            "Mayor Ana Voss rejected the plan, calling it \u201Ctheatre\u201D in front of the council.",
            "it \u201Ctheatre\u201D in front of the council", true, "Ana Voss", "Ana Voss"
        },
        {
            "mixed quote starts after 'that' and the cue's adverbials",
            "Hedda Lunn said on Sunday in a radio interview that the border was \u201Cnot for sale\u201D and never would be.",
            "the border was \u201Cnot for sale\u201D and never would be", true, "Hedda Lunn", "Hedda Lunn"
        },
        {
            "mixed quote ends at the clause break after the quote",
            "Olm described the offer as \u201Cvery generous\u201D to the valley, which surprised his own party.",
            "the offer as \u201Cvery generous\u201D to the valley", true, "Olm", null
        },
        {
            "mixed clause before its cue, the comma inside the closing mark",
            "The harvest came in late and the mill was \u201Ca total loss this year,\u201D the cooperative said in a statement.",
            "The harvest came in late and the mill was \u201Ca total loss this year", true, "the cooperative", null
        },
        {
            "narration before a colon is not part of the reported words",
            "Mayor Ana Voss seemed to answer her critics: \u201CThe bridge stays open,\u201D she said.",
            "The bridge stays open", true, "she", "Ana Voss"
        },
        {
            "a mixed quote before its cue runs on in the part after the cue",
            "Minister Jarek Olm spoke late.\n\nYet the plan is also \u201Ca start,\u201D Olm said. \u201CThe valley has waited long enough.\u201D",
            "Yet the plan is also \u201Ca start,\u201D Olm said. \u201CThe valley has waited long enough.", true, "Olm", "Jarek Olm"
        },
        {
            "a reported clause ends before a participle of saying",
            "Mayor Ana Voss told the council that the bridge would reopen in May, saying the repairs were \u201Cnearly finished.\u201D",
            "the bridge would reopen in May", false, "Ana Voss", "Ana Voss"
        },
        {
            "the participle of saying reports a clause of its own",
            "Mayor Ana Voss told the council that the bridge would reopen in May, saying the repairs were \u201Cnearly finished.\u201D",
            "the repairs were \u201Cnearly finished.", true, "Ana Voss", "Ana Voss"
        },
        {
            "a second verb of the same speaker ends the mixed quote",
            "Mayor Ana Voss said the offer was \u201Can insult to the valley\u201D and called for new talks in spring.",
            "the offer was \u201Can insult to the valley\u201D", true, "Ana Voss", "Ana Voss"
        },
        {
            "a conjunction after a mixed quote joins narration, not the reported words",
            "Mayor Ana Voss called the new toll \u201Ca tax on the poor\u201D and left the hall before the vote.",
            "the new toll \u201Ca tax on the poor\u201D", true, "Ana Voss", "Ana Voss"
        },
        {
            "a verb of hinting takes a mixed quote as its complement",
            "Mayor Ana Voss implied that the council had \u201Cbroken its word\u201D on the bridge.",
            "the council had \u201Cbroken its word\u201D on the bridge", true, "Ana Voss", "Ana Voss"
        },
        {
            "a verb of defending words takes a mixed quote as its complement",
            "Mayor Ana Voss defended the new toll as \u201Ca fair price for the bridge.\u201D",
            "the new toll as \u201Ca fair price for the bridge.", true, "Ana Voss", "Ana Voss"
        },
        {
            "a verb of judging takes a mixed quote as its complement",
            "Mayor Ana Voss decried the \u201Creckless haste\u201D of the council vote.",
            "the \u201Creckless haste\u201D of the council vote", true, "Ana Voss", "Ana Voss"
        },
        {
            "a quote opening its clause, the clause going on before the cue",
            "\"We are tired and angry\" after a winter without power in the valley, Mayor Ana Voss said.",
            "We are tired and angry\" after a winter without power in the valley", true, "Ana Voss", "Ana Voss"
        },
        {
            "a mixed clause before a cue that comes before its speaker",
            "The new treaty marks \u201Cthe end of the old quarrel\u201D for the two ports, said Ivo Marek.",
            "The new treaty marks \u201Cthe end of the old quarrel\u201D for the two ports", true, "Ivo Marek", "Ivo Marek"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_quote(string name, string text, string content, bool direct, string? speaker, string? speakerName)
    {
        var d = TestDocs.Analyze(text);
        var quotes = d.Get(Layers.Quotes).Select(q => (Text: d.TextOf(q), q.Direct, Speaker: q.Speaker is { } s ? s.Slice(d.Text) : null, q.SpeakerName, q.Cue)).ToList();
        var found = quotes.Where(q => q.Text == content).ToList();
        Assert.True(found.Count == 1, $"{name}: expected '{content}', got [{string.Join(" | ", quotes.Select(q => q.Text))}]");
        var quote = found[0];
        Assert.Equal((direct, speaker), (quote.Direct, quote.Speaker));
        Assert.NotNull(quote.Cue);
        if (speakerName is not null)
        {
            Assert.Equal(speakerName, quote.SpeakerName);
        }
    }

    [Fact]
    public void Unbalanced_opening_mark_runs_to_the_end_of_its_paragraph_only()
    {
        var d = TestDocs.Analyze("\"We will not sign this paper, Olm said on Monday.\n\nThe talks resume in Geneva next week, officials said.");
        var quotes = d.Get(Layers.Quotes);
        Assert.All(quotes.Where(q => q.Direct), q => Assert.DoesNotContain("\n\n", d.TextOf(q), StringComparison.Ordinal));
        Assert.Contains(quotes, q => !q.Direct && d.TextOf(q) == "The talks resume in Geneva next week");
    }

    [Fact]
    public void Quoted_titles_and_scare_quotes_are_not_quotes()
    {
        var d = TestDocs.Analyze("Mira Stan watched \u201CThe Long Winter Of Port Elena\u201D on Sunday. The so-called \u201Creform\u201D passed anyway.");
        var quotes = d.Get(Layers.Quotes).Where(q => q.Direct).Select(d.TextOf).ToList();
        Assert.True(quotes.Count == 0, string.Join(" | ", quotes));
    }

    [Fact]
    public void A_wire_dateline_is_never_the_speaker()
    {
        var d = TestDocs.Analyze("MARVIK, June 3, 2026 (NNA) \u2014 Fishing and farming delegations sat at one table on Monday for the first time in a year, opening talks in this quiet port town that both sides described as \"slow but necessary\".");
        var speakers = d.Get(Layers.Quotes).Where(q => q.Speaker is not null).Select(q => q.Speaker!.Value.Slice(d.Text).ToString()).ToList();
        Assert.DoesNotContain(speakers, s => s.Contains("MARVIK", StringComparison.Ordinal));
    }

    [Fact]
    public void Stray_closing_mark_makes_no_quote()
    {
        var d = TestDocs.Analyze("The talks ended\u201D on Monday without a date for the next round.");
        Assert.DoesNotContain(d.Get(Layers.Quotes), q => q.Direct);
    }
}
