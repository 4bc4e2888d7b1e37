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
    IReadOnlyList<MentionRef> Mentions);

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
