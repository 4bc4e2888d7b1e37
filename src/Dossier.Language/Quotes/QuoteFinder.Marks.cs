using Dossier.Core;

namespace Dossier.Language;

// Quotation marks: every span in marks per paragraph, and interview transcript turns ("WALLACE: …").
public sealed partial class QuoteFinder
{
    private readonly record struct Marked(int Open, int Close, int ContentStart, int ContentEnd, int Segment);

    // Every span in quotation marks, per paragraph; their extents become DirectSpans (cue words inside them are not cues).
    private static List<Marked> FindMarked(Analysis a, CancellationToken cancellationToken)
    {
        var text = a.Text;
        var marked = new List<Marked>();
        for (var s = 0; s < a.Segments.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seg = a.Segments[s];
            var i = seg.Start;
            while (i < seg.End)
            {
                var c = text[i];
                var close = -1;
                switch (c)
                {
                    case '\u201C':
                        // Sources mix curly and straight marks: “…," closes at the nearer of the two.
                        close = NearestOf(text, i + 1, seg.End, '\u201D', '"');
                        if (close < 0)
                        {
                            close = FindClose(text, i + 1, seg.End, '\u201C', '\0');
                        }

                        break;
                    case '\u201E':
                        close = FindClose(text, i + 1, seg.End, '\u201C', '\u201D');
                        break;
                    case '\u00AB':
                        close = FindClose(text, i + 1, seg.End, '\u00BB', '\0');
                        break;
                    case '"':
                        close = NearestOf(text, i + 1, seg.End, '"', '\u201D');
                        if (i > seg.Start && text[i - 1] == '=')
                        {
                            // A markup attribute value (tweet_id="…"), not a quote.
                            i = close < 0 ? seg.End : close + 1;
                            continue;
                        }

                        if (close < 0)
                        {
                            close = seg.End; // a quote running to the end of the paragraph
                        }

                        break;
                    case '\u2018' or '\'':
                        if (IsSingleOpen(text, i, seg))
                        {
                            close = FindSingleClose(text, i + 1, seg.End);
                        }

                        break;
                }

                if (close < 0)
                {
                    i++;
                    continue;
                }

                var cs = i + 1;
                var ce = close;
                while (cs < ce && char.IsWhiteSpace(text[cs]))
                {
                    cs++;
                }

                while (ce > cs && (char.IsWhiteSpace(text[ce - 1]) || text[ce - 1] == ','))
                {
                    ce--;
                }

                if (ce > cs && text.AsSpan(cs, ce - cs).ContainsAnyExcept(Digits))
                {
                    marked.Add(new Marked(i, Math.Min(close + 1, seg.End), cs, ce, s));
                }

                i = close + 1;
            }
        }

        foreach (var q in marked)
        {
            a.DirectSpans.Add(new TextSpan(q.Open, q.Close));
        }

        return marked;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\'' or '\u2018' or '\u2019';

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789 ,.-");

    private static int NearestOf(string text, int from, int end, char first, char second)
    {
        var i = text.AsSpan(from, end - from).IndexOfAny(first, second);
        return i < 0 ? -1 : from + i;
    }

    private static int FindClose(string text, int from, int end, char close, char alternative)
    {
        var i = text.IndexOf(close, from, end - from);
        if (i >= 0)
        {
            return i;
        }

        if (alternative != '\0')
        {
            i = text.IndexOf(alternative, from, end - from);
            if (i >= 0)
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsSingleOpen(string text, int i, TextSpan seg)
    {
        var before = i > seg.Start ? text[i - 1] : ' ';
        var after = i + 1 < seg.End ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '\u2014' or '-' or ':') && char.IsLetter(after);
    }

    private static int FindSingleClose(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] is not ('\'' or '\u2019'))
            {
                continue;
            }

            var before = text[i - 1];
            var after = i + 1 < end ? text[i + 1] : ' ';
            if (char.IsLetter(after))
            {
                continue; // an apostrophe inside a word
            }

            if (before == 's' && char.IsWhiteSpace(after) && i + 2 < end && char.IsLower(text[i + 2]))
            {
                continue; // a plural possessive: the officials' plan
            }

            if ((char.IsLetterOrDigit(before) || before is '.' or ',' or '!' or '?') && CountWords(text, from, i) >= 2)
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    // Interview transcripts: "WALLACE: Let's start with ..." — an upper-case label, a colon, then the words said.
    private static void FindTranscriptTurns(Analysis a, List<Marked> marked, List<Quote> output)
    {
        var text = a.Text;
        var turns = new List<(TextSpan Label, int Start, int End)>();
        foreach (var seg in a.Segments)
        {
            if (TranscriptLabel(text, seg.Start, seg.End) is not { } label)
            {
                continue;
            }

            var cs = label.End + 1;
            while (cs < seg.End && char.IsWhiteSpace(text[cs]))
            {
                cs++;
            }

            if (cs >= seg.End || CountWords(text, cs, seg.End) < 2 || marked.Any(m => m.Open < seg.End && m.Close > cs))
            {
                continue;
            }

            turns.Add((label, cs, seg.End));
        }

        // A transcript has turns; a lone upper-case label is a section head ('BYLINE: …', 'WATCH: …') unless it names a
        // person of the article.
        foreach (var (label, start, end) in turns)
        {
            var name = LabelName(a, label);
            if (turns.Count >= 2 || NamesPerson(a, label))
            {
                a.DirectSpans.Add(new TextSpan(start, end));
                output.Add(new Quote(start, end, true, label, null, name));
            }
        }

        a.DirectSpans.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static TextSpan? TranscriptLabel(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '-'))
        {
            i++;
        }

        return i < end && text[i] == ':' && i - start >= 2 && i - start <= 40 && char.IsUpper(text[i - 1]) ? new TextSpan(start, i) : null;
    }

    private static bool NamesPerson(Analysis a, TextSpan label)
    {
        var last = LastWord(label.Slice(a.Text));
        foreach (var e in a.Entities)
        {
            if (e.Type == EntityType.Person && LastWord(a.Text[e.Start..e.End]).Equals(last, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string LabelName(Analysis a, TextSpan label)
    {
        var labelText = label.Slice(a.Text);
        var name = labelText;
        foreach (var e in a.Entities)
        {
            var candidate = a.Text[e.Start..e.End];
            if (e.Type == EntityType.Person && candidate.Length > name.Length
                && LastWord(candidate).Equals(LastWord(labelText), StringComparison.OrdinalIgnoreCase))
            {
                name = candidate;
            }
        }

        return name == labelText ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(labelText.ToLowerInvariant()) : name;
    }
}
