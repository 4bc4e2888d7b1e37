using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Stories.Copies;

/// <summary>
/// Finds copies among documents: exact copies (the same words once boilerplate is set aside), near duplicates
/// (MinHash over word shingles) and paraphrased or machine-translated copies (most sentences of a document match
/// sentences of an earlier document by their content-term sketches). Each document is reduced to a compact
/// <see cref="CopyFingerprint"/> and <see cref="CopyFinder"/> verifies only LSH candidate pairs, so this scales to
/// large corpora. The result does not depend on the order of the input.
/// </summary>
public sealed class ShingleCopyDetector : ICopyDetector
{
    private readonly CopyDetectionOptions _options;

    /// <summary>Creates a detector with the default thresholds.</summary>
    public ShingleCopyDetector() : this(CopyDetectionOptions.Default) { }

    /// <summary>Creates a detector with the given thresholds.</summary>
    public ShingleCopyDetector(CopyDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc/>
    public IReadOnlyList<CopyRelation> Detect(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var fingerprints = DocumentOrder.Canonical(documents)
            .Select(d => CopyFingerprint.Of(d, _options))
            .ToList();
        return CopyFinder.Find(fingerprints, _options);
    }
}
