using System.Text;
using Dossier.Core;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests;

public sealed class HtmlExtractionTests
{
    private static readonly string PagesFolder = Path.Combine(AppContext.BaseDirectory, "Pages");

    private static string Page(string name) => File.ReadAllText(Path.Combine(PagesFolder, name));

    private static readonly ExtractedArticle Golden = new HtmlArticleExtractor().Extract(Page("harbour-news.html"));

    [Fact]
    public void Golden_page_body_is_the_article_in_order()
    {
        var expected = string.Join("\n\n",
            "The ferry crews\u2019 strike that stranded thousands of commuters for three days ended early on Tuesday, after union leaders and the operator reached a deal shortly before dawn.",
            
            "Under the agreement, crews will receive a 4.5 % pay rise this year and a further 3 % next spring, the union said in a statement. Night shifts will be limited to four a week.",
            "Timetable back to normal by Thursday",
            "The operator said the first crossings would resume at noon, and that the full timetable & the night service would return by Thursday morning.",
            "Season tickets will be extended by three days.",
            "Refunds can be claimed at any ticket office until the end of the month.",
            "Route | Resumes",
            "Old Town \u2013 Island | Tuesday noon",
            "\u201cNobody wins a strike like this,\u201d said Ida Berg, a nurse who commutes from the island. \u201cI am just glad it is over.\u201d");
        Assert.Equal(expected, Golden.Text);
    }

    [Theory]
    [InlineData("cookies")] // cookie banner
    [InlineData("Business")] // navigation
    [InlineData("Facebook")] // share bar
    [InlineData("Related stories")] // related list
    [InlineData("Union votes")] // related list
    [InlineData("nightmare")] // comments
    [InlineData("All rights reserved")] // footer
    [InlineData("Imprint")] // footer
    [InlineData("newsletter")] // subscribe box
    [InlineData("Tags")] // article footer
    [InlineData("not text")] // script
    [InlineData("Mara Quint")] // byline
    public void Golden_page_boilerplate_is_left_out(string junk) => Assert.DoesNotContain(junk, Golden.Text, StringComparison.Ordinal);

