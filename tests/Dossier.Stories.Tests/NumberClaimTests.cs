using Dossier.Stories.Claims;

namespace Dossier.Stories.Tests;

public class NumberClaimTests
{
    [Theory]
    [InlineData("Brenner offered to release 45 Valdorian prisoners of war.", 45, "prisoners")]
    [InlineData("The union said 1,200 members joined the strike.", 1200, "members")]
    [InlineData("Forty prisoners is a gesture.", 40, "prisoners")]
    [InlineData("They proposed a 30-day truce.", 30, "truce")]
    [InlineData("Valdoria would receive 40 percent of transit fees.", 40, "percent")]
    public void Finds_the_number_and_the_counted_word(string sentence, int value, string head)
    {
        var claim = Assert.Single(NumberClaims.Extract(sentence));

        Assert.Equal(value, claim.Value);
        Assert.Equal(head, claim.HeadText);
        Assert.Equal(claim.Surface, sentence[claim.Start..(claim.Start + claim.Surface.Length)]);
    }

    [Theory]
    [InlineData("Talks opened on May 11, 2026 in the city.")]
    [InlineData("On 14 May the ministers met.")]
    [InlineData("The bridge was built in 1872, officials said.")]
    [InlineData("They met at 10 am.")]
    [InlineData("No numbers here at all.")]
    public void Ignores_dates_times_and_bare_numbers(string sentence) =>
        Assert.Empty(NumberClaims.Extract(sentence));
}
