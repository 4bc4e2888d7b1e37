using Dossier.Core;

namespace Dossier.Ner.Tests;

/// <summary>
/// The rules applied to the tagger's mentions (<see cref="MentionCleanup"/>), on invented news sentences with the
/// mistakes a tagger makes at the edges of names given as its output.
/// </summary>
public class MentionCleanupTests
{
    // The mentions are the given substrings (each the first occurrence after the previous one).
    private static List<(string Text, EntityType Type)> Clean(string text, params (string Text, EntityType Type)[] tagged)
    {
        var mentions = new List<EntityMention>();
        var from = 0;
        foreach (var (t, type) in tagged)
        {
            var at = text.IndexOf(t, from, StringComparison.Ordinal);
            Assert.True(at >= 0, t);
            mentions.Add(new EntityMention(at, at + t.Length, type));
            from = at + t.Length;
        }

        return [.. MentionCleanup.Apply(text, mentions).Select(m => (text[m.Start..m.End], m.Type))];
    }

    [Fact]
    public void Trailing_lower_case_words_are_not_part_of_a_name()
    {
        var result = Clean("The minister blamed the East of provoking the crisis.", ("East of", EntityType.Location));
        Assert.Equal([("East", EntityType.Location)], result);
    }

    [Fact]
    public void Party_and_state_tags_and_abbreviated_titles_are_no_entities()
    {
        var result = Clean(
            "The bill by Sens. Ada Korver (R-Utah) and Ben Oduya (DN.M.) passed; Senator Liu Park (I-Vt.) abstained.",
            ("Sens", EntityType.Misc), ("Ada Korver", EntityType.Person), ("R-Utah", EntityType.Organization),
            ("Ben Oduya", EntityType.Person), ("DN", EntityType.Organization), ("M.", EntityType.Misc),
            ("Liu Park", EntityType.Person), ("I-Vt", EntityType.Misc));
        Assert.Equal([("Ada Korver", EntityType.Person), ("Ben Oduya", EntityType.Person), ("Liu Park", EntityType.Person)], result);
    }

    [Fact]
    public void A_country_in_brackets_after_a_name_is_kept()
    {
        // Results tables write the athlete's country in brackets: not a party tag.
        var result = Clean("1. Ada Korver (U.S.) 10.92 2. Ben Oduya (D.R. Congo) 11.01",
            ("Ada Korver", EntityType.Person), ("U.S.", EntityType.Location), ("Ben Oduya", EntityType.Person), ("D.R. Congo", EntityType.Location));
        Assert.Equal(4, result.Count);
    }

    [Fact]
    public void A_time_zone_after_a_clock_time_is_no_entity_but_an_acronym_after_a_year_is()
    {
        var result = Clean("Talks began at noon GMT and ended at 15:30 CET. In 2004 NATO grew.",
            ("GMT", EntityType.Organization), ("CET", EntityType.Misc), ("NATO", EntityType.Organization));
        Assert.Equal([("NATO", EntityType.Organization)], result);
    }

    [Fact]
    public void Hyphenated_pair_of_names_the_document_knows_is_the_two_names()
    {
        var result = Clean(
            "Varga met Olsen. The Varga-Olsen summit and EU-Olsen talks and Rolls-Royce shares.",
            ("Varga", EntityType.Person), ("Olsen", EntityType.Person), ("Varga-Olsen", EntityType.Misc),
            ("EU-Olsen", EntityType.Location), ("Rolls-Royce", EntityType.Organization));
        Assert.Equal(
            [("Varga", EntityType.Person), ("Olsen", EntityType.Person), ("Varga", EntityType.Person), ("Olsen", EntityType.Person),
                ("EU", EntityType.Organization), ("Olsen", EntityType.Person), ("Rolls-Royce", EntityType.Organization)],
            result);
    }

    [Fact]
    public void Organisation_run_ending_in_a_name_is_the_organisation_and_the_person()
    {
        var result = Clean("The head of the Defence Council Marta Ilves spoke; the Audit Committee Report came out.",
            ("Defence Council Marta Ilves", EntityType.Organization), ("Audit Committee Report", EntityType.Organization));
        Assert.Equal(
            [("Defence Council", EntityType.Organization), ("Marta Ilves", EntityType.Person), ("Audit Committee Report", EntityType.Organization)],
            result);
    }

    [Fact]
    public void Lone_head_word_takes_the_capitalised_words_before_it()
    {
        var result = Clean("Loans from the Northern Farmers Bank rose. The Bank said so.",
            ("Northern", EntityType.Misc), ("Bank", EntityType.Organization), ("Bank", EntityType.Organization));
        Assert.Equal([("Northern Farmers Bank", EntityType.Organization), ("Bank", EntityType.Organization)], result);
    }

    [Fact]
    public void Places_typed_as_people_and_holidays_are_retyped()
    {
        var result = Clean(
            "Fighting in the Velmar region spread to Western Karelia before Easter; aides on Capitol Hill and driver Damon Hill agreed.",
            ("Velmar", EntityType.Person), ("Western Karelia", EntityType.Person), ("Easter", EntityType.Person),
            ("Capitol Hill", EntityType.Person), ("Damon Hill", EntityType.Person));
        Assert.Equal(
            [("Velmar", EntityType.Location), ("Western Karelia", EntityType.Location), ("Easter", EntityType.Misc),
                ("Capitol Hill", EntityType.Location), ("Damon Hill", EntityType.Person)],
            result);
    }
}
