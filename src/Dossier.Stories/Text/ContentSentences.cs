using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Stories.Text;

/// <summary>
/// The sentences of a document that analysis may use: from the <see cref="Layers.Sentences"/> layer (or a
/// simple splitter when the layer is missing), cut at block boundaries and blank lines, trimmed of white space,
/// and never overlapping an excluded region. Offsets stay offsets into the original text.
/// </summary>
public static partial class ContentSentences
{
    /// <summary>Returns the content sentence spans of <paramref name="document"/>, in text order.</summary>
    public static IReadOnlyList<TextSpan> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = document.Get(Layers.Sentences);
        IEnumerable<TextSpan> raw = sentences.IsDefaultOrEmpty
            ? Split(text)
            : sentences.Select(s => new TextSpan(s.Start, s.End));

        var blocks = document.Get(Layers.Blocks);
        var excluded = document.Get(Layers.Excluded);
        var result = new List<TextSpan>();
        foreach (var sentence in raw)
        {
            foreach (var piece in CutAtBlocks(sentence, blocks))
            {
                foreach (var part in CutAtBlankLines(text, piece))
                {
                    foreach (var kept in RemoveExcluded(part, excluded))
                    {
                        var trimmed = Trim(text, kept);
                        if (!trimmed.IsEmpty && HasLetterOrDigit(text, trimmed))
                        {
                            result.Add(trimmed);
                        }
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The block kind that contains <paramref name="span"/>, or null when blocks are unknown.</summary>
    public static BlockKind? BlockKindOf(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var block in document.Get(Layers.Blocks))
        {
            if (block.Start <= span.Start && span.End <= block.End)
            {
                return block.Kind;
            }
        }

        return null;
    }

    private static IEnumerable<TextSpan> Split(string text)
    {
        var start = 0;
        foreach (Match match in SentenceBreak().Matches(text))
        {
            yield return new TextSpan(start, match.Index);
            start = match.Index + match.Length;
        }

        yield return new TextSpan(start, text.Length);
    }

    private static IEnumerable<TextSpan> CutAtBlocks(TextSpan sentence, System.Collections.Immutable.ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefaultOrEmpty)
        {
            yield return sentence;
            yield break;
        }

        var any = false;
        foreach (var block in blocks)
        {
            if (block.Start >= sentence.End)
            {
                break;
            }

            var start = Math.Max(block.Start, sentence.Start);
            var end = Math.Min(block.End, sentence.End);
            if (end > start)
            {
                any = true;
                yield return new TextSpan(start, end);
            }
        }

        if (!any)
        {
            // Text outside every block (a reader that left gaps): keep the sentence as it is.
            yield return sentence;
        }
    }

    private static IEnumerable<TextSpan> CutAtBlankLines(string text, TextSpan span)
    {
        var start = span.Start;
        var i = span.Start;
        while (i < span.End)
        {
            if (text[i] == '\n')
            {
                var j = i + 1;
                while (j < span.End && text[j] is ' ' or '\t' or '\r')
                {
                    j++;
                }

                if (j < span.End && text[j] == '\n')
                {
                    yield return new TextSpan(start, i);
                    start = j;
                    i = j;
                    continue;
                }
            }

            i++;
        }

        yield return new TextSpan(start, span.End);
    }

    private static IEnumerable<TextSpan> RemoveExcluded(TextSpan span, System.Collections.Immutable.ImmutableArray<ExcludedRegion> excluded)
    {
        var start = span.Start;
        foreach (var region in excluded)
        {
            if (region.Start >= span.End)
            {
                break;
            }

            if (region.End <= start)
            {
                continue;
            }

            if (region.Start > start)
            {
                yield return new TextSpan(start, region.Start);
            }

            start = Math.Max(start, region.End);
        }

        if (start < span.End)
        {
            yield return new TextSpan(start, span.End);
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // End of sentence: terminal punctuation (and closing quotes) followed by white space and a capital or an
    // opening quote; or a line break.
    [GeneratedRegex("""(?<=[.!?][\"'\u201D\u2019\u00BB)]?)\s+(?=[\p{Lu}\"'\u201C\u2018\u00AB(\d])|\r?\n""", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
