using System.Collections.Immutable;
using Dossier.Core;

namespace Dossier.Ingest.Html;

/// <summary>The article found in an HTML page: body text, its blocks, metadata and a map back into the page source.</summary>
public sealed record ExtractedArticle
{
    /// <summary>The body: blocks joined by blank lines ("\n\n"). Empty when no article text was found.</summary>
    public required string Text { get; init; }

    /// <summary>Paragraphs, headings and list items of <see cref="Text"/>, in order.</summary>
    public required ImmutableArray<Block> Blocks { get; init; }

    /// <summary>Maps positions of <see cref="Text"/> to positions in the HTML source string.</summary>
    public required SourceOffsetMap SourceMap { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Author names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication time.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Where <see cref="Published"/> was found: "json-ld", "meta", "time", "url" or "byline"; null without a date.</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>ISO 639-1 code: identified from the text, or declared by the page when identification is unsure.</summary>
    public string? Language { get; init; }

    /// <summary>Language the page declares (html lang, meta), if any.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>Canonical URL (link rel=canonical, og:url) or the page URL.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Name of the outlet.</summary>
    public string? SiteName { get; init; }
}
