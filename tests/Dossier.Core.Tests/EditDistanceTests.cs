namespace Dossier.Core.Tests;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "Kyiv", 4)]
    [InlineData("Kyiv", "Kiev", 2)]
    [InlineData("Zelensky", "Zelenskyy", 1)]
    [InlineData("same", "same", 0)]
    public void Characters(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a.AsSpan(), b.AsSpan()));
        Assert.Equal(expected, EditDistance.Between(b.AsSpan(), a.AsSpan()));
    }

    [Fact]
    public void Words_are_compared_whole()
    {
        string[] a = ["talks", "resume", "monday"];
        string[] b = ["talks", "will", "resume", "tuesday"];

        Assert.Equal(2, EditDistance.Between<string>(a, b));
    }
}
