using System.Text;
using Dossier.Ingest.Html.Dom;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Ingest.Tests;

/// <summary>The tree rules of the extraction parser, each against the tree a browser builds for the same markup.</summary>
public sealed class HtmlTreeParserTests
{
    [Theory]
    [InlineData("<p>one<p>two", "<p>one</p><p>two</p>")]
    [InlineData("<p>one<div>block</div>", "<p>one</p><div>block</div>")]
    [InlineData("<ul><li>one<li>two</ul>", "<ul><li>one</li><li>two</li></ul>")]
    [InlineData("<li>outer<ul><li>inner</ul>", "<li>outer<ul><li>inner</li></ul></li>")]
    [InlineData("<dl><dt>term<dd>definition<dt>next</dl>", "<dl><dt>term</dt><dd>definition</dd><dt>next</dt></dl>")]
    [InlineData("<h2>one<h3>two</h3>", "<h2>one</h2><h3>two</h3>")]
    [InlineData("<h2>title</h3>after", "<h2>title</h2>after")]
    [InlineData("a<br>b<img src=x>c<hr>d", "a<br>b<img>c<hr>d")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")]
    [InlineData("<table><tbody><tr><td>a</td></tr><tbody><tr><td>b</table>", "<table><tbody><tr><td>a</td></tr></tbody><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<div><td>cell outside a table</td></div>", "<div>cell outside a table</div>")]
    [InlineData("<div><span>text</div>after", "<div><span>text</span></div>after")]
    [InlineData("<div><b>bold</span> still bold</b></div>", "<div><b>bold still bold</b></div>")]
    [InlineData("<div><p>text</span></p></div>", "<div><p>text</p></div>")]
    [InlineData("text</p>more", "text<p></p>more")]
    [InlineData("line</br>next", "line<br>next")]
    [InlineData("<a href=1>one<a href=2>two</a>", "<a>one</a><a>two</a>")]
    [InlineData("<p>a</div>b</p>", "<p>ab</p>")]
    [InlineData("<svg><path/><circle/></svg>after", "<svg><path></path><circle></circle></svg>after")]
    [InlineData("<svg><g><p>breaks out", "<svg><g></g></svg><p>breaks out</p>")]
    [InlineData("<select><option>a<option>b</select>", "<select><option>a</option><option>b</option></select>")]
    [InlineData("<div>a<!-- <p>not a tag</p> -->b</div>", "<div>ab</div>")]
    [InlineData("<!DOCTYPE html><?xml version='1.0'?><p>x</p>", "<p>x</p>")]
    [InlineData("<p>1 < 2 and 3 <> 4</p>", "<p>1 < 2 and 3 <> 4</p>")]
    [InlineData("<p>cut <b class='unterminated", "<p>cut </p>")]
    [InlineData("<div>x</div></body></html><p>after the end", "<div>x</div><p>after the end</p>")]
    [InlineData("<p>a<plaintext><b>all text</plaintext>", "<p>a</p><plaintext><b>all text</plaintext></plaintext>")]
    public void Builds_the_tree_browsers_build(string html, string expectedBody) => Assert.Equal(expectedBody, BodyOf(html));

    [Fact]
    public void Raw_text_elements_end_only_at_their_own_end_tag()
    {
        var document = HtmlTreeParser.Parse("<body><script>if (a < b) { s = '</div><p>'; }</SCRIPT ><p>after</p><style>p > b {}</style><textarea>&lt;b&gt;</textarea>");

        Assert.Equal("<script>if (a < b) { s = '</div><p>'; }</script><p>after</p><style>p > b {}</style><textarea><b></textarea>", string.Concat(ChildShapes(Body(document))));
    }

    [Fact]
    public void Head_content_goes_to_the_head_and_text_starts_the_body()
    {
        var document = HtmlTreeParser.Parse("<html lang=de><title>A &amp; B</title><meta name=author content='Ann Example'>Text<html class=x lang=en>");
        var root = document.DocumentElement;

        Assert.Equal("<head><title>A & B</title><meta></meta></head><body>Text</body>", string.Concat(root.Children.Select(Shape)));
        Assert.Equal("A & B", document.Title);
        Assert.Equal("de", root.GetAttribute("lang"));
        Assert.Equal("x", root.GetAttribute("class"));
        Assert.Equal("Ann Example", root.FindDescendant(e => e.LocalName == "meta")?.GetAttribute("content"));
    }

    [Fact]
    public void Attributes_are_lower_case_decoded_and_first_wins()
    {
        var document = HtmlTreeParser.Parse("<DIV CLASS=\"a > b\" class=second id='x&amp;y' data-x=1 hidden title=\"&copy=2\" href=?a=1&copy=2>t</div>");
        var div = Body(document).Children.Single();

        Assert.Equal("div", div.LocalName);
        Assert.Equal("a > b", div.ClassName);
        Assert.Equal("x&y", div.Id);
        Assert.Equal("", div.GetAttribute("hidden"));
        Assert.Null(div.GetAttribute("data-x"));
        Assert.Equal("?a=1&copy=2", div.GetAttribute("href"));
    }

    [Fact]
    public void Text_nodes_know_their_source_range()
    {
        const string html = "<p>Fish &amp; chips\r\n</p><p>plain</p>";
        var texts = Body(HtmlTreeParser.Parse(html)).Descendants().OfType<HtmlText>().ToList();

        Assert.Equal(2, texts.Count);
        Assert.True(texts[0].NeedsDecoding);
        Assert.Equal("Fish & chips\n", texts[0].Data(html));
        Assert.Equal("Fish &amp; chips\r\n", html[texts[0].Start..texts[0].End]);
        Assert.False(texts[1].NeedsDecoding);
        Assert.Equal("plain", html[texts[1].Start..texts[1].End]);
    }

    [Theory]
    [InlineData("&copy 2024 &amp;&lt;", "\u00a9 2024 &<")]
    [InlineData("&notit; &notin;", "\u00acit; \u2209")]
    [InlineData("&hellip without semicolon, &hellip;", "&hellip without semicolon, \u2026")]
    [InlineData("&#x80;&#150;&#0;&#xD800;&#x110000;&#65", "\u20ac\u2013\ufffd\ufffd\ufffdA")]
    [InlineData("&nvlt; &NotEqualTilde; &#x1F600;", "<\u20d2 \u2242\u0338 \U0001F600")]
    [InlineData("& &; &#; &#x;", "& &; &#; &#x;")]
    public void Character_references_decode_as_in_browsers(string text, string expected)
    {
        var html = "<p>" + text + "</p>";
        var node = Body(HtmlTreeParser.Parse(html)).Descendants().OfType<HtmlText>().Single();

        Assert.Equal(expected, node.Data(html));
    }

    [Fact]
    public void Nesting_is_capped_and_end_tags_of_ignored_elements_are_ignored_too()
    {
        var html = new StringBuilder("<body>");
        html.Insert(html.Length, "<div>", 1000).Append("deep").Insert(html.Length, "</div>", 1000).Append("<p>after</p>");
        var document = HtmlTreeParser.Parse(html.ToString());

        Assert.True(Depth(document.DocumentElement) <= HtmlTreeParser.MaxDepth + 1);
        var after = document.DocumentElement.FindDescendant(e => e.LocalName == "p");
        Assert.Equal("body", after?.ParentElement?.LocalName);
        Assert.Equal("after", after?.TextContent);
    }

    private static readonly string[] SoupPieces =
    [
        "<p>", "</p>", "<div class=x>", "</div>", "<b>", "</b>", "<a href='/x'>", "</a>", "<br/>", "<!-- c -->", "<!--", "-->", "<span title='a > b'>",
        "</span>", "word", " ", "\r\n", "\r", "\0", "&amp;", "&#x1F600;", "&copy", "&", "<", ">", "</", "<!", "<?x?>", "<table>", "<tr>", "<td>", "</td>",
        "</table>", "<li>", "<ul>", "</ul>", "<h2>", "</h2>", "<script>", "</script>", "<style>", "<title>", "</title>", "<svg>", "<path/>", "</svg>",
        "<select>", "<option>", "<textarea>", "<html lang=en>", "<body>", "</body>", "<head>", "<pre>", "</pre>", "<plaintext>", "<a", "=\"", "'",
        "<td>", "<caption>", "<dd>", "<dt>", "<frameset>", "<template>", "</template>", "<xmp>", "</xmp>", "</br>", "<image>",
    ];

    [Fact]
    public void Random_tag_soup_never_throws_and_every_text_lies_inside_the_source_in_order()
    {
        var soup = Gen.ArrayOf(Gen.Elements(SoupPieces)).Select(string.Concat);
        Prop.ForAll(soup.ToArbitrary(), html =>
        {
            var document = HtmlTreeParser.Parse(html);
            var previousEnd = 0;
            foreach (var text in document.DocumentElement.Descendants().OfType<HtmlText>())
            {
                Assert.InRange(text.Start, 0, text.End);
                Assert.InRange(text.End, text.Start, html.Length);
                Assert.True(text.Start >= previousEnd, "text nodes overlap or run backwards");
                previousEnd = text.End;
                if (!text.NeedsDecoding)
                {
                    Assert.Equal(html[text.Start..text.End], text.Data(html));
                }
            }

            foreach (var element in document.DocumentElement.Descendants().OfType<HtmlElement>())
            {
                Assert.InRange(element.SourceStart, -1, html.Length - 1);
                Assert.True(element.SourceStart < 0 || html[element.SourceStart] == '<');
            }

            Assert.True(Depth(document.DocumentElement) <= HtmlTreeParser.MaxDepth + 1);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Deep_random_nesting_stays_bounded()
    {
        var deep = Gen.Choose(HtmlTreeParser.MaxDepth, 3 * HtmlTreeParser.MaxDepth).SelectMany(count =>
            Gen.ArrayOf(Gen.Elements("<div>", "<span>", "<b>", "<li>", "<p>", "<td>", "<section>"), count).Select(string.Concat));
        Prop.ForAll(deep.ToArbitrary(), html =>
        {
            Assert.True(Depth(HtmlTreeParser.Parse(html + "text").DocumentElement) <= HtmlTreeParser.MaxDepth + 1);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static string BodyOf(string html) => string.Concat(ChildShapes(Body(HtmlTreeParser.Parse(html))));

    private static HtmlElement Body(HtmlDocument document) => document.DocumentElement.Children.Single(e => e.LocalName == "body");

    private static IEnumerable<string> ChildShapes(HtmlElement element)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            yield return child is HtmlElement e ? Shape(e) : ((HtmlText)child).Data(element.Document.Source);
        }
    }

    private static string Shape(HtmlElement element) =>
        (element.Flags & TagFlags.Void) != 0 && element.LocalName != "meta"
            ? $"<{element.LocalName}>"
            : $"<{element.LocalName}>{string.Concat(ChildShapes(element))}</{element.LocalName}>";

    private static int Depth(HtmlElement root)
    {
        var deepest = 0;
        foreach (var node in root.Descendants())
        {
            var depth = 0;
            for (var e = node.Parent; e is not null; e = e.Parent)
            {
                depth++;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
