using System.Globalization;
using Dossier.Stories.Claims;

namespace Dossier.Stories.Tests;

public class ClaimMatcherTests
{
    [Fact]
    public void A_reworded_sentence_is_the_same_claim_and_another_story_is_not()
    {
        var matcher = ClaimMatcher.Default;
        var same = matcher.Compare(Docs.Report[0], Docs.Reworded[0]);
        var other = matcher.Compare(Docs.Report[0], Docs.Unrelated[0]);
        Assert.True(same.Same, same.ToString());
        Assert.False(other.Same, other.ToString());
        Assert.InRange(same.Score, 0, 1);
        Assert.InRange(other.Score, 0, 1);
        Assert.True(same.Score > other.Score);
    }

    [Fact]
    public void Different_numbers_lower_the_score()
    {
        var matcher = ClaimMatcher.Default;
        const string a = "The company sold the chain to Safeway in 1998 for $2.5 billion.";
        var same = matcher.Compare(a, "The company sold the chain to Safeway for $2.5 billion in 1998.");
        var different = matcher.Compare(a, "The company sold the chain to Safeway in 2001 for $1.8 billion.");
        Assert.True(same.Score > different.Score, $"{same} vs {different}");
    }

    [Fact]
    public void Compare_is_symmetric()
    {
        var matcher = ClaimMatcher.Default;
        for (var i = 0; i < Docs.Report.Length; i++)
        {
            Assert.Equal(matcher.Compare(Docs.Report[i], Docs.Reworded[i]).Score, matcher.Compare(Docs.Reworded[i], Docs.Report[i]).Score, 12);
        }
    }

    [Fact]
    public void The_model_survives_a_write_and_read()
    {
        var matcher = ClaimMatcher.Default;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        matcher.Write(writer);
        var copy = ClaimMatcher.Read(new StringReader(writer.ToString()));
        Assert.Equal(matcher.Threshold, copy.Threshold);
        Assert.Equal(matcher.Compare(Docs.Report[1], Docs.Reworded[1]).Score, copy.Compare(Docs.Report[1], Docs.Reworded[1]).Score, 12);
    }

    [Fact]
    public void Training_on_a_toy_set_separates_it()
    {
        var pairs = new List<ClaimPair>();
        for (var i = 0; i < Docs.Report.Length; i++)
        {
            pairs.Add(new ClaimPair(Docs.Report[i], Docs.Reworded[i], true));
            pairs.Add(new ClaimPair(Docs.Report[i], Docs.Unrelated[i % Docs.Unrelated.Length], false));
        }

        var result = ClaimMatcherTraining.Train(pairs, folds: 3);
        Assert.True(ClaimMatcherTraining.Evaluate(result.Matcher, pairs).Accuracy >= 0.9);
    }

    [Fact]
    public void Pairs_are_written_back_with_decision_and_score()
    {
        const string input = "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
            + "1\t1\t2\tHe called it \"the witness\".\tHe called it \"the witness\".\n"
            + "0\t3\t4\tThe choir won first prize on Saturday.\tEngineers closed the old bridge in Velmar.\n"
            + "broken line\n";
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var decided = ClaimPairs.Process(new StringReader(input), output, ClaimMatcher.Default);
        var lines = output.ToString().Split('\n');
        Assert.Equal(2, decided);
        Assert.EndsWith("#2 String\tDecision\tScore", lines[0], StringComparison.Ordinal);
        var first = lines[1].Split('\t');
        Assert.Equal(7, first.Length);
        Assert.Equal("1", first[5]);
        Assert.Matches(@"^[01]\.\d{4}$", first[6]);
        var second = lines[2].Split('\t');
        Assert.Equal("0", second[5]);
        Assert.Equal("broken line\t\t", lines[3]);
    }
}
