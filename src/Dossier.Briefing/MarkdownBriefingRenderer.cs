using System.Globalization;
using System.Text;

namespace Dossier.Briefing;

/// <summary>
/// The briefing as Markdown: Summary, Timeline, Who is involved, Who said what, FAQ, Sources. Every sentence is
/// followed by citation markers such as [1] that link to the numbered source list, which gives the cited character
/// ranges. Article text is escaped so that it cannot inject Markdown or HTML.
/// </summary>
public sealed class MarkdownBriefingRenderer : IBriefingRenderer
{
    /// <inheritdoc/>
    public void Render(Briefing briefing, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new CitationIndex(briefing);
        var md = new StringBuilder();
        Line(md, "# " + (briefing.Title is null ? "Briefing" : "Briefing: " + Escape(briefing.Title)));
        Line(md);

        if (briefing.Stories is { Count: > 1 } stories)
        {
            Line(md, string.Create(CultureInfo.InvariantCulture, $"## Stories ({stories.Count})"));
            Line(md);
            Line(md, "The sources tell several stories; the sections below cover them all. Narrow the briefing with `--story ID`.");
            Line(md);
            foreach (var story in stories)
            {
                var members = string.Concat(story.Sources.Select(id => index.NumberOf(id)).Order().Select(n => string.Create(CultureInfo.InvariantCulture, $" [[{n}]](#source-{n})")));
                Line(md, string.Create(CultureInfo.InvariantCulture, $"- **{Escape(story.Title)}** (`{story.Id.Replace('`', '\'')}`) \u2014 {story.Sources.Count} sources:{members}"));
            }

            Line(md);
        }

        Line(md, "## Summary");
        Line(md);
        foreach (var item in briefing.Summary)
        {
            Line(md, "- " + Sentence(item, index));
        }

        Line(md);
        Line(md, "## Timeline");
        Line(md);
        foreach (var entry in briefing.Timeline)
        {
            Line(md, $"- **{entry.Date}**{DateNote(entry)} \u2014 {Escape(entry.Text)}{Markers(entry.Citations, index)}{SupportNote(entry.Support, index)}{SourceCount(entry.IndependentSources)}");
        }

        if (briefing.TimelineWithoutYear.Count > 0)
        {
            Line(md);
            Line(md, "Dates without a year (the articles are undated, so the year is unknown):");
            Line(md);
            foreach (var entry in briefing.TimelineWithoutYear)
            {
                Line(md, $"- **{Escape(entry.DateText)}** ({entry.Precision}, {entry.Date}) \u2014 {Escape(entry.Text)}{Markers(entry.Citations, index)}{SupportNote(entry.Support, index)}{SourceCount(entry.IndependentSources)}");
            }
        }

        Line(md);
        Line(md, "## Who is involved");
        Line(md);
        foreach (var entity in briefing.Entities)
        {
            var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).ToList();
            var also = aliases.Count == 0 ? "" : "; also " + string.Join(", ", aliases.Select(Escape));
            var first = entity.Mentions[0];
            Line(md, string.Create(
                CultureInfo.InvariantCulture,
                $"- **{Escape(entity.Name)}** ({entity.Type}{also}) \u2014 {entity.Documents} sources, {entity.Mentions.Count} mentions{Marker(new Citation(first.Source, first.Start, first.End), index)}"));
        }

        Line(md);
        Line(md, "## Who said what");
        Line(md);
        foreach (var quote in briefing.Quotes)
        {
            var speaker = quote.SpeakerName is null ? "Unattributed" : Escape(quote.SpeakerName);
            var text = quote.Direct ? $"\u201C{Escape(quote.Text)}\u201D" : Escape(quote.Text);
            var also = string.Concat(quote.Occurrences.Skip(1).Select(o => Marker(new Citation(o.Source, o.Start, o.End), index)));
            Line(md, $"- **{speaker}**: {text}{Marker(new Citation(quote.Source, quote.Start, quote.End), index)}{also}");
            if (quote.PossibleMisattribution is { } mis)
            {
                var who = mis.Speakers.Select(s => Escape(s.SpeakerName ?? s.SpeakerId ?? "?") + string.Concat(s.Citations.Select(c => Marker(c, index))));
                Line(md, $"  - \u26A0 *Possible misattribution:* attributed to {string.Join("; ", who)}");
            }
        }

