using FsCheck;
using FsCheck.Fluent;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests;

internal static class SourceMapAssert
{
    /// <summary>Every mapped text character is at its source position, either literally or as a character reference that decodes to it.</summary>
    public static void RoundTrips(string html, ExtractedArticle article)
    {
        for (var i = 0; i < article.Text.Length; i++)
        {
            if (article.SourceMap.ToSource(i) is not { } position)
            {
                continue;
            }

            var c = article.Text[i];
            if (html[position] == c)
            {
                continue;
            }

            Assert.True(html[position] == '&', $"text[{i}] '{c}' maps to source[{position}] '{html[position]}'");
            Assert.True(Dossier.Ingest.Html.Dom.CharacterReferences.TryDecodeReference(html, position, out var decoded, out _), $"no reference at {position}");
            Assert.Contains(c, decoded);
        }
    }
}

public sealed class SourceMapTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<a href=\"/x\">", "</a>", "<br>", "<!-- note -->", "<span class='a > b'>", "</span>",
        "word", "Talks", " ", "  ", "\n", "\r\n", "&amp;", "&nbsp;", "&eacute;", "&#233;", "&#x1F600;", "&copy", "&lt;", "caf\u00e9", "\t",
        "<script>var s = '<p>x</p>';</script>", "<style>p{}</style>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<li>", "<h2>", "</h2>",
        ", and more words.", "A sentence with, commas, in it.", "<pre>  keep\n  this</pre>", "\u00a0", "&unknown;", "& ", "<", ">",
    ];

    [Fact]
    public void Random_pages_round_trip()
    {
        var pageGenerator = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => "<html><body><article>" + string.Concat(parts) + "</article></body></html>");
        Prop.ForAll(pageGenerator.ToArbitrary(), html =>
        {
            var article = new HtmlArticleExtractor().ExtractFragment(html);
            SourceMapAssert.RoundTrips(html, article);
            var page = new HtmlArticleExtractor().Extract(html);
            SourceMapAssert.RoundTrips(html, page);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Entities_map_to_their_reference()
    {
        const string html = "<p>Fish &amp; chips &eacute;t&#233; &#x1F600; end of the line here.</p>";

        var article = new HtmlArticleExtractor().ExtractFragment(html);

        Assert.Equal("Fish & chips \u00e9t\u00e9 \U0001F600 end of the line here.", article.Text);
        Assert.Equal(html.IndexOf("&amp;", StringComparison.Ordinal), article.SourceMap.ToSource(5));
        Assert.Equal(html.IndexOf("&eacute;", StringComparison.Ordinal), article.SourceMap.ToSource(13));
        Assert.Equal(html.IndexOf("chips", StringComparison.Ordinal), article.SourceMap.ToSource(7));
        SourceMapAssert.RoundTrips(html, article);
    }
}
