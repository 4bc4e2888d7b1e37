namespace Dossier.Core;

/// <summary>Broad class of a token, enough for sentence splitting and shallow features.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the original text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind) : ISpanned;

/// <summary>A sentence of the original text.</summary>
public readonly record struct Sentence(int Start, int End) : ISpanned;

/// <summary>What a block of the extracted text was in its source.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Title,
}

/// <summary>A block (paragraph, heading, list item) as the reader found it.</summary>
public readonly record struct Block(int Start, int End, BlockKind Kind) : ISpanned;

/// <summary>Why a region was excluded from analysis.</summary>
public enum ExclusionReason
{
    UrlLine,
    ShareLine,
    SubscribeLine,
    CommentCount,
    SourceLink,
    LogoLine,
    SectionLabel,
    PhotoCredit,
    Navigation,
}

/// <summary>
/// A region that cleanup judged to be boilerplate. The text stays as it is; analysis stages skip the region.
/// </summary>
public readonly record struct ExcludedRegion(int Start, int End, ExclusionReason Reason) : ISpanned;

/// <summary>Entity classes, as in CoNLL-2003.</summary>
public enum EntityType
{
    Person,
    Location,
    Organization,
    Misc,
}

/// <summary>A mention of a named entity.</summary>
public readonly record struct EntityMention(int Start, int End, EntityType Type) : ISpanned;

/// <summary>TIMEX3 types.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A time expression with its TIMEX3 value (for example 2025-05-16, 2025-W20, XXXX-04-24, P3Y).</summary>
public readonly record struct Timex(int Start, int End, TimexType Type, string Value) : ISpanned;

/// <summary>
/// A quote: Start/End cover the quoted content (without the quotation marks for direct quotes).
/// Speaker and Cue are spans into the same text when found.
/// </summary>
public readonly record struct Quote(
    int Start,
    int End,
    bool Direct,
    TextSpan? Speaker,
    TextSpan? Cue,
    string? SpeakerName) : ISpanned;

/// <summary>How a document's creation time was obtained.</summary>
public enum DateOrigin
{
    /// <summary>Given by the source's metadata (feed, JSON-LD, meta tag, JSONL field).</summary>
    Metadata,

    /// <summary>Given by the user (--dct).</summary>
    User,

    /// <summary>Estimated from the text.</summary>
    Text,

    /// <summary>Nothing gave a date: the day the document was ingested.</summary>
    IngestDay,

    /// <summary>Estimated from other articles of the corpus about the same events.</summary>
    Corpus,
}

/// <summary>The document creation time (DCT) against which relative expressions are resolved.</summary>
public sealed record DocumentDate(DateOnly Value, DateOrigin Origin, string Derivation)
{
    /// <summary>How the derivation of a date that is only the first of the latest month the text names begins.</summary>
    public const string MonthLowerBound = "month in the text";

    /// <summary>True unless the value came from metadata or the user.</summary>
    public bool Estimated => Origin is DateOrigin.Text or DateOrigin.IngestDay or DateOrigin.Corpus;

    /// <summary>
    /// True when the value says little of when the document was written: the ingest day, or only the first of the
    /// latest month the text names, a lower bound that may be years early ("since the invasion of February 2022").
    /// A date that rests on it ("Monday", "last month", a date without its year) is not known.
    /// </summary>
    public bool IsGuess => Origin == DateOrigin.IngestDay
        || (Origin == DateOrigin.Text && Derivation.StartsWith(MonthLowerBound, StringComparison.Ordinal));
}
