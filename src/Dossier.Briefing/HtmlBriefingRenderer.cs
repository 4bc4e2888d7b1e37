using System.Globalization;
using System.Net;
using System.Text;

namespace Dossier.Briefing;

/// <summary>
/// The briefing as one self-contained HTML file: inline CSS, no scripts, no external assets, readable on a phone.
/// All article text is HTML-encoded; citations are anchors to the source list, whose article URLs are shown as
/// text, never fetched.
/// </summary>
public sealed class HtmlBriefingRenderer : IBriefingRenderer
{
    private const string Style = """
        :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fdfdfb;--muted:#5b5b5b;--accent:#0b5cad;--rule:#ddd}
        @media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161616;--muted:#a8a8a8;--accent:#7db4f0;--rule:#333}}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:46rem;padding:1rem;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
        h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem}
        ul,ol{padding-left:1.2rem}li{margin:.35rem 0}
        a{color:var(--accent)}sup a{text-decoration:none;font-size:.8em}
        .date{font-variant-numeric:tabular-nums;font-weight:600;white-space:nowrap}
        .note,.meta{color:var(--muted);font-size:.9em}
        blockquote{margin:.2rem 0;padding-left:.8rem;border-left:3px solid var(--rule)}
        code{font-size:.85em;word-break:break-all}
        :target{background:rgba(255,220,0,.25)}
        """;

    /// <inheritdoc/>
    public void Render(Briefing briefing, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new CitationIndex(briefing);
        var html = new StringBuilder();
        var title = briefing.Title is null ? "Briefing" : "Briefing: " + briefing.Title;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>").Append(E(title)).Append("</h1>\n<p class=\"meta\">")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{briefing.Sources.Count} sources. Every sentence below is quoted from a source; the numbers link to it."))
            .Append("</p></header>\n<main>\n");