    [Fact]
    public void Golden_page_block_kinds()
    {
        var kinds = Golden.Blocks.Select(b => b.Kind).ToList();
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph], kinds);
        Assert.Equal(Golden.Text, string.Join("\n\n", Golden.Blocks.Select(b => Golden.Text[b.Start..b.End])));
    }

    /// <summary>A German page built from divs only: nothing is marked up as nav, aside or footer, so class names and text decide.</summary>
    [Fact]
    public void Golden_div_soup_page_in_german()
    {
        var article = new HtmlArticleExtractor().Extract(Page("stadtbote-divsoup.html"));

        var blocks = article.Text.Split("\n\n");
        Assert.Equal(5, blocks.Length);
        Assert.StartsWith("Der Bau der neuen Fußgänger- und Radbrücke", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("Die Brücke soll 180 Meter lang werden", blocks[1], StringComparison.Ordinal);
        Assert.Equal("Kritik an den Kosten", blocks[2]);
        Assert.StartsWith("Die Opposition hielt den Plan für zu teuer. „Wir bauen eine Brücke", blocks[3], StringComparison.Ordinal);
        Assert.StartsWith("Während der Bauzeit bleibt der Uferweg offen.", blocks[4], StringComparison.Ordinal);
        Assert.Equal("Neue Brücke über die Saale soll 2027 fertig sein", article.Title);
        Assert.Equal(["Lena Vogt"], article.Authors);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 17, 20, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("time", article.PublishedFrom);
        Assert.Equal("de", article.Language);
        Assert.Equal("Stadtbote", article.SiteName);
    }

    [Theory]
    [InlineData("Anzeige")] // ad slots, in the header and inside the article
    [InlineData("Ostsee")] // ad inside the article
    [InlineData("Lokales")] // menu
    [InlineData("Von Lena Vogt")] // byline
    [InlineData("Teilen")] // share buttons
    [InlineData("Modell der neuen Brücke")] // caption
    [InlineData("Foto: Archiv")] // photo credit
    [InlineData("Lesen Sie auch")] // related articles
    [InlineData("Radweg am Ostufer")] // related articles
    [InlineData("abonnieren")] // subscribe box
    [InlineData("Kommentare")] // comments
    [InlineData("Saalefan")] // comments
    [InlineData("Meistgelesen")] // sidebar
    [InlineData("Impressum")] // footer
    [InlineData("dataLayer")] // script
    public void Golden_div_soup_page_boilerplate_is_left_out(string junk) =>
        Assert.DoesNotContain(junk, new HtmlArticleExtractor().Extract(Page("stadtbote-divsoup.html")).Text, StringComparison.Ordinal);

    [Fact]
    public void An_unclosed_tag_inside_noscript_does_not_hide_the_page()
    {
        const string html = "<html><body><noscript><div id=\"nojs\">Please enable JavaScript.</noscript>" +
            "<div id=\"main\"><p>The harbour authority approved the new ferry timetable on Monday, after weeks of talks with the union.</p></div></body></html>";

        var article = new HtmlArticleExtractor().Extract(html);

        Assert.Equal("The harbour authority approved the new ferry timetable on Monday, after weeks of talks with the union.", article.Text);
    }

    [Fact]
    public void Golden_page_metadata_comes_from_the_most_trusted_source()
    {
        Assert.Equal("Ferry strike ends after night of talks", Golden.Title);
        Assert.Equal(["Mara Quint", "Olle Brandt"], Golden.Authors);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 6, 45, 0, TimeSpan.FromHours(1)), Golden.Published); // JSON-LD beats the meta tag
        Assert.Equal("json-ld", Golden.PublishedFrom);
        Assert.Equal("https://harbour-news.example/2025/03/04/ferry-strike-ends", Golden.CanonicalUrl);
        Assert.Equal("Harbour News", Golden.SiteName);
        Assert.Equal("en", Golden.DeclaredLanguage);
        Assert.Equal("en", Golden.Language);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-05-16T10:00:00Z\">", "", null, "2024-05-16T10:00:00+00:00", "meta")]
    [InlineData("", "<time datetime=\"2024-05-17\">17 May</time>", null, "2024-05-17T00:00:00+00:00", "time")]
    [InlineData("", "", "https://news.example/2024/05/18/story", "2024-05-18T00:00:00+00:00", "url")]
    [InlineData("", "<div class=\"date\">Published 19. Mai 2024</div>", null, "2024-05-19T00:00:00+00:00", "byline")]
    public void Date_sources_in_order_of_trust(string head, string body, string? url, string expected, string origin)
    {
        var html = $"<html><head>{head}</head><body>{body}<article><p>Enough words to make this look like the text of a real article, with commas, too.</p></article></body></html>";

        var article = new HtmlArticleExtractor().Extract(html, url);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(origin, article.PublishedFrom);
    }

    [Fact]
    public void Source_map_points_every_mapped_character_at_itself_or_its_reference()
    {
        var html = Page("harbour-news.html");
        SourceMapAssert.RoundTrips(html, Golden);
        Assert.True(Golden.SourceMap.RunCount > 10);
    }

    [Fact]
    public void Page_without_body_or_html_tags()
    {
        var article = new HtmlArticleExtractor().Extract("<p>Just a paragraph, without any html or body element around it.</p>");

        Assert.Equal("Just a paragraph, without any html or body element around it.", article.Text);
    }

    [Fact]
    public void Malformed_html_is_read()
    {
        const string html = "<html><body><div><p>Negotiators met in Port Elena on Tuesday and agreed to meet again.<p>The mediator <b>proposed <i>a ceasefire</b> for the valley.</div></span></table><p>Unclosed";

        var article = new HtmlArticleExtractor().Extract(html);

        Assert.Contains("Negotiators met in Port Elena", article.Text, StringComparison.Ordinal);
        Assert.Contains("The mediator proposed a ceasefire for the valley.", article.Text, StringComparison.Ordinal);
        SourceMapAssert.RoundTrips(html, article);
    }

    [Fact]
    public void Ten_thousand_nested_elements_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("Deep inside the page there is a sentence, with a comma, that forms the article.");
        var article = new HtmlArticleExtractor().Extract(html.ToString());

        Assert.Equal("Deep inside the page there is a sentence, with a comma, that forms the article.", article.Text);
    }

    [Fact]
    public void Ten_megabyte_page()
    {
        var html = new StringBuilder("<html><body><div class=\"content\">");
        var paragraph = "<p>Paragraph number {0} of a very long report, with enough words and commas to count as article text.</p>\n";
        for (var i = 0; html.Length < 10 * 1024 * 1024; i++)
        {
            html.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, paragraph, i);
        }

        html.Append("</div></body></html>");
        var article = new HtmlArticleExtractor().Extract(html.ToString());

        Assert.True(article.Blocks.Length > 50_000);
        Assert.StartsWith("Paragraph number 0 of", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_is_collapsed_and_line_breaks_kept()
    {
        var article = new HtmlArticleExtractor().Extract("<body><article><p>First   line of the\n  address<br>second line of it, a longer one.</p></article></body>");

        Assert.Equal("First line of the address\nsecond line of it, a longer one.", article.Text);
    }

    [Fact]
    public void Hidden_elements_are_not_text()
    {
        var article = new HtmlArticleExtractor().Extract("<body><article><p>Visible paragraph with the actual news, told in full sentences.</p><p hidden>Hidden text</p><div style=\"display:none\">Also hidden</div></article></body>");

        Assert.Equal("Visible paragraph with the actual news, told in full sentences.", article.Text);
    }
}