        Line(md);
        Line(md, "## FAQ");
        foreach (var item in briefing.Faq)
        {
            Line(md);
            Line(md, "### " + Escape(item.Question));
            Line(md);
            foreach (var answer in item.Answer)
            {
                var note = answer.Note is null ? "" : $"*{Escape(answer.Note)}:* ";
                Line(md, "- " + note + Sentence(answer, index));
            }
        }

        if (briefing.Contradictions.Count > 0)
        {
            Line(md);
            Line(md, "## Contradictions");
            Line(md);
            foreach (var contradiction in briefing.Contradictions)
            {
                var what = contradiction.Kind == "status" ? " (reported as done and as only planned)" : " (different numbers)";
                Line(md, $"- **{Escape(contradiction.Subject)}**{what}:");
                foreach (var claim in contradiction.Claims)
                {
                    Line(md, $"  - {Escape(claim.Value)}: {Escape(claim.Text)}{Markers(claim.Citations, index)}");
                }
            }
        }

        Line(md);
        Line(md, "## Sources");
        Line(md);
        for (var i = 0; i < briefing.Sources.Count; i++)
        {
            var source = briefing.Sources[i];
            var parts = new List<string> { $"<a id=\"source-{i + 1}\"></a>**{Escape(source.Title ?? source.Source)}**" };
            if (source.SiteName is not null)
            {
                parts.Add(Escape(source.SiteName));
            }

            parts.Add(source.Published is null ? "no publication date" : "published " + source.Published);
            parts.Add("`" + source.Source.Replace('`', '\'') + "`");
            parts.Add("id " + source.Id);
            if (source.CopyOf is not null)
            {
                var original = index.NumberOf(source.CopyOf);
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"copy of [{original}](#source-{original}) ({source.CopyKind}, similarity {source.Similarity:0.00}, {source.SharedSentences} shared sentences)"));
            }

            if (source.Quality is { Notes.Count: > 0 } quality)
            {
                parts.Add("quality: " + string.Join("; ", quality.Notes.Select(Escape)));
            }

            var ranges = index.RangesOf(source.Id);
            if (ranges.Count > 0)
            {
                parts.Add("cited characters " + string.Join(", ", ranges.Select(r => CitationIndex.Range(r.Start, r.End))));
            }

            Line(md, string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {string.Join(" \u00B7 ", parts)}"));
        }

        writer.Write(md.ToString());
    }

    private static string Sentence(CitedSentence item, CitationIndex index) =>
        Escape(item.Text) + Markers(item.Citations, index) + SupportNote(item.Support, index) + SourceCount(item.IndependentSources);

    private static string SourceCount(int independent) => independent <= 1
        ? " *(single source)*"
        : string.Create(CultureInfo.InvariantCulture, $" *({independent} independent sources)*");

    private static string Markers(IEnumerable<Citation> citations, CitationIndex index) =>
        string.Concat(citations.Select(c => Marker(c, index)));

    private static string Marker(Citation citation, CitationIndex index)
    {
        var number = index.NumberOf(citation.Source);
        return string.Create(CultureInfo.InvariantCulture, $" [[{number}]](#source-{number} \"characters {citation.Start}-{citation.End}\")");
    }

    private static string SupportNote(IReadOnlyList<Citation> support, CitationIndex index) =>
        support.Count == 0 ? "" : $" *(similar text in{Markers(support, index)})*";

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    /// <summary>Escapes Markdown and HTML punctuation and folds line breaks, so article text stays literal text.</summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                case '\n':
                case '\t':
                    result.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~' or '&':
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    // " (month, from “in April”; year from the document date)": how the date was resolved.
    private static string DateNote(TimelineEntry entry) =>
        $" ({entry.Precision}, from \u201c{Escape(entry.DateText)}\u201d{(entry.YearFromDocumentDate ? "; year from the document date" : "")})";
}
