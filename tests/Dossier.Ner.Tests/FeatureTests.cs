namespace Dossier.Ner.Tests;

public class FeatureTests
{
    private static TokenAtoms Atoms(string token)
    {
        var a = default(TokenAtoms);
        AtomBuilder.ComputeOne(token, ref a, WordStats.Empty);
        return a;
    }

    [Theory]
    [InlineData("Blackburn", "InitCap")]
    [InlineData("U.S.", "CapPeriod")]
    [InlineData("1996-08-22", "Number")]
    [InlineData("iPhone", "MixedLower")]
    [InlineData("McDonald", "MixedUpper")]
    [InlineData("NATO", "AllCaps")]
    [InlineData("A", "SingleCap")]
    [InlineData(",", "Punct")]
    [InlineData("said", "Lower")]
    [InlineData("F16", "AlphaNum")]
    public void Short_shapes(string token, string expected) => Assert.Equal(Enum.Parse<ShortShape>(expected), Atoms(token).ShortShape);

    [Fact]
    public void Case_insensitive_forms_share_the_lower_hash_but_not_the_word_hash()
    {
        var a = Atoms("London");
        var b = Atoms("LONDON");
        Assert.Equal(a.Lower, b.Lower);
        Assert.Equal(a.Title, b.Title);
        Assert.NotEqual(a.Word, b.Word);
        Assert.Equal(FeatureHash.Lower("London"), a.Lower);
    }

    [Fact]
    public void Affixes_are_lower_cased_prefixes_and_suffixes()
    {
        Assert.Equal(Atoms("London").Suf3, Atoms("SWINDON").Suf3);
        Assert.Equal(Atoms("London").Pre2, Atoms("Loire").Pre2);
        Assert.NotEqual(Atoms("London").Pre3, Atoms("Loire").Pre3);
        Assert.Equal(0UL, Atoms("ab").Pre3);
    }

    [Fact]
    public void Shapes_collapse_repeated_character_classes()
    {
        Assert.Equal(Atoms("Blackburn").Shape, Atoms("Smith").Shape);
        Assert.NotEqual(Atoms("Blackburn").Shape, Atoms("BLACKBURN").Shape);
        Assert.Equal(Atoms("1996-08-22").Shape, Atoms("2001-1-3").Shape);
    }

    [Fact]
    public void Local_features_are_deterministic_and_depend_on_context()
    {
        var extractor = new FeatureExtractor([]);
        var s1 = Sentence("President", "Blackburn", "said");
        var s2 = Sentence("Mr", "Blackburn", "left");
        var k1 = Keys(extractor, s1, 1);
        var k1Again = Keys(extractor, s1, 1);
        var k2 = Keys(extractor, s2, 1);
        Assert.Equal(k1, k1Again);
        Assert.Equal(k1.Length, k1.Distinct().Count());
        Assert.True(k1.Length <= FeatureExtractor.MaxFeatures);
        var shared = k1.Intersect(k2).Count();
        Assert.True(shared > 5, "word, shape and affix features are shared");
        Assert.True(shared < k1.Length - 5, "context features differ");
    }

    [Fact]
    public void Sentence_case_detects_headlines_and_lower_case_text()
    {
        Assert.Equal(SentenceCase.AllCaps, AtomBuilder.CaseOf(Sentence("RUSSIA", "AND", "UKRAINE", "RESUME", "TALKS")));
        Assert.Equal(SentenceCase.AllLower, AtomBuilder.CaseOf(Sentence("just", "landed", "in", "paris")));
        Assert.Equal(SentenceCase.Normal, AtomBuilder.CaseOf(Sentence("Peter", "visited", "London", ".")));
    }

    [Fact]
    public void Gazetteer_marks_begin_and_inside_tokens_of_multi_token_names()
    {
        var builder = new GazetteerBuilder();
        builder.Add("New York City", GazetteerCategory.City);
        builder.Add("São Paulo", GazetteerCategory.BigCity);
        var gazetteer = builder.Build();
        var tokens = new[] { "from", "new", "YORK", "City", "to", "Sao", "Paulo" };
        var lower = tokens.Select(t => FeatureHash.Lower(t)).ToArray();
        var marks = new uint[tokens.Length];
        gazetteer.Mark(lower, marks);
        Assert.Equal(0u, marks[0]);
        Assert.Equal(1u << (2 * (int)GazetteerCategory.City), marks[1]);
        Assert.Equal(1u << ((2 * (int)GazetteerCategory.City) + 1), marks[2]);
        Assert.Equal(1u << ((2 * (int)GazetteerCategory.City) + 1), marks[3]);
        Assert.Equal(0u, marks[4]);
        Assert.Equal(1u << (2 * (int)GazetteerCategory.BigCity), marks[5]);
        Assert.NotEqual(0, gazetteer.Lookup("são paulo"));
    }

    [Fact]
    public void Document_context_reports_how_other_occurrences_were_tagged()
    {
        var s1 = Sentence("Peter", "Blackburn", "said");
        var s2 = Sentence("Blackburn", "left");
        var y1 = new[] { NerLabel.BPer, NerLabel.IPer, NerLabel.O };
        var y2 = new[] { NerLabel.BOrg, NerLabel.O };
        var info = new[] { new TokenDocInfo[3], new TokenDocInfo[2] };
        new DocumentContext().Compute([s1, s2], [y1, y2], [3, 2], info);
        var blackburnLater = info[1][0];
        Assert.Equal(0, blackburnLater.Majority); // PER
        Assert.Equal(0, blackburnLater.First);
        Assert.Equal(1, blackburnLater.InMulti & 1);
        Assert.Equal(-1, info[0][1].First); // first occurrence has no earlier one
        Assert.Equal(2, info[0][1].Majority); // the other occurrence says ORG
    }

    internal static TokenAtoms[] Sentence(params string[] tokens)
    {
        var atoms = new TokenAtoms[tokens.Length];
        AtomBuilder.Compute(new StringTokens(tokens), atoms, Gazetteer.Empty, WordStats.Empty, new ulong[tokens.Length], new uint[tokens.Length]);
        return atoms;
    }

    private static ulong[] Keys(FeatureExtractor extractor, TokenAtoms[] sentence, int i)
    {
        var keys = new ulong[FeatureExtractor.MaxFeatures];
        var n = extractor.Local(sentence, i, AtomBuilder.CaseOf(sentence), keys);
        return keys[..n];
    }
}

public class NormalizationTests
{
    [Fact]
    public void Typographic_quotes_and_dashes_read_as_ascii()
    {
        Assert.Equal(FeatureHash.Exact("O'Neill"), FeatureHash.Exact("O\u2019Neill"));
        Assert.Equal(FeatureHash.Lower("\""), FeatureHash.Lower("\u201C"));
        Assert.Equal(FeatureHash.Exact("-"), FeatureHash.Exact("\u2014"));
        var a = default(TokenAtoms);
        var b = default(TokenAtoms);
        AtomBuilder.ComputeOne("d\u2019Ivoire", ref a, WordStats.Empty);
        AtomBuilder.ComputeOne("d'Ivoire", ref b, WordStats.Empty);
        Assert.Equal(b.Word, a.Word);
        Assert.Equal(b.Shape, a.Shape);
        Assert.Equal(b.Suf4, a.Suf4);
    }
}
