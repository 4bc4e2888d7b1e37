using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Language.Entities;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

/// <summary>
/// Country acronyms and English short names (issue 7): "the US" typed as an organisation is still the United States,
/// "Britain" is the United Kingdom, while an organisation's acronym stays an organisation.
/// </summary>
public sealed class EntityCountryNameTests
{
    private static readonly EntityGrouper Grouper = new();

    [Theory]
    [InlineData("US", "United States", "country:US")]
    [InlineData("U.S.", "United States", "country:US")]
    [InlineData("USA", "United States", "country:US")]
    [InlineData("UK", "United Kingdom", "country:GB")]
    [InlineData("UAE", "United Arab Emirates", "country:AE")]
    public void A_country_acronym_typed_as_an_organisation_is_the_country(string acronym, string name, string id)
    {
        Assert.True(PlaceGazetteer.Default.Count > 1000, "the shipped models/places.tsv.gz was not found");
        var groups = Grouper.Group([
            DocWithPrefix("Talks between ", (name, EntityType.Location), ("Port Elena", EntityType.Location)),
            DocWithPrefix("Officials said ", (acronym, EntityType.Organization), ("Marta Oleniuk", EntityType.Person)),
            DocWithPrefix("A spokesman for ", (acronym, EntityType.Location)),
        ]);
        var country = GroupOf(groups, name);
        Assert.Same(country, GroupOf(groups, acronym));
        Assert.Equal(EntityType.Location, country.Type);
        Assert.Equal(id, country.Place?.GazetteerId);
    }

    [Theory]
    [InlineData("Britain", "United Kingdom", "country:GB")]
    [InlineData("Great Britain", "United Kingdom", "country:GB")]
    [InlineData("Holland", "Netherlands", "country:NL")]
    [InlineData("the Netherlands", "Netherlands", "country:NL")]
    [InlineData("Czech Republic", "Czechia", "country:CZ")]
    [InlineData("Ivory Coast", "Côte d'Ivoire", "country:CI")]
    [InlineData("South Korea", "Republic of Korea", "country:KR")]
    [InlineData("Russia", "Russian Federation", "country:RU")]
    [InlineData("Iran", "Islamic Republic of Iran", "country:IR")]
    [InlineData("Syria", "Syrian Arab Republic", "country:SY")]
    [InlineData("Vietnam", "Viet Nam", "country:VN")]
    [InlineData("Laos", "Lao PDR", "country:LA")]
    [InlineData("Moldova", "Republic of Moldova", "country:MD")]
    [InlineData("Turkey", "Türkiye", "country:TR")]
    [InlineData("Burma", "Myanmar", "country:MM")]
    public void An_english_short_name_is_the_country(string shortName, string longName, string id)
    {
        Assert.Equal(id, PlaceGazetteer.Default.ResolveExact(NameMatching.Normalize(shortName))?.GazetteerId);
        var groups = Grouper.Group([
            DocWithPrefix("Troops from ", (shortName, EntityType.Location)),
            DocWithPrefix("The government of ", (longName, EntityType.Location)),
        ]);
        Assert.Same(GroupOf(groups, shortName), GroupOf(groups, longName));
    }

    [Fact]
    public void An_organisation_acronym_that_is_no_country_name_stays_an_organisation()
    {
        // Bare ISO codes are no country names: "IS" the group is not Iceland, "LA" is not Laos, "PM" no territory.
        foreach (var code in (ReadOnlySpan<string>)["IS", "LA", "PM", "CD", "GB"])
        {
            Assert.Null(PlaceGazetteer.Default.ResolveExact(NameMatching.Normalize(code)));
        }

        var groups = Grouper.Group([
            DocWithPrefix("Fighters of ", ("IS", EntityType.Organization), ("Iceland", EntityType.Location)),
            DocWithPrefix("The ", ("NATO", EntityType.Organization), ("United States", EntityType.Location)),
        ]);
        Assert.Equal(EntityType.Organization, GroupOf(groups, "IS").Type);
        Assert.NotSame(GroupOf(groups, "IS"), GroupOf(groups, "Iceland"));
        Assert.Equal(EntityType.Organization, GroupOf(groups, "NATO").Type);
    }

    [Fact]
    public void A_country_acronym_spelled_out_as_something_else_in_its_document_stays_that()
    {
        var groups = Grouper.Group([
            DocWithPrefix("Members of ", ("Union of Students", EntityType.Organization), ("US", EntityType.Organization)),
            DocWithPrefix("Talks with ", ("United States", EntityType.Location)),
        ]);
        var union = GroupOf(groups, "Union of Students");
        Assert.Same(union, GroupOf(groups, "US"));
        Assert.NotSame(union, GroupOf(groups, "United States"));
    }

    [Fact]
    public void A_country_acronym_among_teams_named_after_countries_stays_a_team()
    {
        var groups = Grouper.Group([
            DocWithPrefix("Results: ", ("Australia", EntityType.Organization), ("USA", EntityType.Organization)),
            DocWithPrefix("Talks with ", ("United States", EntityType.Location)),
        ]);
        Assert.Equal(EntityType.Organization, GroupOf(groups, "USA").Type);
        Assert.NotSame(GroupOf(groups, "USA"), GroupOf(groups, "United States"));
    }

    [Fact]
    public void A_former_name_that_is_a_large_city_elsewhere_names_the_city()
    {
        // countries-list gives Ghana the alias "Gold Coast", a city of half a million in Australia.
        Assert.Equal("city", PlaceGazetteer.Default.ResolveExact(NameMatching.Normalize("Gold Coast"))?.Kind);
    }
}
