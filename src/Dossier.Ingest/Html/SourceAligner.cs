using AngleSharp.Html;

namespace Dossier.Ingest.Html;

/// <summary>
/// Finds where the characters of text nodes come from in the page source. AngleSharp records source
/// positions for elements only, so the aligner keeps a cursor that element starts re-anchor, skips
/// markup, and walks the decoded text against the raw source (character references, CR/LF). A
/// character is mapped only when the source at that position really is that character or a reference
/// that decodes to it; everything uncertain maps to -1.
/// </summary>
internal sealed class SourceAligner(string source)
{
    private const int MaxEntityLength = 40;
    private const int ProbeLength = 12;
    private int _cursor;

    /// <summary>Moves the cursor to an element's start tag (its '&lt;').</summary>
    public void AnchorAt(int index)
    {
        if (index >= 0 && index < source.Length)
        {
            _cursor = index;
        }
    }

    /// <summary>Fills <paramref name="positions"/> (same length as <paramref name="data"/>) with source indexes or -1.</summary>
    public void Align(string data, Span<int> positions)
    {
        positions.Fill(-1);
        var s = SkipMarkup(_cursor);
        var i = 0;
        if (!StartsHere(data, s))
        {
            var (dataIndex, sourceIndex) = Resync(data, s);
            if (dataIndex < 0)
            {
                return;
            }

            i = dataIndex;
            s = sourceIndex;
        }

        while (i < data.Length && s < source.Length)
        {
            var c = data[i];
            var raw = source[s];
            if (raw == '&' && TryDecodeReference(s, out var decoded, out var length) && data.AsSpan(i).StartsWith(decoded, StringComparison.Ordinal))
            {
                for (var k = 0; k < decoded.Length; k++)
                {
                    positions[i++] = s;
                }

                s += length;
            }
            else if (raw == c)
            {
                positions[i++] = s++;
            }
            else if (raw == '\r')
            {
                if (s + 1 < source.Length && source[s + 1] == '\n')
                {
                    s++;
                }
                else
                {
                    // A lone CR became LF in the DOM: same place, not the same character.
                    i++;
                    s++;
                }
            }
            else if (raw == '\0' && c == '\uFFFD')
            {
                i++;
                s++;
            }
            else
            {
                break;
            }
        }

        _cursor = s;
    }

    private bool StartsHere(string data, int s)
    {
        if (data.Length == 0 || s >= source.Length)
        {
            return false;
        }

        var c = data[0];
        var raw = source[s];
        return raw == c || raw == '&' || (raw == '\r' && c == '\n');
    }

    /// <summary>Finds the first word of the text ahead of the cursor (a skipped script or comment can sit between).</summary>
    private (int DataIndex, int SourceIndex) Resync(string data, int from)
    {
        var start = 0;
        while (start < data.Length && !char.IsLetterOrDigit(data[start]))
        {
            start++;
        }

        var end = start;
        while (end < data.Length && end - start < ProbeLength && char.IsLetterOrDigit(data[end]))
        {
            end++;
        }

        if (end == start || from >= source.Length)
        {
            return (-1, -1);
        }

        var found = source.IndexOf(data[start..end], from, StringComparison.Ordinal);
        return found < 0 ? (-1, -1) : (start, found);
    }

    /// <summary>Skips tags and comments that sit between the cursor and the next text.</summary>
    private int SkipMarkup(int s)
    {
        while (s < source.Length && source[s] == '<' && s + 1 < source.Length)
        {
            var next = source[s + 1];
            if (source.AsSpan(s).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = source.IndexOf("-->", s + 4, StringComparison.Ordinal);
                s = close < 0 ? source.Length : close + 3;
            }
            else if (char.IsAsciiLetter(next) || next is '/' or '!' or '?')
            {
                s = SkipTag(s);
            }
            else
            {
                break;
            }
        }

        return s;
    }

    private int SkipTag(int s)
    {
        for (var i = s + 1; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c != '=')
            {
                continue;
            }

            var j = i + 1;
            while (j < source.Length && char.IsWhiteSpace(source[j]))
            {
                j++;
            }

            if (j < source.Length && source[j] is '"' or '\'')
            {
                var close = source.IndexOf(source[j], j + 1);
                if (close < 0)
                {
                    return source.Length;
                }

                i = close;
            }
        }

        return source.Length;
    }

    /// <summary>Decodes the character reference at <paramref name="s"/> (named or numeric).</summary>
    public bool TryDecodeReference(int s, out string decoded, out int length) => TryDecodeReference(source, s, out decoded, out length);

    /// <summary>Decodes the character reference at <paramref name="s"/> of <paramref name="text"/>.</summary>
    public static bool TryDecodeReference(string text, int s, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        if (s + 2 >= text.Length || text[s] != '&')
        {
            return false;
        }

        if (text[s + 1] == '#')
        {
            var i = s + 2;
            var hex = i < text.Length && text[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            var value = 0L;
            while (i < text.Length && i - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                value = value * (hex ? 16 : 10) + Convert.ToInt32(text[i].ToString(), hex ? 16 : 10);
                i++;
            }

            if (i == digitsStart)
            {
                return false;
            }

            if (i < text.Length && text[i] == ';')
            {
                i++;
            }

            decoded = NumericReference((int)Math.Min(value, 0x10FFFF + 1L));
            length = i - s;
            return true;
        }

        var end = s + 1;
        while (end < text.Length && end - s <= MaxEntityLength && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end < text.Length && text[end] == ';')
        {
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(text.Substring(s + 1, end - s));
            if (!string.IsNullOrEmpty(symbol))
            {
                decoded = symbol;
                length = end + 1 - s;
                return true;
            }
        }

        // Legacy references without a semicolon ("&copy 2024", "&amp"): longest known prefix.
        for (var stop = end; stop > s + 1; stop--)
        {
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(text.Substring(s + 1, stop - s - 1));
            if (!string.IsNullOrEmpty(symbol))
            {
                decoded = symbol;
                length = stop - s;
                return true;
            }
        }

        return false;
    }

    private static string NumericReference(int value)
    {
        if (HtmlEntityProvider.IsInCharacterTable(value))
        {
            return HtmlEntityProvider.GetSymbolFromTable(value) ?? "\uFFFD";
        }

        return value is 0 or > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(value);
    }
}
