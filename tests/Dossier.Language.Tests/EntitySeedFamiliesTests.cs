using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Language.Entities;
using Dossier.Language.Tests.Evaluation;
using Xunit.Abstractions;

namespace Dossier.Language.Tests;

/// <summary>
/// The product's entity pipeline (tokens, sentences, the shipped tagger, the grouper) on the five seed articles in
/// ../shared/seeds: machine-translated reports of one story that spell the same people and places several ways.
/// Each spelling family must be one entity, look-alikes must stay apart and the tagger's junk must not show.
/// Skipped with a printed reason when the seeds are absent.
/// </summary>
public sealed class EntitySeedFamiliesTests(ITestOutputHelper output)
{
    private static readonly string? SeedFolder = FindSeeds();

    private static string? FindSeeds()
    {
        if (SharedData.Root is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(SharedData.Root, "..", "seeds"));
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any() ? folder : null;
    }

    private static readonly Lazy<IReadOnlyList<EntityGroup>> Groups = new(() =>
    {
        var documents = new List<Document>();
        foreach (var path in Directory.EnumerateFiles(SeedFolder!, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = TestDocs.Create(File.ReadAllText(path));
            new Tokenizer().Process(document, CancellationToken.None);
            new SentenceSplitter().Process(document, CancellationToken.None);
            new Dossier.Ner.NerEntityRecognizer().Process(document, CancellationToken.None);
            documents.Add(document);
        }

        return new EntityGrouper().Group(documents);
    });

    private bool Skipped()
    {
        if (SeedFolder is null)
        {
            output.WriteLine("skipped: ../shared/seeds not found (place the shared folder beside the repository or set DOSSIER_SHARED_DATA)");
            return true;
        }

        foreach (var g in Groups.Value)
        {
            output.WriteLine($"{g.Type} | {g.Name} | {string.Join(", ", g.Aliases.Select(a => a.Text))} | {g.Mentions.Select(m => m.DocumentId).Distinct().Count()}");
        }

        return false;
    }

    // Aliases that are present must all be in one group; at least two of each family must be present.
    [Theory]
    [InlineData("Zelensky", "Zelenskyy", "Zelinski", "Volodimir Zellinski", "Volodymyr Zelensky")]
    [InlineData("Kyiv", "Kiev")]
    [InlineData("Zaporizhzhia", "Zaborisvia", "Zaburisia")]
    [InlineData("Luhansk", "Luansk")]
    [InlineData("Kherson", "Sherceon")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("Rustem Umerov", "Rustum Umerov")]
    [InlineData("Hakan Fidan", "Hakan Vian")]
    [InlineData("Turkey", "Türkiye")]
    [InlineData("US", "U.S.", "United States")]
    [InlineData("Vladimir Medinsky", "Vladimir Medinski", "Medinsky")]
    public void Each_spelling_family_is_one_entity(params string[] family)
    {
        if (Skipped())
        {
            return;
        }

        var owners = family.Select(alias => (Alias: alias, Group: Groups.Value.FirstOrDefault(g => g.Aliases.Any(a => a.Text == alias)))).ToList();
        Assert.True(owners.Count(o => o.Group is not null) >= 2, "family not found: " + string.Join(", ", owners.Where(o => o.Group is null).Select(o => o.Alias)));
        var groups = owners.Where(o => o.Group is not null).Select(o => o.Group!).Distinct().ToList();
        Assert.True(groups.Count == 1, "split: " + string.Join(" | ", groups.Select(g => g.Name + " (" + string.Join(", ", g.Aliases.Select(a => a.Text)) + ")")));
    }

    [Theory]
    [InlineData("Donetsk", "Luhansk")]
    [InlineData("Vladimir Putin", "Vladimir Medinsky")]
    [InlineData("Kherson", "Kyiv")]
    [InlineData("Zaporizhzhia", "Luhansk")]
    [InlineData("Russia", "Ukraine")]
    [InlineData("Lindsey Graham", "Richard Blumenthal")]
    public void Look_alikes_stay_apart(string a, string b)
    {
        if (Skipped())
        {
            return;
        }

        var ga = Groups.Value.Single(g => g.Aliases.Any(x => x.Text == a));
        var gb = Groups.Value.Single(g => g.Aliases.Any(x => x.Text == b));
        Assert.NotEqual(ga.Id, gb.Id);
    }

    [Fact]
    public void No_junk_entities()
    {
        if (Skipped())
        {
            return;
        }

        foreach (var g in Groups.Value)
        {
            var letters = g.Name.Count(char.IsLetter);
            Assert.True(letters >= 2, "a lone initial: " + g.Name);
            Assert.False(g.Name.Split(' ')[^1].All(char.IsLower), "a trailing lower-case word: " + g.Name);
            var parts = g.Name.Split('-');
            Assert.False(parts.Length == 2 && Groups.Value.Any(x => x.Name == parts[0] || x.Aliases.Any(a => a.Text == parts[0]))
                && Groups.Value.Any(x => x.Name == parts[1] || x.Aliases.Any(a => a.Text == parts[1])), "a hyphenated pair of entities: " + g.Name);
        }
    }

    [Fact]
    public void Places_named_in_lists_and_regions_are_places()
    {
        if (Skipped())
        {
            return;
        }

        foreach (var name in (string[])["Kherson", "Donetsk", "Luhansk", "Kyiv"])
        {
            Assert.Equal(EntityType.Location, Groups.Value.Single(g => g.Aliases.Any(a => a.Text == name)).Type);
        }
    }
}
