using Dossier.Core;
using Dossier.Language.Entities;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

/// <summary>
/// Spelling families that must become one entity and look-alikes that must not, written for the project (fictional
/// people, real places whose names transliteration and machine translation vary).
/// </summary>
public class EntityVariantTests
{
    private static readonly EntityGrouper Grouper = new();

    // Each family is written one way per document, the way copies from different outlets spell it.
    [Theory]
    [InlineData(EntityType.Person, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Wolodymyr Selenskyj", "Volodymir Zellinski")]
    [InlineData(EntityType.Person, "Oleksandr Tkachenko", "Aleksandr Tkatchenko", "Oleksandr Tkachenco")]
    [InlineData(EntityType.Person, "Yulia Kovalchuk", "Iulia Kowalczuk", "Julia Kovaltchuk")]
    [InlineData(EntityType.Person, "Dmitry Kharitonov", "Dmitri Haritonov", "Dmitriy Kharitonow")]
    [InlineData(EntityType.Person, "Mirela Stanek", "Mirella Stanek", "Mirela Staneck")]
    [InlineData(EntityType.Location, "Kharkiv", "Kharkov", "Charkiw")]
    [InlineData(EntityType.Location, "Kyiv", "Kiev", "Kyjiw")]
    [InlineData(EntityType.Location, "Odesa", "Odessa")]
    [InlineData(EntityType.Organization, "Southern Meridian Council", "Southern Meridian Counsil", "Southren Meridian Council")]
    [InlineData(EntityType.Organization, "Tsentralna Vyborcha Komisiya", "Centralna Vyborcza Komisija")]
    public void A_spelling_family_is_one_entity(EntityType type, params string[] spellings)
    {
        var docs = spellings.Select(s => Doc((s, type), ("Port Elena", EntityType.Location))).ToList();
        var groups = Grouper.Group(docs);
        var family = GroupOf(groups, spellings[0]);
        Assert.All(spellings, s => Assert.Same(family, GroupOf(groups, s)));
        Assert.Equal(spellings.Length, family.Mentions.Count);
    }

    [Theory]
    [InlineData(EntityType.Person, "Alexander Vorenko", "Aleksandr Brenner")] // same first name spelled differently
    [InlineData(EntityType.Person, "Anna Berg", "Anja Borg")]
    [InlineData(EntityType.Person, "Bill Clinton", "Hillary Clinton")]
    [InlineData(EntityType.Person, "Mikhail Petrov", "Mikhail Pavlov")]
    [InlineData(EntityType.Location, "Austria", "Australia")]
    [InlineData(EntityType.Location, "Slovenia", "Slovakia")]
    [InlineData(EntityType.Location, "Iran", "Iraq")]
    [InlineData(EntityType.Location, "Niger", "Nigeria")]
    [InlineData(EntityType.Location, "Gambia", "Zambia")]
    [InlineData(EntityType.Location, "Mariupol", "Melitopol")]
    [InlineData(EntityType.Location, "Lviv", "Kyiv")]
    [InlineData(EntityType.Location, "Valdoria", "Valdivia")] // an unlisted place is not the real city one consonant away
    [InlineData(EntityType.Organization, "Southern Meridian Council", "Northern Meridian Council")]
    public void Look_alikes_stay_apart(EntityType type, string a, string b)
    {
        var groups = Grouper.Group([Doc((a, type)), Doc((b, type))]);
        Assert.NotSame(GroupOf(groups, a), GroupOf(groups, b));
    }

    [Fact]
    public void A_person_and_a_place_with_similar_spelling_stay_apart()
    {
        var groups = Grouper.Group([
            Doc(("Paris Hilton", EntityType.Person), ("Paris", EntityType.Location)),
            Doc(("Jordan", EntityType.Person), ("Jordan", EntityType.Location), ("Georgia", EntityType.Location), ("Georgia Ross", EntityType.Person)),
        ]);
        Assert.NotEqual(GroupOf(groups, "Paris").Type, GroupOf(groups, "Paris Hilton").Type);
        Assert.Equal(2, groups.Count(g => g.Aliases.Any(a => a.Text == "Jordan")));
        Assert.Equal("Jordan", groups.Single(g => g.Type == EntityType.Location && g.Aliases.Any(a => a.Text == "Jordan")).Name);
    }

    [Fact]
    public void Name_parts_join_the_full_name_of_the_document_and_titles_become_attributes()
    {
        var groups = Grouper.Group([
            DocWithPrefix("Foreign Minister ", ("Anna Berg", EntityType.Person), ("Berg", EntityType.Person), ("Berg's", EntityType.Person)),
            Doc(("Prime Minister Oriana Falk", EntityType.Person), ("Falk", EntityType.Person)),
        ]);
        var berg = GroupOf(groups, "Berg");
        Assert.Same(berg, GroupOf(groups, "Berg's"));
        Assert.Equal("Anna Berg", berg.Name);
        Assert.Equal(3, berg.Mentions.Count);
        Assert.Contains(berg.Titles, t => t.Text == "foreign minister");
        var falk = GroupOf(groups, "Falk");
        Assert.Equal("Oriana Falk", falk.Name);
        Assert.Contains(falk.Titles, t => t.Text == "prime minister");
    }

    [Fact]
    public void An_acronym_joins_its_expansion()
    {
        var groups = Grouper.Group([
            Doc(("Southern Meridian Council", EntityType.Organization), ("SMC", EntityType.Organization)),
            Doc(("SMC", EntityType.Organization), ("Port Elena", EntityType.Location)),
        ]);
        var council = GroupOf(groups, "SMC");
        Assert.Same(council, GroupOf(groups, "Southern Meridian Council"));
        Assert.Equal("Southern Meridian Council", council.Name);
        Assert.Equal(3, council.Mentions.Count);
    }

    [Fact]
    public void Places_take_the_gazetteer_name_and_coordinates_and_demonyms_are_links()
    {
        Assert.True(PlaceGazetteer.Default.Count > 1000, "the shipped models/places.tsv.gz was not found");
        var groups = Grouper.Group([
            Doc(("Kiev", EntityType.Location), ("French", EntityType.Misc), ("France", EntityType.Location)),
            Doc(("Kyiv", EntityType.Location), ("Ukrainians", EntityType.Misc)),
        ]);
        var kyiv = GroupOf(groups, "Kiev");
        Assert.Same(kyiv, GroupOf(groups, "Kyiv"));
        Assert.Equal("Kyiv", kyiv.Name);
        Assert.NotNull(kyiv.Place);
        Assert.Equal("UA", kyiv.Place.CountryCode);
        Assert.InRange(kyiv.Place.Latitude, 50, 51);
        Assert.InRange(kyiv.Place.Longitude, 30, 31);
        var france = GroupOf(groups, "France");
        Assert.Single(france.Links);
        Assert.DoesNotContain(groups, g => g.Aliases.Any(a => a.Text == "French"));
        var ukraine = Assert.Single(groups, g => g.Place?.GazetteerId == "country:UA");
        Assert.Empty(ukraine.Mentions);
        Assert.Single(ukraine.Links);
    }

    [Theory]
    [InlineData("kherson", "sherceon")]
    [InlineData("kharkiv", "harkiv")]
    [InlineData("luhansk", "luansk")]
    [InlineData("zaporizhzhia", "zaporizia")]
    [InlineData("chernihiv", "shernihiv")]
    public void Loose_place_key_folds_transliteration_swaps(string a, string b) =>
        Assert.Equal(PhoneticKey.Loose(a), PhoneticKey.Loose(b));

    [Theory]
    [InlineData("donetsk", "luhansk")]
    [InlineData("chernihiv", "chernivtsi")]
    [InlineData("kherson", "kharkiv")]
    [InlineData("mariupol", "melitopol")]
    public void Loose_place_key_keeps_neighbouring_places_apart(string a, string b) =>
        Assert.NotEqual(PhoneticKey.Loose(a), PhoneticKey.Loose(b));

    [Fact]
    public void Loose_big_place_lookup_is_limited_to_one_country_and_big_places()
    {
        var places = PlaceGazetteer.Default;
        Assert.Equal("Kherson", places.ResolveBigPlaceLoosely("sherceon", "UA")?.Name);
        Assert.Null(places.ResolveBigPlaceLoosely("sherceon", "FR"));
        Assert.Null(places.ResolveBigPlaceLoosely("correviev", "UA"));
    }
}
