using Dossier.Core;

namespace Dossier.Language.Tests;

/// <summary>
/// One case per speaker pattern the quote finder resolves (issue 6), in invented wording: which mention is the
/// speaker (the span PolNeAR would mark as the source) and which canonical name it stands for.
/// </summary>
public class QuoteSpeakerGoldenTests
{
    private static (string Text, string? Speaker, string? Name) DirectQuote(string text, string contains)
    {
        var d = TestDocs.Analyze(text);
        var q = Assert.Single(d.Get(Layers.Quotes), x => x.Direct && d.TextOf(x).Contains(contains, StringComparison.Ordinal));
        return (d.TextOf(q), q.Speaker is { } s ? s.Slice(d.Text) : null, q.SpeakerName);
    }

    [Fact]
    public void Relative_pronoun_after_a_named_person_is_the_speaker_and_names_them()
    {
        var q = DirectQuote("The harbour reopened on Monday, said Marta Quell, who said the repairs were \"long overdue and badly planned.\"", "overdue");
        Assert.Equal(("who", "Marta Quell"), (q.Speaker, q.Name));
    }

    [Fact]
    public void Pronoun_inside_a_report_gives_way_to_the_reporting_speaker()
    {
        var q = DirectQuote("Senator Lina Okafor told reporters she believed the new levy was \"a tax on bread and nothing else.\"", "levy");
        Assert.Equal(("Lina Okafor", "Lina Okafor"), (q.Speaker, q.Name));
    }

    [Fact]
    public void Paragraph_announced_by_a_colon_takes_the_subject_of_its_verb_of_saying()
    {
        var q = DirectQuote("The port authority answered the complaint within a day, and the harbour master, Piet Vandal, responded:\n\n\"We have checked every crane twice and found nothing wrong with them.\"", "crane");
        Assert.Equal(("Piet Vandal", "Piet Vandal"), (q.Speaker, q.Name));
    }

    [Fact]
    public void Second_part_after_an_attribution_sentence_naming_another_person_keeps_the_speaker()
    {
        var text = "Farmers gathered at dawn.\n\n\"The river rose faster than anyone remembered,\" Joss Amberley said after a meeting with Nadia Ferro, who runs the cooperative. \"We lost the whole barley harvest in two nights.\"";
        var q = DirectQuote(text, "barley");
        Assert.Equal(("Joss Amberley", "Joss Amberley"), (q.Speaker, q.Name));
    }

    [Fact]
    public void Short_sentence_right_after_the_quote_names_the_speaker()
    {
        var q = DirectQuote("The count went on through the night.\n\n\"We will accept whatever the ballots say, even if it hurts.\" Teodor Maric said.", "ballots");
        Assert.Equal(("Teodor Maric", "Teodor Maric"), (q.Speaker, q.Name));
    }

    [Fact]
    public void Pronoun_after_the_announcing_verb_is_not_the_speaker()
    {
        var q = DirectQuote("Mayor Ada Rusk praised the firefighters and said she has what the city needs now: \"Patience, and a great deal of sand.\"", "sand");
        Assert.Equal("Ada Rusk", q.Name);
    }

    [Fact]
    public void Issuer_of_a_statement_is_the_speaker_of_its_words()
    {
        var q = DirectQuote("The Harbour Workers Union issued a statement saying the closure was \"a betrayal of every family on the docks.\"", "betrayal");
        Assert.Equal("Harbour Workers Union", q.Speaker);
    }

    [Fact]
    public void Sentence_opening_with_a_quote_takes_its_subject_after_the_quote()
    {
        var q = DirectQuote("\"She listens to us,\" Mila Brandt said, adding that the mayor was \"the only candidate who ever came to the market.\"", "market");
        Assert.Equal(("Mila Brandt", "Mila Brandt"), (q.Speaker, q.Name));
    }

    [Fact]
    public void Words_passed_on_by_a_reporter_are_attributed_to_the_reporter()
    {
        var q = DirectQuote("\"We will not close a single school this year,\" Governor Rosa Vidal said on Friday, according to a transcript of the radio show.", "single school");
        Assert.Equal("a transcript of the radio show", q.Speaker);
    }

    [Fact]
    public void Anonymous_source_after_the_cue_stays_anonymous()
    {
        var q = DirectQuote("\"Nobody in the cabinet believes the figures any more,\" said a longtime ally of the governor.", "figures");
        Assert.Equal("a longtime ally", q.Speaker);
        Assert.Null(q.Name);
    }

    [Fact]
    public void Quote_signed_in_the_paragraph_below()
    {
        var q = DirectQuote("\"The new bridge has changed how we shop, eat and visit our families.\"\n\n- Wanda Kessler, Port Elena.", "bridge");
        Assert.Equal(("Wanda Kessler", "Wanda Kessler"), (q.Speaker, q.Name));
    }

    [Fact]
    public void She_skips_a_man_named_after_the_woman_and_takes_her()
    {
        var q = DirectQuote("Minister Ana Voss met General Ivo Marek at the border post on Tuesday. \"We will wait for the inspectors,\" she said.", "inspectors");
        Assert.Equal(("she", "Ana Voss"), (q.Speaker, q.Name));
    }

    [Fact]
    public void She_never_resolves_to_a_man_marked_by_his_title()
    {
        var q = DirectQuote("Edda Brun spoke first at the hearing, followed by Mr. Tomas Rell. \"The figures do not add up,\" she said.", "figures");
        Assert.Equal("Edda Brun", q.Name);
    }

    [Fact]
    public void A_sentence_opening_with_he_after_a_sentence_about_one_man_marks_him_male()
    {
        var text = "Mayor Rhea Dunmore opened the session. Later Kai Orlen took the floor. He chairs the budget committee.\n\n\"We cannot pay for a second bridge,\" she said.";
        var q = DirectQuote(text, "bridge");
        Assert.Equal("Rhea Dunmore", q.Name);
    }

    [Fact]
    public void He_never_resolves_to_a_woman_marked_by_her_title()
    {
        var q = DirectQuote("Colonel Ivo Marek met Mrs. Lota Fenn near the ferry. \"The road stays closed until spring,\" he said.", "spring");
        Assert.Equal("Ivo Marek", q.Name);
    }
}
