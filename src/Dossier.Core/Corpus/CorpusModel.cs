namespace Dossier.Core.Corpus;

/// <summary>A span in one document of a corpus.</summary>
public sealed record MentionRef(string DocumentId, int Start, int End);

/// <summary>One spelling of an entity and how often it occurs.</summary>
public sealed record EntityAlias(string Text, int Count, IReadOnlyList<string> DocumentIds);

/// <summary>One real person, place, organisation or other named thing, with all its mentions across the corpus.</summary>
public sealed record EntityGroup(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<EntityAlias> Aliases,
    IReadOnlyList<MentionRef> Mentions)
{
    /// <summary>Titles and roles said of the entity next to its name ("Foreign Minister"), most frequent first.</summary>
    public IReadOnlyList<EntityTitle> Titles { get; init; } = [];

    /// <summary>
    /// Mentions that refer to the entity without naming it, such as demonyms ("French" for France): linked to the
    /// entity rather than made a second one.
    /// </summary>
    public IReadOnlyList<MentionRef> Links { get; init; } = [];

    /// <summary>The gazetteer place the entity was resolved to (places only), or null.</summary>
    public GazetteerPlace? Place { get; init; }
}

/// <summary>A title or role seen with an entity's name, and how often.</summary>
public sealed record EntityTitle(string Text, int Count);

/// <summary>A place from the shipped gazetteer.</summary>
/// <param name="GazetteerId">"country:ISO2" or "geonames:ID".</param>
/// <param name="Name">The gazetteer's name of the place.</param>
/// <param name="Kind">"country" or "city".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country the place is in.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public sealed record GazetteerPlace(string GazetteerId, string Name, string Kind, string CountryCode, double Latitude, double Longitude);

/// <summary>Groups entity mentions of many documents into entities (replaceable corpus stage).</summary>
public interface IEntityGrouper
{
    /// <summary>
    /// Groups the <see cref="Layers.Entities"/> mentions of <paramref name="documents"/>. The result must not
    /// depend on the order of the documents.
    /// </summary>
    IReadOnlyList<EntityGroup> Group(IReadOnlyList<Document> documents);
}

/// <summary>How one document copies another.</summary>
public enum CopyKind
{
    Exact,
    NearDuplicate,
    Paraphrase,
}

/// <summary>Evidence that <see cref="DocumentId"/> is a copy of <see cref="OriginalId"/>.</summary>
public sealed record CopyRelation(
    string DocumentId,
    string OriginalId,
    CopyKind Kind,
    double Similarity,
    int SharedSentences);

/// <summary>Finds documents that copy others (replaceable corpus stage).</summary>
public interface ICopyDetector
{
    /// <summary>At most one relation per copied document, pointing at the earliest (or first by id) original.</summary>
    IReadOnlyList<CopyRelation> Detect(IReadOnlyList<Document> documents);
}
