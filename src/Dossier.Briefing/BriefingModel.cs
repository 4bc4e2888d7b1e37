namespace Dossier.Briefing;

/// <summary>
/// The briefing of a set of articles: sources, entities, quotes, a dated timeline, an extractive summary and an
/// FAQ. Every sentence it shows carries citations into the documents' original text.
/// </summary>
public sealed class Briefing
{
    /// <summary>A headline for the whole briefing (the title of the earliest original source), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The input documents, earliest first.</summary>
    public IReadOnlyList<BriefingSource> Sources { get; init; } = [];

    /// <summary>People, places, organisations, most widely reported first.</summary>
    public IReadOnlyList<BriefingEntity> Entities { get; init; } = [];

    /// <summary>Direct and indirect quotes, in source order.</summary>
    public IReadOnlyList<BriefingQuote> Quotes { get; init; } = [];

    /// <summary>Dated sentences, in date order, one entry per event across copies.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>
    /// Sentences of undated articles dated by words without a year ("on May 16"), in month and day order: their
    /// year is unknown, so they stay out of <see cref="Timeline"/>. <see cref="TimelineEntry.Date"/> is a TIMEX3
    /// value with the year unknown (XXXX-05-16, XXXX-05).
    /// </summary>
    public IReadOnlyList<TimelineEntry> TimelineWithoutYear { get; init; } = [];

    /// <summary>The extractive summary, in chronological order.</summary>
    public IReadOnlyList<CitedSentence> Summary { get; init; } = [];

    /// <summary>Questions answered with cited sentences.</summary>
    public IReadOnlyList<FaqItem> Faq { get; init; } = [];

    /// <summary>Pairs of similar sentences from different sources that state different numbers.</summary>
    public IReadOnlyList<Contradiction> Contradictions { get; init; } = [];

    /// <summary>
    /// The input broken down into stories (<see cref="Dossier.Stories.Clustering.StoryClusterer"/>); null, and left
    /// out of the JSON, when the input holds one story or story splitting is off.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BriefingStory>? Stories { get; init; }
}

/// <summary>One story of a briefing whose input holds several.</summary>
/// <param name="Id">Story id (stable for a given set of documents; pass it as <see cref="BriefingOptions.StoryId"/> to narrow a briefing).</param>
/// <param name="Title">Title of the story's founding document.</param>
/// <param name="Sources">Ids of the story's documents.</param>
/// <param name="Summary">The story's own extractive summary.</param>
/// <param name="Timeline">The story's own timeline.</param>
/// <param name="Faq">The story's own FAQ.</param>
public sealed record BriefingStory(
    string Id,
    string Title,
    IReadOnlyList<string> Sources,
    IReadOnlyList<CitedSentence> Summary,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<FaqItem> Faq);

/// <summary>A span of a source document: the document id and a half-open range of UTF-16 code units.</summary>
/// <param name="Source">Document id.</param>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
public sealed record Citation(string Source, int Start, int End);

/// <summary>One input document as the briefing lists it.</summary>
/// <param name="Id">Document id (content hash).</param>
/// <param name="Source">The input as given (path, path#N, URL).</param>
/// <param name="Title">Headline, or null.</param>
/// <param name="Url">Article URL, or null.</param>
/// <param name="SiteName">Outlet name, or null.</param>
/// <param name="Published">Publication time stated by the source (ISO 8601), or null.</param>
/// <param name="Dct">Document creation date used for relative dates (yyyy-MM-dd), or null.</param>
/// <param name="DctEstimated">True when the creation date was estimated; null when there is none.</param>
/// <param name="CopyOf">Id of the document this one copies, or null.</param>
/// <param name="CopyKind">exact, nearDuplicate or paraphrase; null when not a copy.</param>
/// <param name="Similarity">Similarity to the original; null when not a copy.</param>
/// <param name="SharedSentences">Sentences shared with the original; null when not a copy.</param>
public sealed record BriefingSource(
    string Id,
    string Source,
    string? Title,
    string? Url,
    string? SiteName,
    string? Published,
    string? Dct,
    bool? DctEstimated,
    string? CopyOf,
    string? CopyKind,
    double? Similarity,
    int? SharedSentences)
{
    /// <summary>When this source is a copy: its sentences that state what sentences of the original state (at most five, in text order); else null.</summary>
    public IReadOnlyList<CopyEvidence>? CopyEvidence { get; init; }

    /// <summary>Quality signals of this source relative to the others (shown, never used to hide anything).</summary>
    public SourceQuality? Quality { get; init; }
}

/// <summary>One sentence a copy shares with its original.</summary>
/// <param name="Copy">The sentence in the copy.</param>
/// <param name="Original">The sentence of the original it matches.</param>
/// <param name="Similarity">Sentence similarity (1 for identical text).</param>
public sealed record CopyEvidence(Citation Copy, Citation Original, double Similarity);

