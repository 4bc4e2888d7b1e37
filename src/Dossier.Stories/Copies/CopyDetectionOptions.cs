namespace Dossier.Stories.Copies;

/// <summary>Thresholds and LSH parameters of <see cref="ShingleCopyDetector"/> and <see cref="CopyFinder"/>.</summary>
public sealed record CopyDetectionOptions
{
    /// <summary>Words per shingle for near-duplicate detection.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Number of MinHash functions of a document signature.</summary>
    public int MinHashFunctions { get; init; } = 128;

    /// <summary>
    /// LSH bands over the document signature. With 128 functions, 32 bands of 4 rows make a pair with Jaccard
    /// similarity s a candidate with probability 1 - (1 - s^4)^32: 0.87 at s = 0.5, 0.99 at 0.6, 0.03 at 0.2.
    /// </summary>
    public int DocumentBands { get; init; } = 32;

    /// <summary>Estimated Jaccard similarity of word shingles from which a document is a near duplicate.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.5;

    /// <summary>
    /// Fewest distinct content terms of a sentence that gets a sketch: datelines, time stamps and wire credits
    /// ("PARIS (Reuters) -", "Tue Sep 28, 2010 3:55 am") are shorter and would make short documents look like copies.
    /// </summary>
    public int MinSentenceTerms { get; init; } = 5;

    /// <summary>MinHash values per sentence sketch (content terms and their character trigrams).</summary>
    public int SentenceSketchSize { get; init; } = 16;

    /// <summary>
    /// LSH bands over a sentence sketch. 8 bands of 2 rows make a sentence pair with Jaccard s a candidate with
    /// probability 1 - (1 - s^2)^8: 0.90 at s = 0.5, 0.66 at 0.35, 0.08 at 0.1. A paraphrased document has many
    /// such sentences, so the document pair is found even when single sentences are missed.
    /// </summary>
    public int SentenceBands { get; init; } = 8;

    /// <summary>Estimated Jaccard similarity of two sentence sketches from which they state the same thing.</summary>
    public double SentenceThreshold { get; init; } = 0.45;

    /// <summary>Share of a document's sentences that must match sentences of an earlier document for a paraphrase copy.</summary>
    public double ParaphraseFraction { get; init; } = 0.5;

    /// <summary>Fewest matching sentences for a paraphrase copy (two shared quotes do not make a copy of a long report).</summary>
    public int MinSharedSentences { get; init; } = 2;

    /// <summary>
    /// In an LSH bucket, each document is paired with at most this many of the bucket's earliest documents, so a
    /// sentence every source repeats (a slogan, a standard disclaimer) cannot make the candidate count quadratic.
    /// </summary>
    public int MaxPairsPerBucketMember { get; init; } = 32;

    /// <summary>
    /// A sentence-band bucket shared by more documents than this is ignored: its band value is made of elements so
    /// common (frequent terms and trigrams) that it says nothing about copying; copies still meet in other bands.
    /// </summary>
    public int MaxSentenceBucketDocuments { get; init; } = 50;

    /// <summary>Default options.</summary>
    public static CopyDetectionOptions Default { get; } = new();
}
