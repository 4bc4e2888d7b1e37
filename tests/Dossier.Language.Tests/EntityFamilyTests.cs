using Dossier.Core;
using Dossier.Language.Entities;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

/// <summary>
/// Spelling families the way machine translation writes them (voicing swaps, dropped and doubled letters, a type the
/// recogniser guessed) and look-alikes that must stay apart.
/// </summary>
public class EntityFamilyTests
{
    [Fact]
    public void Machine_translated_city_family_is_one_place()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Zaporizhzhia", EntityType.Organization), ("Kherson", EntityType.Location), ("Donetsk", EntityType.Location)),
            Doc(("Zaporizhzhya", EntityType.Location), ("Kherson", EntityType.Location), ("Donetsk", EntityType.Location)),
            Doc(("Zaborizia", EntityType.Location), ("Zaburizhia", EntityType.Organization), ("Donetsk", EntityType.Location), ("Kherson", EntityType.Location)),
        ]);
        var city = GroupOf(groups, "Zaporizhzhya");
        Assert.All(["Zaporizhzhia", "Zaborizia", "Zaburizhia"], alias => Assert.Same(city, GroupOf(groups, alias)));
        Assert.Equal(EntityType.Location, city.Type);
        Assert.NotNull(city.Place);
    }

    [Fact]
    public void A_city_one_voicing_away_from_a_real_city_is_not_resolved_to_it()
    {
        // Marinka (a small Ukrainian town, not in the gazetteer) is not Maringá (Brazil) although k/g sound alike.
        var groups = new EntityGrouper().Group([Doc(("Marinka", EntityType.Location), ("Maringá", EntityType.Location))]);
        Assert.Null(GroupOf(groups, "Marinka").Place);
        Assert.NotSame(GroupOf(groups, "Marinka"), GroupOf(groups, "Maringá"));
    }

    [Fact]
    public void Dropped_letter_in_a_city_name_resolves()
    {
        var groups = new EntityGrouper().Group([
            Doc(("London", EntityType.Location)),
            Doc(("Londn", EntityType.Location)),
            Doc(("Berlin", EntityType.Location), ("Belin", EntityType.Location)),
        ]);
        Assert.Same(GroupOf(groups, "London"), GroupOf(groups, "Londn"));
        Assert.Same(GroupOf(groups, "Berlin"), GroupOf(groups, "Belin"));
        Assert.NotSame(GroupOf(groups, "London"), GroupOf(groups, "Berlin"));
    }

    [Fact]
    public void Surname_typed_as_organisation_joins_the_person_of_its_document()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Oleksandr Dubrovsky", EntityType.Person), ("Dubrovski", EntityType.Organization)),
        ]);
        var person = GroupOf(groups, "Oleksandr Dubrovsky");
        Assert.Same(person, GroupOf(groups, "Dubrovski"));
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void Given_name_alone_joins_the_one_person_of_its_document_with_it()
    {
        var one = new EntityGrouper().Group([Doc(("Marta Kovalenko", EntityType.Person), ("Marta", EntityType.Person))]);
        Assert.Same(GroupOf(one, "Marta Kovalenko"), GroupOf(one, "Marta"));

        // Two people with that given name: the lone given name is nobody's.
        var two = new EntityGrouper().Group([Doc(("Marta Kovalenko", EntityType.Person), ("Marta Lysenko", EntityType.Person), ("Marta", EntityType.Person))]);
        Assert.NotSame(GroupOf(two, "Marta Kovalenko"), GroupOf(two, "Marta"));
        Assert.NotSame(GroupOf(two, "Marta Lysenko"), GroupOf(two, "Marta"));
    }

    [Fact]
    public void Garbled_surname_with_the_same_given_name_and_title_is_one_person()
    {
        var groups = new EntityGrouper().Group([
            DocWithPrefix("Foreign Minister ", ("Kerem Fodan", EntityType.Person), ("Ankara", EntityType.Location)),
            Appositive("Kerem Voan", ", the foreign minister of Vardenia, said so."),
        ]);
        Assert.Same(GroupOf(groups, "Kerem Fodan"), GroupOf(groups, "Kerem Voan"));
    }

    [Fact]
    public void Same_given_name_and_a_similar_surname_without_a_shared_title_stay_apart()
    {
        // Different people who share a given name: the surnames are one sound apart, the contexts agree, but nothing
        // says they hold the same office.
        var groups = new EntityGrouper().Group([
            DocWithPrefix("Coach ", ("Kerem Fodan", EntityType.Person), ("Ankara", EntityType.Location), ("Izmir", EntityType.Location)),
            DocWithPrefix("Foreign Minister ", ("Kerem Voan", EntityType.Person), ("Ankara", EntityType.Location), ("Izmir", EntityType.Location)),
            Doc(("Michael Jonas", EntityType.Person), ("Ankara", EntityType.Location), ("Izmir", EntityType.Location)),
            Doc(("Michael Jonsen", EntityType.Person), ("Ankara", EntityType.Location), ("Izmir", EntityType.Location)),
        ]);
        Assert.NotSame(GroupOf(groups, "Kerem Fodan"), GroupOf(groups, "Kerem Voan"));
        Assert.NotSame(GroupOf(groups, "Michael Jonas"), GroupOf(groups, "Michael Jonsen"));
    }

    [Fact]
    public void Canonical_name_is_the_spelling_its_words_are_most_often_written_in()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Mykhailo Petrenko", EntityType.Person), ("Petrenko", EntityType.Person), ("Petrenko", EntityType.Person)),
            Doc(("Mihailo Petrenka", EntityType.Person)),
            Doc(("Petrenko", EntityType.Person), ("Mykhailo Petrenko", EntityType.Person)),
        ]);
        var person = GroupOf(groups, "Mihailo Petrenka");
        Assert.Same(person, GroupOf(groups, "Mykhailo Petrenko"));
        Assert.Equal("Mykhailo Petrenko", person.Name);
    }

    // A document with one person mention followed by an appositive that holds a title.
    private static Document Appositive(string name, string rest)
    {
        var d = new Document(name + rest, new SourceMetadata { Source = "t" });
        d.Set(Layers.Entities, [new EntityMention(0, name.Length, EntityType.Person)]);
        return d;
    }
}

