namespace Dossier.Briefing.Tests;

/// <summary>Stories, source counts, status conflicts and quality notes in Markdown and HTML, with article text escaped.</summary>
public class CorroborationRenderingTests
{
    private const string A = "aaaa000000000001";
    private const string B = "aaaa000000000002";

    private static Briefing Sample() => new()
    {
        Title = "Border talks",
        Sources =
        [
            new BriefingSource(A, "a.html", "Talks <b>open</b>", null, "Harbour Daily", null, null, null, null, null, null, null)
            {
                Quality = new SourceQuality(100, 1, 0, 0, 10, 0.3, [], ["spells <script>Lunt</script> where other sources write Lund"]),
            },
            new BriefingSource(B, "b.html", "Choir wins", null, "North Wire", null, null, null, null, null, null, null),
        ],
        Summary =
        [
            new CitedSentence("Both sides signed.", [new Citation(A, 0, 18)], 1, [new Citation(B, 0, 10)], null) { IndependentSources = 2 },
            new CitedSentence("Only one paper says this.", [new Citation(A, 20, 45)], 0, [], null),
        ],
        Timeline = [new TimelineEntry("2026-05-12", "A dated thing happened.", [new Citation(A, 50, 73)], 0, [])],
        Contradictions =
        [
            new Contradiction("sign", [new Claim("planned", "They will sign <now>.", [new Citation(A, 80, 100)]), new Claim("done", "They signed.", [new Citation(B, 20, 32)])]) { Kind = "status" },
        ],
        Stories =
        [
            new BriefingStory("story-1", "Border <talks>", [A], [], [], []),
            new BriefingStory("story-2", "Choir wins", [B], [], [], []),
        ],
    };

    private static string Render(IBriefingRenderer renderer)
    {
        var writer = new StringWriter();
        renderer.Render(Sample(), writer);
        return writer.ToString();
    }

    [Fact]
    public void Markdown_lists_stories_marks_single_sources_and_explains_conflicts_and_quality()
    {
        var md = Render(new MarkdownBriefingRenderer());

        Assert.Contains("## Stories (2)", md, StringComparison.Ordinal);
        Assert.Contains("**Border \\<talks\\>** (`story-1`) \u2014 1 sources: [[1]](#source-1)", md, StringComparison.Ordinal);
        Assert.Contains("Both sides signed. [[1]]", md, StringComparison.Ordinal);
        Assert.Contains("*(2 independent sources)*", md, StringComparison.Ordinal);
        Assert.Contains("Only one paper says this. [[1]](#source-1 \"characters 20-45\") *(single source)*", md, StringComparison.Ordinal);
        Assert.Contains("A dated thing happened. [[1]](#source-1 \"characters 50-73\") *(single source)*", md, StringComparison.Ordinal);
        Assert.Contains("**sign** (reported as done and as only planned):", md, StringComparison.Ordinal);
        Assert.Contains("quality: spells \\<script\\>Lunt\\</script\\>", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("## Stories", StringComparison.Ordinal) < md.IndexOf("## Summary", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_lists_stories_marks_single_sources_and_escapes_notes()
    {
        var html = Render(new HtmlBriefingRenderer());

        Assert.Contains("<section id=\"stories\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Border &lt;talks&gt;</strong>", html, StringComparison.Ordinal);
        Assert.Contains("(single source)", html, StringComparison.Ordinal);
        Assert.Contains("(2 independent sources)", html, StringComparison.Ordinal);
        Assert.Contains("(reported as done and as only planned)", html, StringComparison.Ordinal);
        Assert.Contains("They will sign &lt;now&gt;.", html, StringComparison.Ordinal);
        Assert.Contains("quality: spells &lt;script&gt;Lunt&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
