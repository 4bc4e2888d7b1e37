using Dossier.Core;

namespace Dossier.Stories;

/// <summary>
/// A canonical order of documents, so that corpus results do not depend on the order of the input: by date
/// (publication time, else creation date), then id. Documents with the same id (the same text read twice) are
/// taken once: the earliest dated, then the smallest source name.
/// </summary>
public static class DocumentOrder
{
    /// <summary>The date a document is ordered by: its publication time, else its creation date, else null.</summary>
    public static DateTimeOffset? DateOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Published is { } published)
        {
            return published.ToUniversalTime();
        }

        // A guessed date (the ingest day, a month the text mentions) would keep apart articles about the same events
        // that merely lack a date, or order them by when they were read: they count as undated.
        var dct = document.Get(Layers.CreationTime);
        return dct is null || dct.IsGuess ? null : new DateTimeOffset(dct.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>One document per id, ordered by date (undated last), then id.</summary>
    public static List<Document> Canonical(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(d => DateOf(d) ?? DateTimeOffset.MaxValue).ThenBy(d => d.Metadata.Source, StringComparer.Ordinal).First())
            .OrderBy(d => DateOf(d) ?? DateTimeOffset.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }
}
