using Dossier.Core;

namespace Dossier.Language.Tests;

public class EntityRecognizerTests
{
    private static (string Text, EntityType Type)[] Recognize(string text) => TestDocs.Entities(TestDocs.Analyze(text));

    [Fact]
    public void Titles_mark_people_and_are_not_part_of_the_name()
    {
        var e = Recognize("Foreign Minister Ilsa Marwen met President Oskar Dahl and Gen. Pell in Marvik.");
        Assert.Contains(("Ilsa Marwen", EntityType.Person), e);
        Assert.Contains(("Oskar Dahl", EntityType.Person), e);
        Assert.Contains(("Pell", EntityType.Person), e);
        Assert.Contains(("Marvik", EntityType.Location), e);
    }

    [Fact]
    public void Organisation_keywords()
    {
        var e = Recognize("The statement came from the Defence Ministry and the Northern Farmers Party, according to Reuters.");
        Assert.Contains(("Defence Ministry", EntityType.Organization), e);
        Assert.Contains(("Northern Farmers Party", EntityType.Organization), e);
        Assert.Contains(("Reuters", EntityType.Organization), e);
    }

    [Fact]
    public void Places_from_suffixes_prepositions_and_gazetteer()
    {
        var e = Recognize("Troops left the Tarven Valley and moved near Ostrel, then crossed into Ukraine.");
        Assert.Contains(("Tarven Valley", EntityType.Location), e);
        Assert.Contains(("Ostrel", EntityType.Location), e);
        Assert.Contains(("Ukraine", EntityType.Location), e);
    }

    [Fact]
    public void Demonyms_are_misc_and_split_from_a_following_title()
    {
        var e = Recognize("A Ukrainian delegation met the Russian side. Later, Marvian Prime Minister Hedda Lunn spoke.");
        Assert.Contains(("Ukrainian", EntityType.Misc), e);
        Assert.Contains(("Russian", EntityType.Misc), e);
        Assert.Contains(("Marvian", EntityType.Misc), e);
        Assert.Contains(("Hedda Lunn", EntityType.Person), e);
    }

    [Fact]
    public void A_later_bare_surname_is_the_same_person()
    {
        var e = Recognize("President Alexander Vorenko spoke on Monday.\n\nVorenko said the offer was late. Critics doubted Vorenko.");
        Assert.Equal(3, e.Count(x => x.Type == EntityType.Person));
        Assert.Contains(("Vorenko", EntityType.Person), e);
    }

    [Fact]
    public void Months_weekdays_and_sentence_initial_words_are_not_entities()
    {
        var e = Recognize("The talks began on Monday in May. But Officials said little. Nobody expected much.");
        Assert.Empty(e);
    }

    [Fact]
    public void Connectors_inside_names()
    {
        var e = Recognize("She studied at the Bank of Northern Arvel and met Juan de la Vega.");
        Assert.Contains(("Bank of Northern Arvel", EntityType.Organization), e);
        Assert.Contains(("Juan de la Vega", EntityType.Person), e);
    }

    [Fact]
    public void Appositive_role_marks_a_person()
    {
        var e = Recognize("Teodor Lask, a senior fellow at the institute, disagreed.");
        Assert.Contains(("Teodor Lask", EntityType.Person), e);
    }

    [Fact]
    public void Dateline_place_and_agency()
    {
        var e = Recognize("MARVIK, May 11, 2026 (VNN) — Talks opened.");
        Assert.Contains(("MARVIK", EntityType.Location), e);
        Assert.Contains(("VNN", EntityType.Organization), e);
    }
}
