using System.Globalization;
using System.Text.Json;
using Dossier.Core;

namespace Dossier.Storage;

/// <summary>How metadata fields and search sentences are turned into column values, shared by the stores.</summary>
internal static class DocumentFields
{
    public static string? FormatPublished(DateTimeOffset? published) =>
        published?.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParsePublished(string? value) =>
        value is null ? null : DateTimeOffset.ParseExact(value, "o", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string FormatAuthors(IReadOnlyList<string> authors) => JsonSerializer.Serialize(authors);

    public static string[] ParseAuthors(string? value) =>
        string.IsNullOrEmpty(value) ? [] : JsonSerializer.Deserialize<string[]>(value) ?? [];

    /// <summary>
    /// Why the document's text or metadata cannot be stored exactly, or null when it can: a lone UTF-16
    /// surrogate (no UTF-8 form; storing it would change the text and so the document's id), or a NUL
    /// character where the database cannot hold one.
    /// </summary>
    public static string? Unstorable(Document document, bool nulAllowed)
    {
        var m = document.Metadata;
        string?[] fields = [document.Text, m.Source, m.Format, m.Title, m.Url, m.SiteName, m.Language, m.PublishedFrom, .. m.Authors];
        foreach (var field in fields)
        {
            if (field is null)
            {
                continue;
            }

            for (var i = 0; i < field.Length; i++)
            {
                var c = field[i];
                if (c == '\0' && !nulAllowed)
                {
                    return "it contains NUL characters";
                }

                if (char.IsHighSurrogate(c) && i + 1 < field.Length && char.IsLowSurrogate(field[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return "it contains a lone UTF-16 surrogate";
                }
            }
        }

        return null;
    }

    /// <summary>Builds a document from stored columns and annotation blobs.</summary>
    public static Document Assemble(string text, SourceMetadata metadata, byte[]? sourceMap, IEnumerable<(string Name, byte[] Data)> annotations)
    {
        var document = new Document(text, metadata)
        {
            SourceMap = sourceMap is null ? null : LayerCodec.DecodeSourceMap(sourceMap),
        };
        foreach (var (name, data) in annotations)
        {
            LayerCodec.Apply(document, name, data);
        }

        return document;
    }

    /// <summary>
    /// The sentences worth indexing for search: non-empty ones that are not wholly inside a region cleanup
    /// excluded (share lines, photo credits and such would only add noise to results).
    /// </summary>
    public static IEnumerable<(int Start, int End, string Text)> SearchableSentences(
        string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<ExcludedRegion> excluded)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.End <= sentence.Start || string.IsNullOrWhiteSpace(text.AsSpan(sentence.Start, sentence.End - sentence.Start).ToString()))
            {
                continue;
            }

            var inside = false;
            foreach (var region in excluded)
            {
                if (region.Start <= sentence.Start && region.End >= sentence.End)
                {
                    inside = true;
                    break;
                }
            }

            if (!inside)
            {
                yield return (sentence.Start, sentence.End, WellFormed(text[sentence.Start..sentence.End]));
            }
        }
    }

    /// <summary>
    /// Replaces lone surrogates (a sentence boundary inside a surrogate pair) with U+FFFD, one code unit for
    /// one, so the index text keeps the document's offsets and has a UTF-8 form.
    /// </summary>
    private static string WellFormed(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                fixedText ??= text.ToCharArray();
                fixedText[i] = '\uFFFD';
            }
        }

        return fixedText is null ? text : new string(fixedText);
    }
}