        if (briefing.Stories is { Count: > 1 } stories)
        {
            Section(html, "stories", string.Create(CultureInfo.InvariantCulture, $"Stories ({stories.Count})"));
            html.Append("<p class=\"meta\">The sources tell several stories; the sections below cover them all.</p>\n<ul>\n");
            foreach (var story in stories)
            {
                html.Append("<li><strong>").Append(E(story.Title)).Append("</strong> <span class=\"meta\">(<code>").Append(E(story.Id))
                    .Append(string.Create(CultureInfo.InvariantCulture, $"</code>) {story.Sources.Count} sources</span>"));
                foreach (var number in story.Sources.Select(id => index.NumberOf(id)).Order())
                {
                    html.Append(string.Create(CultureInfo.InvariantCulture, $"<sup><a href=\"#source-{number}\">[{number}]</a></sup>"));
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        Section(html, "summary", "Summary");
        html.Append("<ul>\n");
        foreach (var item in briefing.Summary)
        {
            html.Append("<li>").Append(Sentence(item, index)).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");

        Section(html, "timeline", "Timeline");
        html.Append("<ul>\n");
        foreach (var entry in briefing.Timeline)
        {
            html.Append("<li><span class=\"date\">").Append(E(entry.Date)).Append("</span> <span class=\"meta\">(")
                .Append(E(entry.Precision)).Append(", from \u201c").Append(E(entry.DateText)).Append('\u201d')
                .Append(entry.YearFromDocumentDate ? "; year from the document date" : "").Append(")</span> ")
                .Append(E(entry.Text)).Append(Markers(entry.Citations, index))
                .Append(SupportNote(entry.Support, index)).Append(SourceCount(entry.IndependentSources)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (briefing.TimelineWithoutYear.Count > 0)
        {
            html.Append("<p class=\"meta\">Dates without a year (the articles are undated, so the year is unknown):</p>\n<ul>\n");
            foreach (var entry in briefing.TimelineWithoutYear)
            {
                html.Append("<li><span class=\"date\">").Append(E(entry.DateText)).Append("</span> <span class=\"meta\">(")
                    .Append(E(entry.Precision)).Append(", ").Append(E(entry.Date)).Append(")</span> ")
                    .Append(E(entry.Text)).Append(Markers(entry.Citations, index))
                    .Append(SupportNote(entry.Support, index)).Append(SourceCount(entry.IndependentSources)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");

        Section(html, "entities", "Who is involved");
        html.Append("<ul>\n");
        foreach (var entity in briefing.Entities)
        {
            var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).ToList();
            var first = entity.Mentions[0];
            html.Append("<li><strong>").Append(E(entity.Name)).Append("</strong> <span class=\"meta\">(").Append(E(entity.Type));
            if (aliases.Count > 0)
            {
                html.Append("; also ").Append(E(string.Join(", ", aliases)));
            }

            html.Append(string.Create(CultureInfo.InvariantCulture, $") {entity.Documents} sources, {entity.Mentions.Count} mentions</span>"))
                .Append(Marker(new Citation(first.Source, first.Start, first.End), index)).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");

        Section(html, "quotes", "Who said what");
        html.Append("<ul>\n");
        foreach (var quote in briefing.Quotes)
        {
            html.Append("<li><strong>").Append(E(quote.SpeakerName ?? "Unattributed")).Append("</strong>")
                .Append("<blockquote>").Append(quote.Direct ? "\u201C" + E(quote.Text) + "\u201D" : E(quote.Text))
                .Append(Marker(new Citation(quote.Source, quote.Start, quote.End), index));
            foreach (var o in quote.Occurrences.Skip(1))
            {
                html.Append(Marker(new Citation(o.Source, o.Start, o.End), index));
            }

            html.Append("</blockquote>");
            if (quote.PossibleMisattribution is { } mis)
            {
                html.Append("<p class=\"misattribution\">\u26A0 Possible misattribution: attributed to ");
                for (var i = 0; i < mis.Speakers.Count; i++)
                {
                    var s = mis.Speakers[i];
                    html.Append(i == 0 ? "" : "; ").Append(E(s.SpeakerName ?? s.SpeakerId ?? "?"));
                    foreach (var c in s.Citations)
                    {
                        html.Append(Marker(c, index));
                    }
                }

                html.Append("</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");

        Section(html, "faq", "FAQ");
        foreach (var item in briefing.Faq)
        {
            html.Append("<h3>").Append(E(item.Question)).Append("</h3>\n<ul>\n");
            foreach (var answer in item.Answer)
            {
                html.Append("<li>");
                if (answer.Note is not null)
                {
                    html.Append("<span class=\"note\">").Append(E(answer.Note)).Append(":</span> ");
                }

                html.Append(Sentence(answer, index)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");

        if (briefing.Contradictions.Count > 0)
        {
            Section(html, "contradictions", "Contradictions");
            html.Append("<ul>\n");
            foreach (var contradiction in briefing.Contradictions)
            {
                html.Append("<li><strong>").Append(E(contradiction.Subject)).Append("</strong> <span class=\"meta\">")
                    .Append(contradiction.Kind == "status" ? "(reported as done and as only planned)" : "(different numbers)").Append("</span><ul>\n");
                foreach (var claim in contradiction.Claims)
                {
                    html.Append("<li><span class=\"date\">").Append(E(claim.Value)).Append("</span> ")
                        .Append(E(claim.Text)).Append(Markers(claim.Citations, index)).Append("</li>\n");
                }

                html.Append("</ul></li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        Section(html, "sources", "Sources");
        html.Append("<ol>\n");
        for (var i = 0; i < briefing.Sources.Count; i++)
        {
            var source = briefing.Sources[i];
            html.Append(string.Create(CultureInfo.InvariantCulture, $"<li id=\"source-{i + 1}\"><strong>"))
                .Append(E(source.Title ?? source.Source)).Append("</strong><br><span class=\"meta\">");
            if (source.SiteName is not null)
            {
                html.Append(E(source.SiteName)).Append(" \u00B7 ");
            }

            html.Append(source.Published is null ? "no publication date" : "published " + E(source.Published))
                .Append(" \u00B7 <code>").Append(E(source.Source)).Append("</code> \u00B7 id <code>").Append(E(source.Id)).Append("</code>");
            if (source.Url is not null)
            {
                // Shown as text: the briefing never makes the reader's browser contact a third party.
                html.Append(" \u00B7 <code>").Append(E(source.Url)).Append("</code>");
            }

            if (source.CopyOf is not null)
            {
                var original = index.NumberOf(source.CopyOf);
                html.Append(string.Create(
                    CultureInfo.InvariantCulture,
                    $" \u00B7 copy of <a href=\"#source-{original}\">[{original}]</a> ({E(source.CopyKind ?? "")}, similarity {source.Similarity:0.00}, {source.SharedSentences} shared sentences)"));
            }

            if (source.Quality is { Notes.Count: > 0 } quality)
            {
                html.Append(" \u00B7 quality: ").Append(E(string.Join("; ", quality.Notes)));
            }

            var ranges = index.RangesOf(source.Id);
            if (ranges.Count > 0)
            {
                html.Append(" \u00B7 cited characters ").Append(string.Join(", ", ranges.Select(r => CitationIndex.Range(r.Start, r.End))));
            }

            html.Append("</span></li>\n");
        }

        html.Append("</ol>\n</section>\n</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private static void Section(StringBuilder html, string id, string heading) =>
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(heading).Append("</h2>\n");

    private static string Sentence(CitedSentence item, CitationIndex index) =>
        E(item.Text) + Markers(item.Citations, index) + SupportNote(item.Support, index) + SourceCount(item.IndependentSources);

    private static string SourceCount(int independent) => independent <= 1
        ? " <span class=\"note single\">(single source)</span>"
        : string.Create(CultureInfo.InvariantCulture, $" <span class=\"note\">({independent} independent sources)</span>");

    private static string Markers(IEnumerable<Citation> citations, CitationIndex index) =>
        string.Concat(citations.Select(c => Marker(c, index)));

    private static string Marker(Citation citation, CitationIndex index)
    {
        var number = index.NumberOf(citation.Source);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<sup><a href=\"#source-{number}\" title=\"source {number}, characters {citation.Start}-{citation.End}\">[{number}]</a></sup>");
    }

    private static string SupportNote(IReadOnlyList<Citation> support, CitationIndex index) =>
        support.Count == 0 ? "" : $" <span class=\"note\">(similar text in{Markers(support, index)})</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
