using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Decoding;

/// <summary>Finds the charset a page declares, and guesses one when it declares none.</summary>
internal static partial class CharsetSniffer
{
    private const int PrescanLength = 4096;

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    /// <summary>The charset named by a meta tag or XML declaration in the first 4 KiB, or null.</summary>
    public static string? FromMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            match = XmlEncoding().Match(head);
        }

        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The charset named by a Content-Type header value, or null.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : contentType[(index + 8)..].Split(';')[0].Trim().Trim('"', '\'');
    }

    /// <summary>
    /// windows-1251 or windows-1252 for bytes that are not UTF-8. Cyrillic text in windows-1251 is whole
    /// words of high bytes, while Western text in windows-1252 has single accented letters between ASCII
    /// ones; counting adjacent high-byte letter pairs against lone ones separates them.
    /// </summary>
    public static string GuessLegacy(ReadOnlySpan<byte> bytes)
    {
        long pairs = 0, singles = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0xC0)
            {
                continue;
            }

            var next = i + 1 < bytes.Length && bytes[i + 1] >= 0xC0;
            var previous = i > 0 && bytes[i - 1] >= 0xC0;
            if (next || previous)
            {
                pairs++;
            }
            else
            {
                singles++;
            }
        }

        return pairs > singles * 2 ? "windows-1251" : "windows-1252";
    }

    /// <summary>True when nearly all non-ASCII bytes form valid UTF-8 sequences (a page with a few broken bytes).</summary>
    public static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
            }
            else if (rune.Value >= 0x80)
            {
                valid++;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return valid >= invalid * 4;
    }
}