public class DemonymMorphologyTests
{
    [Theory]
    [InlineData("english", "england")]
    [InlineData("scottish", "scotland")]
    [InlineData("european", "europe")]
    [InlineData("kurdish", "kurdistan")]
    [InlineData("kurds", "kurdistan")]
    [InlineData("bosnian", "bosnia")]
    [InlineData("tajik", "tajikistan")]
    [InlineData("vardenian", "vardenia")]
    public void Adjective_derives_from_its_place(string adjective, string place) =>
        Assert.True(DemonymMorphology.IsAdjectiveOf(adjective, place));

    [Theory]
    [InlineData("tunis", "tunisia")] // a city, not an adjective
    [InlineData("england", "england")]
    [InlineData("roman", "romania")]
    [InlineData("austrian", "australia")]
    [InlineData("polish", "portland")]
    public void Look_alikes_are_not_adjectives_of_the_place(string adjective, string place) =>
        Assert.False(DemonymMorphology.IsAdjectiveOf(adjective, place));

    [Fact]
    public void Adjective_of_a_place_without_a_listed_demonym_is_a_link_to_it()
    {
        var groups = new EntityGrouper().Group([
            Doc(("Vardenia", EntityType.Location), ("Vardenian", EntityType.Misc)),
            Doc(("Vardenian", EntityType.Misc), ("Orsk", EntityType.Location)),
        ]);
        var place = GroupOf(groups, "Vardenia");
        Assert.Single(place.Mentions);
        Assert.Equal(2, place.Links.Count);
        Assert.DoesNotContain(groups, g => g.Aliases.Any(a => a.Text == "Vardenian"));
    }

    [Fact]
    public void Place_name_typed_as_organisation_beside_its_adjective_is_not_made_a_link()
    {
        // Vardenia the government (an organisation in several reports, its adjective typed the same) is metonymy:
        // neither linked to nor merged with Vardenia the place.
        var groups = new EntityGrouper().Group([
            Doc(("Vardenia", EntityType.Location), ("Orsk", EntityType.Location)),
            Doc(("Vardenia", EntityType.Location), ("Tarsk", EntityType.Location)),
            DocWithPrefix("Monday: ", ("Vardenia", EntityType.Organization), ("Vardenian", EntityType.Organization)),
            DocWithPrefix("Tuesday: ", ("Vardenia", EntityType.Organization)),
        ]);
        var place = groups.Single(g => g.Type == EntityType.Location && g.Aliases.Any(a => a.Text == "Vardenia"));
        Assert.Empty(place.Links);
        Assert.Equal(2, place.Mentions.Count);
    }

