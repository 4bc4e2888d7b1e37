using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Language.Entities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dossier.Language.Tests.EntityTestDocs;

namespace Dossier.Language.Tests;

/// <summary>
/// The snapshot regroups only the dependency components that changed: the groups must be exactly those of a
/// recomputation from nothing, whatever the batches and order the documents came in, and adding one document to a
/// large index must regroup only a small part of it.
/// </summary>
public class EntityIncrementalPropertyTests
{
    // Besides the order tests' names: titles (pairs that need one), names typed as two kinds (cross-type pairs),
    // invented adjectives of an invented place, look-alikes of real places typed otherwise, an acronym, a given name
    // alone, and a surname with a typo.
    private static readonly (string Text, EntityType Type)[] Names =
    [
        .. EntityOrderPropertyTests.Names,
        ("Minister Anna Berg", EntityType.Person), ("Minister Anja Bergh", EntityType.Person), ("General Vorenko", EntityType.Person),
        ("Vorenko", EntityType.Organization), ("Kyiv", EntityType.Organization), ("Zelenski", EntityType.Location),
        ("Kestria", EntityType.Location), ("Kestrian", EntityType.Misc), ("Kestrians", EntityType.Organization), ("Kestrain", EntityType.Misc),
        ("Austrria", EntityType.Organization), ("Frnace", EntityType.Person), ("Northern Harbour Authority", EntityType.Organization),
        ("NHA", EntityType.Organization), ("Volodymyr", EntityType.Person), ("Oleg Lebed", EntityType.Person), ("Lebed", EntityType.Person),
        ("Lebzd", EntityType.Person),
    ];

    public static Arbitrary<int[]> Picks() => Gen.ArrayOf(Gen.Choose(0, 10_000)).ToArbitrary();

    // Up to 14 documents of 1 to 6 names each, read off the picks.
    private static List<Document> Corpus(int[] picks)
    {
        var docs = new List<Document>();
        var at = 0;
        while (at < picks.Length && docs.Count < 14)
        {
            var count = 1 + (picks[at++] % 6);
            var chosen = picks.Skip(at).Take(count).Select(p => Names[p % Names.Length]).ToArray();
            at += count;
            if (chosen.Length > 0)
            {
                docs.Add(Doc(chosen));
            }
        }

        return docs;
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(EntityIncrementalPropertyTests)])]
    public void Snapshots_between_random_batches_equal_a_recomputation_and_the_batch_result(int[] picks, int seed)
    {
        var docs = Corpus(picks ?? []);
        var random = new Random(seed);
        var shuffled = docs.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));

        var index = new EntityIndex(PlaceGazetteer.Default);
        var at = 0;
        while (at < shuffled.Count)
        {
            var batch = 1 + random.Next(4);
            foreach (var d in shuffled.Skip(at).Take(batch))
            {
                index.Add(d);
            }

            at += batch;
            Assert.Equal(Describe(index.SnapshotFromScratch()), Describe(index.Snapshot()));
        }

        var batchIndex = new EntityIndex(PlaceGazetteer.Default);
        foreach (var d in docs)
        {
            batchIndex.Add(d);
        }

        Assert.Equal(Describe(batchIndex.Snapshot()), Describe(index.Snapshot()));
        Assert.Equal(0, index.LastSnapshotRecomputed); // nothing added since the last snapshot
    }

    [Fact]
    public void Adding_one_document_to_a_large_index_regroups_only_its_components()
    {
        var random = new Random(11);
        var pool = InventedPool(random);
        var index = new EntityIndex(PlaceGazetteer.Default);
        for (var i = 0; i < 400; i++)
        {
            index.Add(InventedArticle(pool, random, i));
        }

        _ = index.Snapshot();
        Assert.Equal(index.NameCount, index.LastSnapshotRecomputedNames); // the first snapshot computes everything

        for (var i = 400; i < 410; i++)
        {
            var article = InventedArticle(pool, random, i);
            index.Add(article);
            var groups = index.Snapshot();
            var mentions = article.Get(Layers.Entities).Length;
            Assert.InRange(index.LastSnapshotRecomputed, 1, mentions);
            Assert.True(
                index.LastSnapshotRecomputedNames < index.NameCount / 10,
                $"{index.LastSnapshotRecomputedNames} of {index.NameCount} names regrouped after one article of {mentions} mentions");
            if (i == 409)
            {
                Assert.Equal(Describe(index.SnapshotFromScratch()), Describe(groups));
            }
        }
    }

    private sealed record Invented(string Text, EntityType Type, string? Surname);

    // Invented people (given name and surname), places and organisations from random syllables.
    private static List<Invented> InventedPool(Random random)
    {
        string Word(int syllables)
        {
            const string consonants = "bdfgklmnprstvz";
            const string vowels = "aeiou";
            var chars = new List<char>();
            for (var s = 0; s < syllables; s++)
            {
                chars.Add(consonants[random.Next(consonants.Length)]);
                chars.Add(vowels[random.Next(vowels.Length)]);
            }

            chars[0] = char.ToUpperInvariant(chars[0]);
            return new string([.. chars]);
        }

        var pool = new List<Invented>();
        for (var i = 0; i < 300; i++)
        {
            var surname = Word(3) + (i % 3 == 0 ? "enko" : "");
            pool.Add(new Invented(Word(2) + " " + surname, EntityType.Person, surname));
        }

        for (var i = 0; i < 100; i++)
        {
            pool.Add(new Invented(Word(3), EntityType.Location, null));
            pool.Add(new Invented(Word(2) + " " + Word(3) + " Council", EntityType.Organization, null));
        }

        return pool;
    }

    // Twelve names with a heavy head of popular ones; people named in full, then by surname; a name in eight is
    // written with a letter dropped.
    private static Document InventedArticle(List<Invented> pool, Random random, int number)
    {
        var names = new List<(string, EntityType)>();
        while (names.Count < 12)
        {
            var e = pool[(int)(pool.Count * Math.Pow(random.NextDouble(), 2))];
            var text = random.Next(8) == 0 && e.Text.Length > 5 ? e.Text.Remove(3, 1) : e.Text;
            names.Add((text, e.Type));
            if (e.Surname is { } surname && random.Next(2) == 0)
            {
                names.Add((surname, EntityType.Person));
            }
        }

        return DocWithPrefix($"Report {number}: ", [.. names]);
    }
}
