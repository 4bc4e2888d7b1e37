using Dossier.Core;
using Dossier.Language.Entities;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

/// <summary>
/// A recogniser types a word it has never seen by its surroundings, so respelled names come out with the wrong type:
/// the grouper must join them across types without merging names that differ in type for a reason (metonymy).
/// </summary>
public class EntityTypeNoiseTests
{
    [Fact]
    public void Respelled_country_typed_as_organisation_or_person_joins_the_country()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Portugal", EntityType.Location), ("Lisbon", EntityType.Location)),
            Doc(("Portgual", EntityType.Organization), ("Lisbon", EntityType.Location)),
            Doc(("Portuggal", EntityType.Person)),
        ]);
        var country = GroupOf(groups, "Portugal");
        Assert.Same(country, GroupOf(groups, "Portgual"));
        Assert.Same(country, GroupOf(groups, "Portuggal"));
        Assert.Equal(EntityType.Location, country.Type);
        Assert.Equal("country:PT", country.Place?.GazetteerId);
    }

    [Fact]
    public void Respelled_team_name_stays_with_the_team_of_its_own_type()
    {
        // Portugal the team (an organisation in two reports) and Portugal the country: the respelled team name
        // joins the team, which it is spelled like in its own type, not the country.
        var groups = new EntityGrouper().Group([
            DocWithPrefix("Group A: ", ("Portugal", EntityType.Organization), ("Spain", EntityType.Organization)),
            DocWithPrefix("Group B: ", ("Portugal", EntityType.Organization), ("Spain", EntityType.Organization)),
            Doc(("Portugal", EntityType.Location), ("Lisbon", EntityType.Location)),
            Doc(("Portuggal", EntityType.Organization), ("Spain", EntityType.Organization)),
        ]);
        var team = groups.Single(g => g.Type == EntityType.Organization && g.Aliases.Any(a => a.Text == "Portugal"));
        var country = groups.Single(g => g.Type == EntityType.Location && g.Aliases.Any(a => a.Text == "Portugal"));
        Assert.NotSame(team, country);
        Assert.Same(team, GroupOf(groups, "Portuggal"));
    }

    [Fact]
    public void One_off_spelling_typed_differently_joins_the_name()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Vardenia", EntityType.Location), ("Orsk Council", EntityType.Organization)),
            Doc(("Vardenia", EntityType.Location)),
            Doc(("Vardneia", EntityType.Organization), ("Orsk Council", EntityType.Organization)),
        ]);
        Assert.Same(GroupOf(groups, "Vardenia"), GroupOf(groups, "Vardneia"));
        Assert.Equal(EntityType.Location, GroupOf(groups, "Vardenia").Type);
    }

    [Fact]
    public void Name_typed_differently_in_many_reports_is_not_merged_across_types()
    {
        // Metonymy (the city and its team) that spelling cannot settle: both readings stand on several reports.
        var groups = new EntityGrouper().Group([
            DocWithPrefix("Monday: ", ("Port Aldren", EntityType.Location)),
            DocWithPrefix("Tuesday: ", ("Port Aldren", EntityType.Location)),
            DocWithPrefix("Wednesday: ", ("Port Aldren", EntityType.Organization)),
            DocWithPrefix("Thursday: ", ("Port Aldren", EntityType.Organization)),
        ]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void One_off_spelling_does_not_bridge_two_readings()
    {
        var groups = new EntityGrouper().Group([
            DocWithPrefix("Monday: ", ("Port Aldren", EntityType.Location)),
            DocWithPrefix("Tuesday: ", ("Port Aldren", EntityType.Location)),
            DocWithPrefix("Wednesday: ", ("Port Aldren", EntityType.Organization)),
            DocWithPrefix("Thursday: ", ("Port Aldren", EntityType.Organization)),
            Doc(("Port Alldren", EntityType.Misc)),
        ]);
        Assert.Equal(2, groups.Count(g => g.Aliases.Any(a => a.Text == "Port Aldren")));
    }

    [Fact]
    public void Person_and_organisation_with_one_name_need_shared_context()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Halvorsen", EntityType.Organization), ("Oslo", EntityType.Location)),
            Doc(("Halvorsen", EntityType.Person), ("Nairobi", EntityType.Location)),
        ]);
        Assert.NotSame(TypedGroupOf(groups, "Halvorsen", EntityType.Organization), TypedGroupOf(groups, "Halvorsen", EntityType.Person));
    }

    private static Core.Corpus.EntityGroup TypedGroupOf(IReadOnlyList<Core.Corpus.EntityGroup> groups, string alias, EntityType type) =>
        groups.Single(g => g.Type == type && g.Aliases.Any(a => a.Text == alias));

    [Fact]
    public void A_name_typed_as_a_place_once_and_a_person_once_is_a_place()
    {
        // The tagger's person type is its guess for an unfamiliar word; the place type came from a cue.
        var groups = new EntityGrouper().Group([
            Doc(("Velmaria", EntityType.Location), ("Odile Ransk", EntityType.Person), ("Tarvo Lindqvist", EntityType.Person)),
            DocWithPrefix("Later: ", ("Velmaria", EntityType.Person), ("Odile Ransk", EntityType.Person), ("Tarvo Lindqvist", EntityType.Person)),
        ]);
        var group = GroupOf(groups, "Velmaria");
        Assert.Equal(2, group.Mentions.Count);
        Assert.Equal(EntityType.Location, group.Type);
    }
}
