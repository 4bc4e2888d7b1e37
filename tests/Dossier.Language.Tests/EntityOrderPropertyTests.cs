using Dossier.Core;
using Dossier.Language.Entities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

/// <summary>The grouping must not depend on the order documents arrive in, nor on adding them in several steps.</summary>
public class EntityOrderPropertyTests
{
    // Spellings that interact: families, look-alikes, surnames shared by two people, acronyms, demonyms.
    internal static readonly (string Text, EntityType Type)[] Names =
    [
        ("Volodymyr Zelensky", EntityType.Person), ("Zelenskyy", EntityType.Person), ("Zellinski", EntityType.Person),
        ("Anna Berg", EntityType.Person), ("Anja Berg", EntityType.Person), ("Berg", EntityType.Person), ("A. Berg", EntityType.Person),
        ("Alexander Vorenko", EntityType.Person), ("Aleksandr Vorenko", EntityType.Person), ("Vorenko", EntityType.Person),
        ("Alexander Brenner", EntityType.Person), ("Kiev", EntityType.Location), ("Kyiv", EntityType.Location),
        ("Austria", EntityType.Location), ("Australia", EntityType.Location), ("Port Elena", EntityType.Location),
        ("Port Elena's", EntityType.Location), ("Southern Meridian Council", EntityType.Organization), ("SMC", EntityType.Organization),
        ("French", EntityType.Misc), ("France", EntityType.Location), ("Hillary Clinton", EntityType.Person),
        ("Bill Clinton", EntityType.Person), ("Clinton", EntityType.Person),
    ];

    private static List<Document> Corpus(int[] picks)
    {
        var docs = new List<Document>();
        for (var i = 0; i + 2 < picks.Length && docs.Count < 8; i += 3)
        {
            var chosen = picks.Skip(i).Take(3).Select(p => Names[Math.Abs(p % Names.Length)]).ToArray();
            docs.Add(Doc(chosen));
        }

        return docs;
    }

    public static Arbitrary<int[]> Picks() => Gen.ArrayOf(Gen.Choose(0, 1000)).ToArbitrary();

    [Property(MaxTest = 150, Arbitrary = [typeof(EntityOrderPropertyTests)])]
    public bool Order_of_documents_does_not_change_the_groups(int[] picks, int seed)
    {
        var docs = Corpus(picks ?? []);
        var shuffled = docs.OrderBy(_ => 0).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var grouper = new EntityGrouper();
        return Describe(grouper.Group(docs)).SequenceEqual(Describe(grouper.Group(shuffled)));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(EntityOrderPropertyTests)])]
    public bool Adding_documents_in_steps_gives_the_batch_result(int[] picks, int split)
    {
        var docs = Corpus(picks ?? []);
        var index = new EntityIndex(PlaceGazetteer.Default);
        var cut = docs.Count == 0 ? 0 : Math.Abs(split % (docs.Count + 1));
        foreach (var d in docs.Take(cut))
        {
            index.Add(d);
        }

        _ = index.Snapshot(); // a snapshot in between must not change later results
        foreach (var d in docs.Skip(cut).Reverse())
        {
            index.Add(d);
        }

        Assert.All(docs, d => Assert.False(index.Add(d))); // adding a document twice is a no-op
        return Describe(index.Snapshot()).SequenceEqual(Describe(new EntityGrouper().Group(docs)));
    }

    [Fact]
    public void Blocking_keeps_comparisons_near_linear()
    {
        // 2,000 distinct people with distinct surnames: all pairs would be about two million comparisons.
        var random = new Random(7);
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        string Word(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
            }

            chars[0] = char.ToUpperInvariant(chars[0]);
            return new string(chars);
        }

        var index = new EntityIndex(PlaceGazetteer.Empty);
        for (var i = 0; i < 400; i++)
        {
            index.Add(Doc([.. Enumerable.Range(0, 5).Select(_ => (Word(5) + " " + Word(7), EntityType.Person))]));
        }

        Assert.True(index.Comparisons < 100_000, $"{index.Comparisons} comparisons for {index.NameCount} names");
    }
}
