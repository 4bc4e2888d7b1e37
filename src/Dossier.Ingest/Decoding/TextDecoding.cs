using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Dossier.Ingest.Decoding;

/// <summary>Turns input bytes into text: binary detection, byte-order marks, strict UTF-8 and HTML charsets.</summary>
internal static class TextDecoding
{
    private const int SniffLength = 8192;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "Office document"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz data"),
        ([0x4D, 0x5A], "Windows executable"),
    ];

    /// <summary>A short reason when the bytes are not text, or null.</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes))
        {
            return null;
        }

        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return $"binary file ({kind}), not text";
            }
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8))
        {
            return "binary file (RIFF media), not text";
        }

        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return "binary file (contains NUL bytes), not text";
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                controls++;
            }
        }

        return controls > head.Length / 10 + 4 ? "binary file (control bytes), not text" : null;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    /// <summary>Decodes text that must be UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured).</summary>
    public static string DecodeUtf8Strict(ReadOnlySpan<byte> bytes)
    {
        if (TryDecodeBom(bytes, out var bomText))
        {
            return bomText;
        }

        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
        {
            var offset = read;
            return offset < bytes.Length
                ? throw new InputRejectedException(string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 text (byte 0x{bytes[offset]:X2} at offset {offset})"))
                : throw new InputRejectedException("not valid UTF-8 text (truncated character at the end)");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static bool TryDecodeBom(ReadOnlySpan<byte> bytes, out string text)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8Strict(bytes[3..]);
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return true;
        }

        text = "";
        return false;
    }

    /// <summary>
    /// Decodes an HTML page the way browsers roughly do: byte-order mark, then the HTTP charset, then a
    /// meta charset in the first bytes, then UTF-8 when the bytes are valid UTF-8, else a guess between
    /// windows-1251 and windows-1252.
    /// </summary>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (TryDecodeBom(bytes, out var bomText))
        {
            return bomText;
        }

        var encoding = EncodingFromName(declaredCharset) ?? EncodingFromName(CharsetSniffer.FromMarkup(bytes));
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(bytes);
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Declared UTF-8 but broken: keep what decodes, like browsers do, unless the bytes clearly are a legacy charset.
        var legacy = CharsetSniffer.GuessLegacy(bytes);
        return encoding is not null && CharsetSniffer.MostlyUtf8(bytes)
            ? Encoding.UTF8.GetString(bytes)
            : Encoding.GetEncoding(legacy).GetString(bytes);
    }

    /// <summary>The encoding for a charset label, with the WHATWG rule that Latin-1 labels mean windows-1252; null when unknown.</summary>
    public static Encoding? EncodingFromName(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var label = charset.Trim().Trim('"', '\'').ToUpperInvariant();
        label = label switch
        {
            "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "LATIN-1" or "US-ASCII" or "ASCII" or "L1" or "CP1252" or "ISO_8859-1" => "windows-1252",
            "UTF8" => "utf-8",
            "CP1251" or "WIN-1251" => "windows-1251",
            "X-SJIS" or "SJIS" => "shift_jis",
            "GB2312" or "GBK" => "gb18030",
            _ => label,
        };
        try
        {
            var encoding = Encoding.GetEncoding(label);
            return encoding.CodePage is 1200 or 1201 ? Encoding.UTF8 : encoding; // a UTF-16 label without a BOM is wrong in ASCII-compatible bytes
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
