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
                yield return (sentence.Start, sentence.End, text[sentence.Start..sentence.End]);
            }
        }
    }
}
