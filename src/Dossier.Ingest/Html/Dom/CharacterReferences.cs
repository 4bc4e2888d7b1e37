using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Dossier.Ingest.Html.Dom;

/// <summary>
/// Character references ("&amp;amp;", "&amp;#8217;", legacy "&amp;copy" without a semicolon) and the input-stream
/// rules (CR LF and lone CR become LF; NUL is dropped from text), with the source index of every decoded character.
/// Named references come from the WHATWG table (html-entities.tsv, an embedded resource).
/// </summary>
internal static class CharacterReferences
{
    private const int MaxEntityLength = 40;

    /// <summary>Names with their closing ';' and the legacy names that also work without one, to the text they stand for.</summary>
    private static readonly FrozenDictionary<string, string> Named = LoadNamed();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedLookup =
        Named.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What numeric references to C1 controls stand for (WHATWG "numeric character reference end state": windows-1252).</summary>
    private static readonly FrozenDictionary<int, char> C1Replacements = new Dictionary<int, char>
    {
        [0x80] = '\u20AC', [0x82] = '\u201A', [0x83] = '\u0192', [0x84] = '\u201E', [0x85] = '\u2026', [0x86] = '\u2020', [0x87] = '\u2021',
        [0x88] = '\u02C6', [0x89] = '\u2030', [0x8A] = '\u0160', [0x8B] = '\u2039', [0x8C] = '\u0152', [0x8E] = '\u017D', [0x91] = '\u2018',
        [0x92] = '\u2019', [0x93] = '\u201C', [0x94] = '\u201D', [0x95] = '\u2022', [0x96] = '\u2013', [0x97] = '\u2014', [0x98] = '\u02DC',
        [0x99] = '\u2122', [0x9A] = '\u0161', [0x9B] = '\u203A', [0x9C] = '\u0153', [0x9E] = '\u017E', [0x9F] = '\u0178',
    }.ToFrozenDictionary();

    /// <summary>
    /// Decodes <paramref name="source"/>[<paramref name="start"/>..<paramref name="end"/>) into <paramref name="chars"/>
    /// (at least as long as the range: decoding never grows text) and, unless it is empty, the source index of each
    /// character into <paramref name="positions"/>. Raw text (script, style) keeps its references. Returns the length.
    /// </summary>
    public static int DecodeText(string source, int start, int end, bool isRaw, Span<char> chars, Span<int> positions)
    {
        var withPositions = !positions.IsEmpty;
        var length = 0;
        var s = start;
        while (s < end)
        {
            var c = source[s];
            if (c == '&' && !isRaw && TryDecodeReference(source, s, end, out var decoded, out var referenceLength))
            {
                foreach (var d in decoded)
                {
                    if (withPositions)
                    {
                        positions[length] = s;
                    }

                    chars[length++] = d;
                }

                s += referenceLength;
                continue;
            }

            if (c == '\r')
            {
                // CR LF is one line break; the LF stands for both.
                if (s + 1 < end && source[s + 1] == '\n')
                {
                    s++;
                    continue;
                }

                // A lone CR is a line break too, but the source holds another character there: not mapped.
                if (withPositions)
                {
                    positions[length] = -1;
                }

                chars[length++] = '\n';
                s++;
                continue;
            }

            if (c == '\0')
            {
                s++;
                continue;
            }

            if (withPositions)
            {
                positions[length] = s;
            }

            chars[length++] = c;
            s++;
        }

        return length;
    }

    /// <summary>An attribute value with its references decoded; a legacy reference followed by '=' or a letter stays as written.</summary>
    public static string DecodeAttribute(string source, int start, int end)
    {
        var value = source.AsSpan(start, end - start);
        if (value.IndexOfAny('&', '\r', '\0') < 0)
        {
            return value.ToString();
        }

        Span<char> chars = value.Length <= 512 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        var s = start;
        while (s < end)
        {
            var c = source[s];
            if (c == '&' && TryDecodeReference(source, s, end, out var decoded, out var referenceLength)
                && (source[s + referenceLength - 1] == ';' || source[s + 1] == '#' || s + referenceLength >= end
                    || !(char.IsAsciiLetterOrDigit(source[s + referenceLength]) || source[s + referenceLength] == '=')))
            {
                decoded.AsSpan().CopyTo(chars[length..]);
                length += decoded.Length;
                s += referenceLength;
                continue;
            }

            if (c == '\r')
            {
                c = '\n';
                if (s + 1 < end && source[s + 1] == '\n')
                {
                    s++;
                }
            }

            if (c != '\0')
            {
                chars[length++] = c;
            }

            s++;
        }

        return new string(chars[..length]);
    }

    /// <summary>Decodes the character reference at <paramref name="s"/> of <paramref name="text"/> (named or numeric).</summary>
    public static bool TryDecodeReference(string text, int s, out string decoded, out int length) =>
        TryDecodeReference(text, s, text.Length, out decoded, out length);

    /// <summary>Decodes the character reference at <paramref name="s"/>, reading no further than <paramref name="end"/>.</summary>
    public static bool TryDecodeReference(string text, int s, int end, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        if (s + 2 >= end || text[s] != '&')
        {
            return false;
        }

        if (text[s + 1] == '#')
        {
            var i = s + 2;
            var hex = i < end && text[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            var value = 0L;
            while (i < end && i - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                value = value * (hex ? 16 : 10) + HexValue(text[i]);
                i++;
            }

            if (i == digitsStart)
            {
                return false;
            }

            if (i < end && text[i] == ';')
            {
                i++;
            }

            decoded = NumericReference((int)Math.Min(value, 0x10FFFF + 1L));
            length = i - s;
            return true;
        }

        var nameEnd = s + 1;
        while (nameEnd < end && nameEnd - s <= MaxEntityLength && char.IsAsciiLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == s + 1)
        {
            return false;
        }

        if (nameEnd < end && text[nameEnd] == ';' && NamedLookup.TryGetValue(text.AsSpan(s + 1, nameEnd - s), out var symbol))
        {
            decoded = symbol;
            length = nameEnd + 1 - s;
            return true;
        }

        // Legacy references without a semicolon ("&copy 2024", "&amp"): longest known prefix.
        for (var stop = nameEnd; stop > s + 1; stop--)
        {
            if (NamedLookup.TryGetValue(text.AsSpan(s + 1, stop - s - 1), out var legacy))
            {
                decoded = legacy;
                length = stop - s;
                return true;
            }
        }

        return false;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string NumericReference(int value)
    {
        if (C1Replacements.TryGetValue(value, out var replacement))
        {
            return replacement.ToString();
        }

        return value is 0 or > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(value);
    }

    private static FrozenDictionary<string, string> LoadNamed()
    {
        using var stream = typeof(CharacterReferences).Assembly.GetManifestResourceStream("Dossier.Ingest.html-entities.tsv")
            ?? throw new InvalidOperationException("the HTML entity table is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var text = new StringBuilder();
            foreach (var codePoint in line[(tab + 1)..].Split(' '))
            {
                text.Append(char.ConvertFromUtf32(int.Parse(codePoint, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[line[..tab]] = text.ToString();
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
