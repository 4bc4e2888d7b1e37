namespace Dossier.Core;

/// <summary>Where a document came from and what its source said about it.</summary>
public sealed record SourceMetadata
{
    /// <summary>The input as the user gave it: a path (with "#N" for the Nth item of a feed or JSONL file) or a URL.</summary>
    public required string Source { get; init; }

    /// <summary>Input format that produced the document, such as "txt", "html", "rss", "atom", "jsonl".</summary>
    public string Format { get; init; } = "txt";

    /// <summary>Headline, when the source has one.</summary>
    public string? Title { get; init; }

    /// <summary>Canonical or given URL of the article.</summary>
    public string? Url { get; init; }

    /// <summary>Publication time stated by the source.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>
    /// Where <see cref="Published"/> came from, so a reader can judge it: "json-ld", "meta", "time", "url",
    /// "byline" (web pages, in that order of trust), "feed", "jsonl"; null when there is no date.
    /// </summary>
    public string? PublishedFrom { get; init; }

    /// <summary>Authors named by the source.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Name of the outlet (feed title, JSONL "source" field, site name).</summary>
    public string? SiteName { get; init; }

    /// <summary>ISO 639-1 language code, when known.</summary>
    public string? Language { get; init; }
}
