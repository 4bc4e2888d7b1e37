using Dossier.Core;

namespace Dossier.Ingest;

/// <summary>One result of reading: a document or a failure, for the input named by <see cref="Source"/>.</summary>
public abstract record IngestItem(string Source);

/// <summary>An article that was read, with blocks and metadata set.</summary>
public sealed record IngestedDocument(Document Document) : IngestItem(Document?.Metadata.Source ?? throw new ArgumentNullException(nameof(Document)));

/// <summary>An input that could not be read; the reason is one line for the user.</summary>
public sealed record IngestFailure(InputFailure Failure) : IngestItem(Failure?.Source ?? throw new ArgumentNullException(nameof(Failure)));
