using Dossier.Core;

namespace Dossier.Storage;

/// <summary>
/// Persists documents with their text, metadata, source map and annotation layers, keyed by the
/// document's content hash, and searches their sentences. Implementations are safe to call from
/// several threads at once. Problems the user can cause (a bad path, a foreign or newer database,
/// a locked file) surface as <see cref="StoreException"/>.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>
    /// Stores <paramref name="document"/> unless a document with the same <see cref="Document.Id"/> is
    /// already there. Returns true when it was added, false when it was already present (nothing changes then).
    /// </summary>
    Task<bool> AddAsync(Document document, CancellationToken ct = default);

    /// <summary>Reads a document back with all its stored layers, or null when there is none with that id.</summary>
    Task<Document?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Every stored document, in the order they were added.</summary>
    IAsyncEnumerable<Document> GetAllAsync(CancellationToken ct = default);

    /// <summary>Number of stored documents.</summary>
    Task<int> CountAsync(CancellationToken ct = default);

    /// <summary>
    /// Full-text search over the sentences of the stored documents, best match first, at most
    /// <paramref name="limit"/> hits. The query is taken as plain words (every word must occur; words
    /// joined by punctuation such as "Zelensky's" must occur next to each other); query-language syntax
    /// in it has no effect. A query without words gives no hits.
    /// </summary>
    IAsyncEnumerable<SentenceHit> SearchAsync(string query, int limit, CancellationToken ct = default);

    /// <summary>Removes a document and everything stored with it. Returns false when there was none with that id.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken ct = default);
}

/// <summary>A sentence that matched a search.</summary>
/// <param name="DocumentId">Id of the document holding the sentence.</param>
/// <param name="Start">First UTF-16 code unit of the sentence in the document's text.</param>
/// <param name="End">One past its last code unit.</param>
/// <param name="Text">The sentence's text.</param>
/// <param name="Score">Relevance; higher is better. Comparable only within one search.</param>
public sealed record SentenceHit(string DocumentId, int Start, int End, string Text, double Score);
