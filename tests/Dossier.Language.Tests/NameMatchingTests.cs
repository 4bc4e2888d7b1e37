namespace Dossier.Language.Tests;

public class NameMatchingTests
{
    [Theory]
    [InlineData("Zelenskyy", "zelensky")]
    [InlineData("Zelenskiy", "zelensky")]
    [InlineData("Škoda Ōsaka", "skoda osaka")]
    [InlineData("the  Saren-Valley", "saren valley")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("U.N.", "un")]
    public void Normalize(string input, string expected) => Assert.Equal(expected, NameMatching.Normalize(input));

    [Fact]
    public void Jaro_winkler_known_values()
    {
        Assert.Equal(1.0, NameMatching.JaroWinkler("kyiv", "kyiv"), 6);
        Assert.Equal(0.961, NameMatching.JaroWinkler("martha", "marhta"), 3);
        Assert.Equal(0.840, NameMatching.JaroWinkler("dwayne", "duane"), 3);
        Assert.Equal(0.0, NameMatching.JaroWinkler("abc", "xyz"), 6);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("kyiv", "kiev", 2)]
    [InlineData("", "abc", 3)]
    public void Edit_distance(string a, string b, int expected) => Assert.Equal(expected, NameMatching.EditDistance(a, b));

    [Theory]
    [InlineData("kyiv", "kiev", true)]
    [InlineData("zelensky", "zelenskyy", true)]
    [InlineData("zelensky", "zellinski", true)]
    [InlineData("vorenko", "vorenko", true)]
    [InlineData("brenner", "brenna", false)]
    [InlineData("paris", "perth", false)]
    [InlineData("falk", "fall", false)]
    public void Spelling_variants(string a, string b, bool expected) =>
        Assert.Equal(expected, NameMatching.IsSpellingVariant(NameMatching.Normalize(a), NameMatching.Normalize(b)));

    [Theory]
    [InlineData("Alexander Vorenko", "Vorenko", true)]
    [InlineData("Alexander Vorenko", "A. Vorenko", true)]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy", true)]
    [InlineData("Alexander Vorenko", "Alexander Brenner", false)]
    [InlineData("Hillary Clinton", "Bill Clinton", false)]
    [InlineData("President Oriana Falk", "Oriana Falk", true)]
    [InlineData("Aleksandr Vorenko", "Alexander Vorenko", true)]
    [InlineData("Alexandr Varenko", "Aleksandr Vorenko", true)]
    public void Same_person(string a, string b, bool expected) => Assert.Equal(expected, NameMatching.IsSameFullName(a, b));

    [Fact]
    public void Surname_skips_titles_and_suffixes()
    {
        Assert.Equal("king", NameMatching.Surname("Martin Luther King Jr."));
        Assert.Equal("falk", NameMatching.Surname("Prime Minister Oriana Falk"));
    }
}
