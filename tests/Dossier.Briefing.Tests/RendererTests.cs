using System.Text.Json;

namespace Dossier.Briefing.Tests;

public class RendererTests
{
    private const string Hostile = "Officials said <script>alert(1)</script> and <img src=x \"onerror=alert(2)> were found.";

    private static Briefing HostileBriefing() => new()
    {
        Title = "Talks <script>alert(0)</script>",
        Sources =
        [
            new BriefingSource("aaaa000000000001", "page.html", "Title \"onerror=x", "https://news.example/a?x=<b>&y=\"1\"", "Site <b>", "2026-05-12T10:00:00+00:00", "2026-05-12", false, null, null, null, null),
            new BriefingSource("aaaa000000000002", "copy.html", null, null, null, null, null, null, "aaaa000000000001", "paraphrase", 0.8, 3),
        ],
        Entities = [new BriefingEntity("e1", "Anna <Berg>", "PER", ["Anna <Berg>", "A. Berg"], 1, [new BriefingMention("aaaa000000000001", 0, 5, "Anna ")])],
        Quotes = [new BriefingQuote("aaaa000000000001", 10, 20, "<script>alert(3)</script>", "Anna Berg", "e1", true)],
        Timeline = [new TimelineEntry("2026-05-12", Hostile, [new Citation("aaaa000000000001", 0, 87)], 1, [new Citation("aaaa000000000002", 5, 50)])],
        Summary = [new CitedSentence(Hostile, [new Citation("aaaa000000000001", 0, 87)], 0, [], null)],
        Faq = [new FaqItem("Who said what?", [new CitedSentence(Hostile, [new Citation("aaaa000000000001", 0, 87)], 0, [], "Anna <Berg>")])],
        Contradictions = [new Contradiction("prisoners", [new Claim("40", Hostile, [new Citation("aaaa000000000001", 0, 87)]), new Claim("45", "x", [new Citation("aaaa000000000002", 0, 1)])])],
    };

    private static string Render(IBriefingRenderer renderer, Briefing briefing)
    {
        var writer = new StringWriter();
        renderer.Render(briefing, writer);
        return writer.ToString();
    }

    [Fact]
    public void Html_escapes_article_text_and_loads_nothing_external()
    {
        var html = Render(new HtmlBriefingRenderer(), HostileBriefing());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onerror=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;onerror=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_citations_are_anchors_to_the_sources_section()
    {
        var html = Render(new HtmlBriefingRenderer(), HostileBriefing());

        Assert.Contains("<a href=\"#source-1\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"source-2\">", html, StringComparison.Ordinal);
        foreach (var id in new[] { "summary", "timeline", "entities", "quotes", "faq", "contradictions", "sources" })
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(html.Split("<section").Length - 1, html.Split("</section>").Length - 1);
    }

    [Fact]
    public void Html_of_a_real_build_is_escaped_too()
    {
        var documents = StoryCorpus.All();
        documents.Add(new TestDoc
        {
            Source = "hostile.html",
            Title = "<script>alert(1)</script>",
            Published = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero),
            Paragraphs = ["Harbour officials said the text <script>alert(1)</script> and \"onerror= appeared on the port website overnight."],
        }.Build());

        var html = Render(new HtmlBriefingRenderer(), BriefingBuilderTests.Build(documents, 8));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public void Markdown_has_the_sections_and_numbered_citations()
    {
        var documents = StoryCorpus.All();
        var markdown = Render(new MarkdownBriefingRenderer(), BriefingBuilderTests.Build(documents));

        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Summary", "## Timeline", "## Who is involved", "## Who said what", "## FAQ", "## Contradictions", "## Sources"], headings);
        Assert.Matches(@"\[\[1\]\]\(#source-1 ""characters \d+-\d+""\)", markdown);
        Assert.Contains("1. <a id=\"source-1\"></a>", markdown, StringComparison.Ordinal);
        Assert.Contains("cited characters ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_markup_in_article_text()
    {
        var markdown = Render(new MarkdownBriefingRenderer(), HostileBriefing());

        // Every '<' of article text is backslash-escaped, so CommonMark shows it as text instead of raw HTML.
        Assert.DoesNotMatch(@"(?<!\\)<(script|img|/script)", markdown);
        Assert.Contains(@"\<script\>alert(1)\</script\>", markdown, StringComparison.Ordinal);
        Assert.Contains("## Contradictions", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_uses_the_contract_field_names_and_writes_nulls()
    {
        var json = Render(new JsonBriefingRenderer(), BriefingBuilderTests.Build(StoryCorpus.All()));
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;

        foreach (var field in new[] { "title", "sources", "entities", "quotes", "timeline", "summary", "faq", "contradictions" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        static void HasFields(JsonElement element, params string[] fields)
        {
            foreach (var field in fields)
            {
                Assert.True(element.TryGetProperty(field, out _), $"missing {field} in {element}");
            }
        }

        foreach (var source in root.GetProperty("sources").EnumerateArray())
        {
            HasFields(source, "id", "source", "title", "published", "copyOf", "copyKind", "similarity", "dct", "dctEstimated");
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("sources")[0].GetProperty("copyOf").ValueKind);
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            HasFields(entity, "id", "name", "type", "aliases", "mentions");
            HasFields(entity.GetProperty("mentions")[0], "source", "start", "end", "text");
        }

        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            HasFields(quote, "source", "start", "end", "text", "speakerName", "speakerId", "direct");
        }

        foreach (var entry in root.GetProperty("timeline").EnumerateArray())
        {
            HasFields(entry, "date", "text", "citations", "supportingSources");
            HasFields(entry.GetProperty("citations")[0], "source", "start", "end");
        }

        foreach (var item in root.GetProperty("summary").EnumerateArray())
        {
            HasFields(item, "text", "citations", "supportingSources", "support");
        }

        foreach (var item in root.GetProperty("faq").EnumerateArray())
        {
            HasFields(item, "question", "answer");
            HasFields(item.GetProperty("answer")[0], "text", "citations");
        }

        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"sources\": [", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips()
    {
        var briefing = BriefingBuilderTests.Build(StoryCorpus.All());
        var json = Render(new JsonBriefingRenderer(), briefing);

        var read = JsonBriefingRenderer.Read(json);

        Assert.Equal(json, Render(new JsonBriefingRenderer(), read));
        Assert.Equal(briefing.Summary.Count, read.Summary.Count);
        Assert.Equal(briefing.Summary[0].Citations[0], read.Summary[0].Citations[0]);
    }

    [Fact]
    public void Json_of_the_hostile_briefing_is_valid_and_keeps_the_text()
    {
        var json = Render(new JsonBriefingRenderer(), HostileBriefing());

        var read = JsonBriefingRenderer.Read(json);

        Assert.Equal(HostileBriefing().Summary[0].Text, read.Summary[0].Text);
    }
}