/// <summary>Simple, explained quality signals of one source.</summary>
/// <param name="Words">Words in the source's content sentences.</param>
/// <param name="DoubledWords">Words repeated back to back ("the the"), a machine-translation and scraping artefact.</param>
/// <param name="LowercaseNames">Uses of name words in lower case where the other sources write them only capitalised.</param>
/// <param name="ForeignFunctionWords">Function words of another language (German, French, Spanish, Italian, Portuguese) left untranslated.</param>
/// <param name="TranslationArtifactsPerThousandWords">The three counts above per 1,000 words.</param>
/// <param name="BoilerplateShare">Characters in regions cleanup excluded (menus, share lines, credits) over the text length.</param>
/// <param name="GarbledNames">Spellings of an entity only this source uses, where other sources write the canonical name.</param>
/// <param name="Notes">The signals in words, for readers.</param>
public sealed record SourceQuality(
    int Words,
    int DoubledWords,
    int LowercaseNames,
    int ForeignFunctionWords,
    double TranslationArtifactsPerThousandWords,
    double BoilerplateShare,
    IReadOnlyList<GarbledName> GarbledNames,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// "the" and "of" per word in this source over the median of the other sources (null with fewer than two others):
    /// literal machine translation from languages with articles and genitive phrases runs well above 1.
    /// </summary>
    public double? FunctionWordRatio { get; init; }
}

/// <summary>A rare spelling of an entity's name.</summary>
/// <param name="Text">The spelling in this source.</param>
/// <param name="Canonical">The name other sources use.</param>
/// <param name="At">Its first mention in this source.</param>
public sealed record GarbledName(string Text, string Canonical, Citation At);

/// <summary>An entity mention with its text.</summary>
/// <param name="Source">Document id.</param>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The mentioned text, exactly as in the document.</param>
public sealed record BriefingMention(string Source, int Start, int End, string Text);

/// <summary>One real person, place or organisation across the sources.</summary>
/// <param name="Id">Entity id from the grouper.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">PER, LOC, ORG or MISC.</param>
/// <param name="Aliases">Spellings seen, most frequent first.</param>
/// <param name="Documents">Number of sources that mention it.</param>
/// <param name="Mentions">Every mention outside excluded regions.</param>
public sealed record BriefingEntity(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    int Documents,
    IReadOnlyList<BriefingMention> Mentions)
{
    /// <summary>Each spelling with how often it occurs and the sources it occurs in, most frequent first.</summary>
    public IReadOnlyList<BriefingAlias> AliasCounts { get; init; } = [];

    /// <summary>Titles and roles written with the name ("foreign minister"), most frequent first.</summary>
    public IReadOnlyList<BriefingTitle> Titles { get; init; } = [];

    /// <summary>Mentions that refer to the entity without naming it (demonyms such as "French" for France).</summary>
    public IReadOnlyList<BriefingMention> Links { get; init; } = [];

    /// <summary>The gazetteer place (with coordinates, for a map) of a place entity, or null.</summary>
    public BriefingPlace? Place { get; init; }
}

/// <summary>One spelling of an entity.</summary>
/// <param name="Text">The spelling, exactly as written.</param>
/// <param name="Count">Number of mentions written this way.</param>
/// <param name="Sources">Ids of the documents that write it this way.</param>
public sealed record BriefingAlias(string Text, int Count, IReadOnlyList<string> Sources);

/// <summary>A title or role seen with an entity's name.</summary>
/// <param name="Text">The title, lower case.</param>
/// <param name="Count">Number of mentions it was seen with.</param>
public sealed record BriefingTitle(string Text, int Count);

/// <summary>A place from the gazetteer.</summary>
/// <param name="Id">"country:ISO2" or "geonames:ID".</param>
/// <param name="Name">The gazetteer's name.</param>
/// <param name="Kind">"country" or "city".</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public sealed record BriefingPlace(string Id, string Name, string Kind, string Country, double Latitude, double Longitude);

/// <summary>A quote with its speaker.</summary>
/// <param name="Source">Document id.</param>
/// <param name="Start">First code unit of the quoted content.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The quoted content, exactly as in the document.</param>
/// <param name="SpeakerName">Canonical speaker name, or null.</param>
/// <param name="SpeakerId">Id of the entity that is the speaker, or null.</param>
/// <param name="Direct">True for a direct (quoted) quote.</param>
public sealed record BriefingQuote(
    string Source,
    int Start,
    int End,
    string Text,
    string? SpeakerName,
    string? SpeakerId,
    bool Direct)
{
    /// <summary>Every place these words are quoted (this one first) when there is more than one; else empty.</summary>
    public IReadOnlyList<QuoteOccurrence> Occurrences { get; init; } = [];

    /// <summary>Set when the occurrences give the words to different speakers.</summary>
    public QuoteMisattribution? PossibleMisattribution { get; init; }
}

