using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Ingest.Html.Dom;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Ingest.Tests;

/// <summary>
/// The extraction parser against a full WHATWG tree builder (AngleSharp) on random pages that follow the content
/// models (no misnested tags, where the two are meant to agree exactly): same elements, same nesting, same text.
/// </summary>
public sealed class HtmlTreeParserReferenceTests
{
    private static readonly HtmlParser Reference = new(new HtmlParserOptions { IsScripting = true, SkipComments = true });

    private static readonly string[] Words = ["Talks", "resumed", "in", "Port Elena", "&amp;", "&eacute;t&eacute;", "&#8217;", "&copy", "1 < 2", "a > b", "&nbsp;", " ", "\n"];

    [Fact]
    public void Well_formed_random_pages_build_the_same_tree_as_a_full_html_parser()
    {
        Prop.ForAll(Block(4).ToArbitrary(), body =>
        {
            var html = "<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "</body></html>";
            var ours = Body(HtmlTreeParser.Parse(html).DocumentElement);
            var theirs = Shape(Reference.ParseDocument(html).Body!);
            Assert.Equal(theirs, ours);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("<p>one<p>two<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>")]
    [InlineData("<table><tbody><tr><td>a<td>b<tr><th>c</table><h2>x<h3>y</h3>")]
    [InlineData("<div><span>text</div>after<p>x</span>y</p>")]
    [InlineData("text</p>more</br>line<a href=1>one<a href=2>two</a>")]
    [InlineData("<svg><path/><circle/></svg><div><script>if (a</div>) {}</script></div><select><option>a<option>b</select>")]
    public void Implied_ends_match_a_full_html_parser(string body)
    {
        var html = "<!DOCTYPE html><body>" + body;

        Assert.Equal(Shape(Reference.ParseDocument(html).Body!), Body(HtmlTreeParser.Parse(html).DocumentElement));
    }

    private static Gen<string> Inline(int depth) => depth == 0
        ? Gen.Elements(Words)
        : Gen.OneOf(
            Gen.Elements(Words),
            Gen.Elements(Words),
            Gen.Constant("<br>"),
            Gen.Constant("<!-- a comment -->"),
            Wrap("<span class=\"x\">", "</span>", Inline(depth - 1)),
            Wrap("<b>", "</b>", Inline(depth - 1)),
            Wrap("<em>", "</em>", Inline(depth - 1)),
            Wrap("<a href=\"/x?a=1&amp;b=2\">", "</a>", Gen.Elements(Words)));

    private static Gen<string> Block(int depth) => depth == 0
        ? Inlines(0)
        : Gen.OneOf(
            Inlines(depth),
            Wrap("<div class=\"c\">", "</div>", Blocks(depth - 1)),
            Wrap("<section>", "</section>", Blocks(depth - 1)),
            Wrap("<p>", "</p>", Inlines(depth - 1)),
            Wrap("<h2>", "</h2>", Inlines(depth - 1)),
            Wrap("<blockquote>", "</blockquote>", Blocks(depth - 1)),
            Wrap("<ul>", "</ul>", Gen.ArrayOf(Wrap("<li>", "</li>", Blocks(depth - 1))).Select(string.Concat)),
            Wrap("<table><tbody>", "</tbody></table>",
                Gen.ArrayOf(Wrap("<tr>", "</tr>", Gen.ArrayOf(Wrap("<td>", "</td>", Blocks(depth - 1))).Select(string.Concat))).Select(string.Concat)),
            Gen.Constant("<script>var s = '</div>' + \"<p>\";</script>"),
            Gen.Constant("<hr>"),
            Gen.Constant("<img src=\"a.png\" alt=\"x\">"));

    private static Gen<string> Inlines(int depth) => Gen.ArrayOf(Inline(Math.Min(depth, 2))).Select(string.Concat);

    private static Gen<string> Blocks(int depth) => Gen.ArrayOf(Block(depth)).Select(parts => string.Concat(parts.Take(4)));

    private static Gen<string> Wrap(string open, string close, Gen<string> content) => content.Select(inner => open + inner + close);

    private static string Body(HtmlElement root)
    {
        var body = root.Children.Single(e => e.LocalName == "body");
        var text = new StringBuilder();
        for (var child = body.FirstChild; child is not null; child = child.NextSibling)
        {
            text.Append(Shape(child, root.Document.Source));
        }

        return text.ToString();
    }

    private static string Shape(HtmlNode node, string source) => node switch
    {
        HtmlText text => text.Data(source),
        HtmlElement element => $"<{element.LocalName}>{string.Concat(Children(element).Select(c => Shape(c, source)))}</{element.LocalName}>",
        _ => "",
    };

    private static IEnumerable<HtmlNode> Children(HtmlElement element)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            yield return child;
        }
    }

    private static string Shape(IElement body) => string.Concat(body.ChildNodes.Select(ShapeOf));

    private static string ShapeOf(INode node) => node switch
    {
        IText text => text.Data,
        IElement element => $"<{element.LocalName}>{string.Concat(element.ChildNodes.Select(ShapeOf))}</{element.LocalName}>",
        _ => "",
    };
}
