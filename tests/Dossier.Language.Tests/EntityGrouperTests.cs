using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Language.Entities;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

public class EntityGrouperTests
{
    [Fact]
    public void Spelling_variants_across_documents_are_one_entity()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Volodymyr Zelensky", EntityType.Person), ("Kyiv", EntityType.Location), ("Zelensky", EntityType.Person)),
            Doc(("Volodymyr Zelenskyy", EntityType.Person), ("Kiev", EntityType.Location)),
            Doc(("Zellinski", EntityType.Person), ("Kyiv", EntityType.Location)),
        ]);
        var person = GroupOf(groups, "Zelensky");
        Assert.Same(person, GroupOf(groups, "Volodymyr Zelenskyy"));
        Assert.Same(person, GroupOf(groups, "Zellinski"));
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(4, person.Mentions.Count);
        var city = GroupOf(groups, "Kiev");
        Assert.Same(city, GroupOf(groups, "Kyiv"));
        Assert.Equal("Kyiv", city.Name);
    }

    [Fact]
    public void Transliterated_and_garbled_names_join()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Aleksandr Vorenko", EntityType.Person), ("Vorenko", EntityType.Person), ("Saren Valley", EntityType.Location)),
            Doc(("Alexander Vorenko", EntityType.Person), ("Sarren Valley", EntityType.Location)),
            Doc(("Alexandr Varenko", EntityType.Person), ("Aleksandr Vorenko", EntityType.Person)),
        ]);
        var person = GroupOf(groups, "Alexandr Varenko");
        Assert.Same(person, GroupOf(groups, "Alexander Vorenko"));
        Assert.Same(person, GroupOf(groups, "Vorenko"));
        Assert.Equal("Aleksandr Vorenko", person.Name);
        Assert.Same(GroupOf(groups, "Saren Valley"), GroupOf(groups, "Sarren Valley"));
    }

    [Fact]
    public void People_sharing_a_first_name_stay_apart()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Alexander Vorenko", EntityType.Person), ("Alexander Brenner", EntityType.Person), ("Vorenko", EntityType.Person)),
        ]);
        Assert.NotSame(GroupOf(groups, "Alexander Vorenko"), GroupOf(groups, "Alexander Brenner"));
        Assert.Same(GroupOf(groups, "Alexander Vorenko"), GroupOf(groups, "Vorenko"));
        Assert.Equal("Alexander Vorenko", GroupOf(groups, "Vorenko").Name);
    }

    [Fact]
    public void Ambiguous_surname_joins_the_full_name_of_its_own_document()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Hillary Clinton", EntityType.Person), ("Clinton", EntityType.Person)),
            Doc(("Bill Clinton", EntityType.Person), ("Clinton", EntityType.Person)),
            Doc(("Hillary Clinton", EntityType.Person)),
        ]);
        var hillary = GroupOf(groups, "Hillary Clinton");
        var bill = GroupOf(groups, "Bill Clinton");
        Assert.NotSame(hillary, bill);
        Assert.Equal(3, hillary.Mentions.Count);
        Assert.Equal(2, bill.Mentions.Count);
    }

    [Fact]
    public void Result_and_ids_do_not_depend_on_document_order()
    {
        var docs = new[]
        {
            Doc(("Southern Meridian Council", EntityType.Organization), ("Port Elena", EntityType.Location)),
            Doc(("Port Elena", EntityType.Location), ("Mirela Stanek", EntityType.Person), ("Stanek", EntityType.Person)),
        };
        var a = new EntityGrouper().Group(docs);
        var b = new EntityGrouper().Group([docs[1], docs[0]]);
        Assert.Equal(a.Select(g => (g.Id, g.Name, g.Mentions.Count)), b.Select(g => (g.Id, g.Name, g.Mentions.Count)));
        Assert.All(a, g => Assert.Matches("^e[0-9a-f]{10}$", g.Id));
        Assert.Equal(a.Count, a.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public void Different_places_with_similar_names_stay_apart()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Austria", EntityType.Location), ("Australia", EntityType.Location), ("Paris", EntityType.Location), ("Perth", EntityType.Location)),
        ]);
        Assert.Equal(4, groups.Count);
    }
}