/// <summary>One place where a quote occurs, with the speaker that source gives.</summary>
/// <param name="Source">Document id.</param>
/// <param name="Start">First code unit of the quoted content.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The quoted content, exactly as in that document.</param>
/// <param name="SpeakerName">Canonical speaker name in that source, or null.</param>
/// <param name="SpeakerId">Entity id of that speaker, or null.</param>
public sealed record QuoteOccurrence(string Source, int Start, int End, string Text, string? SpeakerName, string? SpeakerId);

/// <summary>The same words given to different speakers: each speaker with the occurrences that name it.</summary>
/// <param name="Speakers">Two or more distinct speakers.</param>
public sealed record QuoteMisattribution(IReadOnlyList<AttributedSpeaker> Speakers);

/// <summary>A speaker that some sources give for a quote.</summary>
/// <param name="SpeakerName">Canonical name, or null.</param>
/// <param name="SpeakerId">Entity id, or null.</param>
/// <param name="Citations">The occurrences that attribute the quote to this speaker.</param>
public sealed record AttributedSpeaker(string? SpeakerName, string? SpeakerId, IReadOnlyList<Citation> Citations);

/// <summary>A sentence taken verbatim from a source.</summary>
/// <param name="Text">The sentence, exactly the text at its first citation.</param>
/// <param name="Citations">Where the text stands; every citation covers exactly this text.</param>
/// <param name="SupportingSources">Number of other independent sources that state the same thing (<see cref="IndependentSources"/> - 1).</param>
/// <param name="Support">Sentences of those sources (similar, not identical, text).</param>
/// <param name="Note">A short note about the sentence (for example which source copies which), or null.</param>
public sealed record CitedSentence(
    string Text,
    IReadOnlyList<Citation> Citations,
    int SupportingSources,
    IReadOnlyList<Citation> Support,
    string? Note)
{
    /// <summary>Independent sources that state it, this one included (copies and articles of one publisher count once).</summary>
    public int IndependentSources { get; init; } = 1;

    /// <summary>True when only one independent source states it.</summary>
    public bool SingleSource => IndependentSources <= 1;
}

/// <summary>A dated event.</summary>
/// <param name="Date">TIMEX3 value of a day (2026-05-12) or month (2026-05).</param>
/// <param name="Text">The sentence, exactly the text at its first citation.</param>
/// <param name="Citations">Where the text stands.</param>
/// <param name="SupportingSources">Number of other sources that state the same thing on the same date.</param>
/// <param name="Support">Their sentences.</param>
public sealed record TimelineEntry(
    string Date,
    string Text,
    IReadOnlyList<Citation> Citations,
    int SupportingSources,
    IReadOnlyList<Citation> Support)
{
    /// <summary>Independent sources that state it on that date, this one included (copies and one publisher count once).</summary>
    public int IndependentSources { get; init; } = 1;

    /// <summary>True when only one independent source states it.</summary>
    public bool SingleSource => IndependentSources <= 1;

    /// <summary>How precise <see cref="Date"/> is: "day", "month" or "year".</summary>
    public string Precision { get; init; } = "day";

    /// <summary>The words of the source sentence the date was resolved from ("Monday", "May 3").</summary>
    public string DateText { get; init; } = "";

    /// <summary>
    /// True when the words gave no year ("April 24" in an undated article) and the year is the document date's,
    /// which may itself be estimated: the placement is a guess.
    /// </summary>
    public bool YearFromDocumentDate { get; init; }
}

/// <summary>A question and its answer made of cited sentences.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">Cited sentences that answer it.</param>
public sealed record FaqItem(string Question, IReadOnlyList<CitedSentence> Answer);

/// <summary>
/// Similar statements of different sources that disagree: different numbers for the same thing, or an event one
/// reports as done and another as only planned.
/// </summary>
/// <param name="Subject">The word the numbers count (for example "prisoners"), or the event verb's stem.</param>
/// <param name="Claims">The conflicting statements.</param>
public sealed record Contradiction(string Subject, IReadOnlyList<Claim> Claims)
{
    /// <summary>"numbers" (different numbers for the same counted thing) or "status" (done in one source, only planned in another).</summary>
    public string Kind { get; init; } = "numbers";
}

/// <summary>One side of a contradiction.</summary>
/// <param name="Value">The number this source gives, or "done" / "planned".</param>
/// <param name="Text">The sentence, exactly the text at its citation.</param>
/// <param name="Citations">Where it stands.</param>
public sealed record Claim(string Value, string Text, IReadOnlyList<Citation> Citations);
