using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Ingest.Metadata;

namespace Dossier.Ingest.Text;

/// <summary>
/// Finds the blocks of plain text and Markdown, and the title, byline and date lines a text article
/// usually starts with. The text itself is kept exactly as read.
/// </summary>
internal static partial class PlainTextParser
{
    private const int HeaderLines = 8;

    private readonly record struct Line(int Start, int End)
    {
        public int Length => End - Start;
    }

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex MarkdownListMarker();

    [GeneratedRegex(@"^\s{0,3}(?:=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(?:By|Von|Par|Por|Di|Door|Від|От|Автор:?)\s+(?<names>\p{Lu}.*)$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:Published|Updated|Posted|Date|Veröffentlicht|Publié|Publicado|Pubblicato|Gepubliceerd)\b[:\s]*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    /// <summary>Builds the document for a text or Markdown file.</summary>
    public static Document Parse(string text, SourceMetadata metadata, bool markdown)
    {
        var blocks = FindBlocks(text, markdown);
        if (blocks.IsEmpty)
        {
            throw new InputRejectedException("empty file (only whitespace)");
        }

        var titleIndex = FindTitle(text, blocks, markdown);
        if (titleIndex >= 0 && !markdown)
        {
            var builder = blocks.ToBuilder();
            builder[titleIndex] = builder[titleIndex] with { Kind = BlockKind.Title };
            blocks = builder.ToImmutable();
        }

        var enriched = metadata with
        {
            Title = metadata.Title ?? (titleIndex >= 0 ? text[blocks[titleIndex].Start..blocks[titleIndex].End].Trim() : null),
            Authors = metadata.Authors.Count > 0 ? metadata.Authors : FindAuthors(text, blocks),
            Published = metadata.Published ?? FindPublished(text, blocks),
        };
        var document = new Document(text, enriched);
        document.Set(Layers.Blocks, blocks);
        return document;
    }

    /// <summary>
    /// Paragraphs are separated by blank lines. Inside a group of lines, hard-wrapped prose (lines of
    /// similar length) is one paragraph, while a group of lines of very different length (a title, a
    /// byline, a date; or a text written one paragraph per line) gives one block per line.
    /// </summary>
    public static ImmutableArray<Block> FindBlocks(string text, bool markdown)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var group = new List<Line>();
        foreach (var line in SplitLines(text))
        {
            if (IsBlank(text, line))
            {
                EmitGroup(text, group, markdown, blocks);
                group.Clear();
            }
            else
            {
                group.Add(line);
            }
        }

        EmitGroup(text, group, markdown, blocks);
        return blocks.ToImmutable();
    }

    private static IEnumerable<Line> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return new Line(start, i);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return new Line(start, text.Length);
        }
    }

    private static bool IsBlank(string text, Line line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    private static void EmitGroup(string text, List<Line> group, bool markdown, ImmutableArray<Block>.Builder blocks)
    {
        if (group.Count == 0)
        {
            return;
        }

        if (markdown)
        {
            EmitMarkdownGroup(text, group, blocks);
            return;
        }

        if (LooksWrapped(text, group))
        {
            AddTrimmed(text, group[0].Start, group[^1].End, BlockKind.Paragraph, blocks);
            return;
        }

        foreach (var line in group)
        {
            AddTrimmed(text, line.Start, line.End, BlockKind.Paragraph, blocks);
        }
    }

    private static bool LooksWrapped(string text, List<Line> group)
    {
        if (group.Count < 2)
        {
            return group.Count == 1;
        }

        var longest = group.Max(l => text.AsSpan(l.Start, l.Length).Trim().Length);
        if (longest > 120)
        {
            return false;
        }

        var endsSentence = 0;
        for (var i = 0; i < group.Count - 1; i++)
        {
            var line = text.AsSpan(group[i].Start, group[i].Length).Trim();
            if (line.Length < longest * 0.6 || Byline().IsMatch(line) || DateLine().IsMatch(line))
            {
                return false;
            }

            if (line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' or '"' or '”')
            {
                endsSentence++;
            }
        }

        return endsSentence * 2 <= group.Count - 1;
    }

    private static void EmitMarkdownGroup(string text, List<Line> group, ImmutableArray<Block>.Builder blocks)
    {
        var paragraphStart = -1;
        var paragraphEnd = -1;
        void FlushParagraph()
        {
            if (paragraphStart >= 0)
            {
                AddTrimmed(text, paragraphStart, paragraphEnd, BlockKind.Paragraph, blocks);
                paragraphStart = -1;
            }
        }

        for (var i = 0; i < group.Count; i++)
        {
            var line = group[i];
            var content = text.AsSpan(line.Start, line.Length);
            var heading = MarkdownHeading().Match(text, line.Start, line.Length);
            if (heading.Success)
            {
                FlushParagraph();
                var end = line.End;
                while (end > heading.Index + heading.Length && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '#'))
                {
                    end--;
                }

                AddTrimmed(text, heading.Index + heading.Length, end, BlockKind.Heading, blocks);
                continue;
            }

            if (i + 1 < group.Count && paragraphStart < 0 && SetextUnderline().IsMatch(text.AsSpan(group[i + 1].Start, group[i + 1].Length)) && !content.IsWhiteSpace())
            {
                AddTrimmed(text, line.Start, line.End, BlockKind.Heading, blocks);
                i++;
                continue;
            }

            var marker = MarkdownListMarker().Match(text, line.Start, line.Length);
            if (marker.Success)
            {
                FlushParagraph();
                AddTrimmed(text, marker.Index + marker.Length, line.End, BlockKind.ListItem, blocks);
                continue;
            }

            if (paragraphStart < 0)
            {
                paragraphStart = line.Start;
            }

            paragraphEnd = line.End;
        }

        FlushParagraph();
    }

    private static void AddTrimmed(string text, int start, int end, BlockKind kind, ImmutableArray<Block>.Builder blocks)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            blocks.Add(new Block(start, end, kind));
        }
    }

    private static int FindTitle(string text, ImmutableArray<Block> blocks, bool markdown)
    {
        for (var i = 0; i < Math.Min(blocks.Length, HeaderLines); i++)
        {
            if (markdown)
            {
                if (blocks[i].Kind == BlockKind.Heading)
                {
                    return i;
                }

                continue;
            }

            var line = text[blocks[i].Start..blocks[i].End];
            // Scraping junk above the article ("Stay informed with free updates" over a subscribe prompt) is no title.
            if (Cleanup.JunkLines.ClassifyBlock(text, blocks, i) is not null)
            {
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is >= 3 and <= 30 && line.Length <= 200 && !line.Contains('\n', StringComparison.Ordinal)
                && line[^1] is not ('.' or ':' or ',') && !Byline().IsMatch(line) && !DateLine().IsMatch(line)
                && !line.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static IReadOnlyList<string> FindAuthors(string text, ImmutableArray<Block> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Length, HeaderLines); i++)
        {
            var match = Byline().Match(text[blocks[i].Start..blocks[i].End]);
            if (match.Success)
            {
                return BylineNames.Split(match.Groups["names"].Value);
            }
        }

        return [];
    }

    private static DateTimeOffset? FindPublished(string text, ImmutableArray<Block> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Length, HeaderLines); i++)
        {
            var match = DateLine().Match(text[blocks[i].Start..blocks[i].End]);
            if (match.Success && DateText.ParseWritten(match.Groups["date"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
