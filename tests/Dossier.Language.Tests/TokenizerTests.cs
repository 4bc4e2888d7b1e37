using Dossier.Core;

namespace Dossier.Language.Tests;

public class TokenizerTests
{
    [Theory]
    [InlineData("Don't stop O'Brien.", new[] { "Don't", "stop", "O'Brien", "." })]
    [InlineData("A 30-day truce, well-known.", new[] { "A", "30-day", "truce", ",", "well-known", "." })]
    [InlineData("It cost 1,250.50 euros on 16.05.2026.", new[] { "It", "cost", "1,250.50", "euros", "on", "16.05.2026", "." })]
    [InlineData("Talks began 2026-05-12 at 3:30.", new[] { "Talks", "began", "2026-05-12", "at", "3:30", "." })]
    [InlineData("The U.S. and Dr. Vance met.", new[] { "The", "U.S.", "and", "Dr.", "Vance", "met", "." })]
    [InlineData("See https://news.example/a?b=1, then.", new[] { "See", "https://news.example/a?b=1", ",", "then", "." })]
    [InlineData("Valdoria's offer", new[] { "Valdoria", "'s", "offer" })]
    [InlineData("Wait... what?", new[] { "Wait", "...", "what", "?" })]
    [InlineData("In the 1990s, 45th place", new[] { "In", "the", "1990s", ",", "45th", "place" })]
    [InlineData("Write to press@vnn.example now", new[] { "Write", "to", "press@vnn.example", "now" })]
    [InlineData("President Bashar al-Assad", new[] { "President", "Bashar", "al-Assad" })]
    public void Splits_words_numbers_and_punctuation(string text, string[] expected)
    {
        var d = TestDocs.Create(text);
        new Tokenizer().Process(d, CancellationToken.None);
        Assert.Equal(expected, TestDocs.Tokens(d));
    }

    [Fact]
    public void Token_kinds()
    {
        var d = TestDocs.Create("Pay $5, now!");
        new Tokenizer().Process(d, CancellationToken.None);
        var kinds = d.Get(Layers.Tokens).Select(t => t.Kind).ToArray();
        Assert.Equal(new[] { TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation, TokenKind.Word, TokenKind.Punctuation }, kinds);
    }

    [Fact]
    public void No_tokens_inside_excluded_regions()
    {
        const string text = "Real news here.\n\nShare this article\n\nMore news.";
        var start = text.IndexOf("Share", StringComparison.Ordinal);
        var d = TestDocs.Create(text, null, (start, start + "Share this article".Length));
        new Tokenizer().Process(d, CancellationToken.None);
        Assert.DoesNotContain("Share", TestDocs.Tokens(d));
        Assert.Contains("More", TestDocs.Tokens(d));
    }

    [Fact]
    public void Requires_and_provides()
    {
        var t = new Tokenizer();
        Assert.Equal("tokens", t.Name);
        Assert.Contains(Layers.Blocks, t.Requires);
        Assert.Contains(Layers.Excluded, t.Requires);
        Assert.Equal(new AnnotationKey[] { Layers.Tokens }, t.Provides);
    }
}
