using Dossier.Core;

namespace Dossier.Engine.Output;

/// <summary>The names enums take in the JSON formats (docs/formats.md).</summary>
public static class Names
{
    /// <summary>CoNLL-style entity tag.</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        _ => "MISC",
    };

    /// <summary>TIMEX3 type.</summary>
    public static string Of(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    /// <summary>Exclusion reason in kebab case.</summary>
    public static string Of(ExclusionReason reason) => reason switch
    {
        ExclusionReason.UrlLine => "url-line",
        ExclusionReason.ShareLine => "share-line",
        ExclusionReason.SubscribeLine => "subscribe-line",
        ExclusionReason.CommentCount => "comment-count",
        ExclusionReason.SourceLink => "source-link",
        ExclusionReason.LogoLine => "logo-line",
        ExclusionReason.SectionLabel => "section-label",
        ExclusionReason.PhotoCredit => "photo-credit",
        _ => "navigation",
    };

    /// <summary>How a DCT was obtained.</summary>
    public static string Of(DateOrigin origin) => origin switch
    {
        DateOrigin.Metadata => "metadata",
        DateOrigin.User => "user",
        DateOrigin.Text => "text",
        DateOrigin.Corpus => "corpus",
        _ => "ingest-day",
    };
}