    // A document whose text is given and whose entities are the given substrings (each the first occurrence after the
    // previous one), so list separators between them are real text.
    private static Document Text(string text, params (string Text, EntityType Type)[] entities)
    {
        var d = new Document(text, new SourceMetadata { Source = "t" });
        var list = System.Collections.Immutable.ImmutableArray.CreateBuilder<EntityMention>();
        var from = 0;
        foreach (var (t, type) in entities)
        {
            var at = text.IndexOf(t, from, StringComparison.Ordinal);
            list.Add(new EntityMention(at, at + t.Length, type));
            from = at + t.Length;
        }

        d.Set(Layers.Entities, list.ToImmutable());
        return d;
    }

    [Fact]
    public void A_garbled_place_listed_with_places_of_one_country_is_the_big_place_it_sounds_like()
    {
        // Shernihiv is no gazetteer name and too far from Chernihiv for the ordinary respelling match (another first
        // letter); listed with three Ukrainian cities it is the Ukrainian city it sounds like.
        var groups = new EntityGrouper().Group([
            Text("Drones struck Kharkiv, Poltava, Shernihiv and Sumy overnight.",
                ("Kharkiv", EntityType.Location), ("Poltava", EntityType.Location), ("Shernihiv", EntityType.Location), ("Sumy", EntityType.Location)),
            Text("Power returned to Chernihiv on Friday.", ("Chernihiv", EntityType.Location)),
        ]);
        var city = GroupOf(groups, "Chernihiv");
        Assert.Same(city, GroupOf(groups, "Shernihiv"));
        Assert.Equal("Chernihiv", city.Name);
        Assert.NotSame(city, GroupOf(groups, "Poltava"));
    }

    [Fact]
    public void A_garbled_place_outside_a_list_of_one_country_keeps_its_own_name()
    {
        var groups = new EntityGrouper().Group([
            // Alone: nothing narrows the guess.
            Text("Drones struck Shernihiv overnight.", ("Shernihiv", EntityType.Location)),
            // Listed with cities of another country: no Ukrainian city is near.
            Text("Rail strikes hit Lyon, Nantes and Shernihov on Monday.",
                ("Lyon", EntityType.Location), ("Nantes", EntityType.Location), ("Shernihov", EntityType.Location)),
            // Listed with cities of two countries: no one country.
            Text("Flights from Kharkiv, Krakow and Shernihuv resumed.",
                ("Kharkiv", EntityType.Location), ("Krakow", EntityType.Location), ("Shernihuv", EntityType.Location)),
            Text("Power returned to Chernihiv on Friday.", ("Chernihiv", EntityType.Location)),
        ]);
        var city = GroupOf(groups, "Chernihiv");
        Assert.All(["Shernihiv", "Shernihov", "Shernihuv"], alias => Assert.NotSame(city, GroupOf(groups, alias)));
    }

    [Fact]
    public void Neighbouring_places_and_people_in_a_list_stay_apart()
    {
        // Chernivtsi and Chernihiv share most letters; a person listed with places is not a place.
        var groups = new EntityGrouper().Group([
            Text("Shelling near Kharkiv, Poltava, Shernivtsi and Sumy.",
                ("Kharkiv", EntityType.Location), ("Poltava", EntityType.Location), ("Shernivtsi", EntityType.Location), ("Sumy", EntityType.Location)),
            Text("Talks in Kharkiv, Poltava, Sumy and Sherson stalled.",
                ("Kharkiv", EntityType.Location), ("Poltava", EntityType.Location), ("Sumy", EntityType.Location), ("Sherson", EntityType.Person)),
            Text("Trains left Chernihiv and Kherson.", ("Chernihiv", EntityType.Location), ("Kherson", EntityType.Location)),
        ]);
        Assert.NotSame(GroupOf(groups, "Chernihiv"), GroupOf(groups, "Shernivtsi"));
        Assert.Equal("Chernivtsi", GroupOf(groups, "Shernivtsi").Name);
        Assert.NotSame(GroupOf(groups, "Kherson"), GroupOf(groups, "Sherson"));
        Assert.Equal(EntityType.Person, GroupOf(groups, "Sherson").Type);
    }
}
