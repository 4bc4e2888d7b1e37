using Dossier.Stories.Text;

namespace Dossier.Stories.Copies;

/// <summary>Thresholds of <see cref="ShingleCopyDetector"/>.</summary>
public sealed record CopyDetectionOptions
{
    /// <summary>Words per shingle for near-duplicate detection.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Number of MinHash functions (the signature length).</summary>
    public int MinHashFunctions { get; init; } = 128;

    /// <summary>Estimated Jaccard similarity of word shingles from which a document is a near duplicate.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.5;

    /// <summary>Sentence similarity from which two sentences count as the same statement (tuned on MSRP).</summary>
    public double SentenceThreshold { get; init; } = SentenceSimilarity.ParaphraseThreshold;

    /// <summary>Share of a document's sentences that must match sentences of an earlier document for a paraphrase copy.</summary>
    public double ParaphraseFraction { get; init; } = 0.5;

    /// <summary>Fewest matching sentences for a paraphrase copy (two shared quotes do not make a copy of a long report).</summary>
    public int MinSharedSentences { get; init; } = 2;

    /// <summary>Default options.</summary>
    public static CopyDetectionOptions Default { get; } = new();
}
