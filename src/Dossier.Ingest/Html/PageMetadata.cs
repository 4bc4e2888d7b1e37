namespace Dossier.Ingest.Html;

/// <summary>What a page says about itself, each field from the most trusted place that had it.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTimeOffset? Published { get; init; }

    /// <summary>Where the date came from ("json-ld", "meta", "time", "url", "byline").</summary>
    public string? PublishedOrigin { get; init; }

    public string? DeclaredLanguage { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? SiteName { get; init; }
}
