using Dossier.Core;

namespace Dossier.Language.Tests;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var d = TestDocs.Create(text);
        new Tokenizer().Process(d, CancellationToken.None);
        new SentenceSplitter().Process(d, CancellationToken.None);
        return TestDocs.Sentences(d);
    }

    [Theory]
    [InlineData("Mr. Halvik arrived. He sat down.", new[] { "Mr. Halvik arrived.", "He sat down." })]
    [InlineData("Gen. Ostrova spoke to the U.N. envoy on Jan. 5. Talks resumed.", new[] { "Gen. Ostrova spoke to the U.N. envoy on Jan. 5.", "Talks resumed." })]
    [InlineData("J. R. Malden wrote it. It sold well.", new[] { "J. R. Malden wrote it.", "It sold well." })]
    [InlineData("Growth was 3.5 percent. Prices rose.", new[] { "Growth was 3.5 percent.", "Prices rose." })]
    [InlineData("\"We will not sign,\" Orlan said. \"Never.\"", new[] { "\"We will not sign,\" Orlan said.", "\"Never.\"" })]
    [InlineData("\"It is over.\" The crowd left.", new[] { "\"It is over.\"", "The crowd left." })]
    [InlineData("\"Why?\" she asked. Nobody knew.", new[] { "\"Why?\" she asked.", "Nobody knew." })]
    [InlineData("He paused... Then he left.", new[] { "He paused...", "Then he left." })]
    [InlineData("He waited... and waited.", new[] { "He waited... and waited." })]
    [InlineData("The firm moved to the U.S. The board agreed.", new[] { "The firm moved to the U.S.", "The board agreed." })]
    [InlineData("Really? Yes! Fine.", new[] { "Really?", "Yes!", "Fine." })]
    public void Splits_sentences(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Never_crosses_a_block_boundary_and_trims()
    {
        var sentences = Split("  First paragraph without a stop\n\nSecond one.  ");
        Assert.Equal(new[] { "First paragraph without a stop", "Second one." }, sentences);
    }

    [Fact]
    public void Short_header_lines_are_separate_sentences()
    {
        var sentences = Split("World\nTalks open in Marvik\nBy Ana Sorel\nThe talks opened on Monday.");
        Assert.Equal(4, sentences.Length);
    }

    [Fact]
    public void Never_inside_an_excluded_region()
    {
        const string text = "The talks went on. Share this article Then they stopped.";
        var start = text.IndexOf("Share", StringComparison.Ordinal);
        var d = TestDocs.Create(text, null, (start, start + "Share this article".Length));
        new Tokenizer().Process(d, CancellationToken.None);
        new SentenceSplitter().Process(d, CancellationToken.None);
        foreach (var s in d.Get(Layers.Sentences))
        {
            Assert.False(d.IsExcluded(TextSpan.Of(s)));
        }

        Assert.Equal(new[] { "The talks went on.", "Then they stopped." }, TestDocs.Sentences(d));
    }
}
