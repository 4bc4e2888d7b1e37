using Dossier.Core.Corpus;

namespace Dossier.Stories.Copies;

/// <summary>
/// Finds copies among document fingerprints without comparing all pairs: exact copies by their word hash, near
/// duplicates through LSH banding of the shingle signatures (Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman,
/// Mining of Massive Datasets, ch. 3), paraphrased and translated copies through LSH banding of the sentence sketches.
/// Only candidate pairs are verified. The original of a pair is the one published first; without dates, the longer
/// one, then the smaller id. Time and memory grow with the number of candidate pairs, not with its square.
/// </summary>
public static class CopyFinder
{
    /// <summary>At most one relation per copy, pointing at its best original; sorted by copy id.</summary>
    public static List<CopyRelation> Find(IReadOnlyList<CopyFingerprint> fingerprints, CopyDetectionOptions options) =>
        Find(fingerprints, options, new CopyFinderStatistics());

    /// <summary>As <see cref="Find(IReadOnlyList{CopyFingerprint}, CopyDetectionOptions)"/>, counting the work in <paramref name="statistics"/>.</summary>
    public static List<CopyRelation> Find(IReadOnlyList<CopyFingerprint> fingerprints, CopyDetectionOptions options, CopyFinderStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(fingerprints);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = fingerprints.ToArray();
        Array.Sort(ordered, CompareAsOriginal);

        var pairs = new List<long>();
        AddExactPairs(ordered, pairs);
        AddDocumentBandPairs(ordered, options, pairs);
        statistics.DocumentBandPairs = pairs.Count;
        statistics.SentenceBandHits = AddSentenceBandPairs(ordered, options, pairs);
        statistics.CandidatePairs = pairs.Count;

        // Each candidate pair once; pairs are (copy << 32 | original) with original < copy in the canonical order.
        var candidates = pairs.ToArray();
        pairs.Clear();
        Array.Sort(candidates);
        var best = new CopyRelation?[ordered.Length];
        var rank = new double[ordered.Length];
        for (var k = 0; k < candidates.Length; k++)
        {
            if (k > 0 && candidates[k] == candidates[k - 1])
            {
                continue;
            }

            var copy = (int)(candidates[k] >> 32);
            var original = (int)(candidates[k] & 0xFFFFFFFF);
            var relation = Verify(ordered[copy], ordered[original], options);
            statistics.Verified++;

            // Stronger kinds win; within a kind, higher similarity; earlier originals win ties (they come first).
            if (relation is not null && (best[copy] is null || Rank(relation) > rank[copy]))
            {
                best[copy] = relation;
                rank[copy] = Rank(relation);
            }
        }

        var result = best.OfType<CopyRelation>().ToList();
        result.Sort((a, b) => string.CompareOrdinal(a.DocumentId, b.DocumentId));
        return result;
    }

    /// <summary>How two fingerprints relate, or null when the later one does not copy the earlier one.</summary>
    public static CopyRelation? Verify(CopyFingerprint copy, CopyFingerprint original, CopyDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(options);
        if (copy.WordCount == 0 || original.WordCount == 0)
        {
            return null;
        }

        if (copy.ExactHash == original.ExactHash && copy.WordCount == original.WordCount)
        {
            return new CopyRelation(copy.Id, original.Id, CopyKind.Exact, 1.0, copy.SentenceCount);
        }

        var shared = SharedSentences(copy, original, options.SentenceThreshold);
        var estimate = MinHash.Estimate(copy.Signature, original.Signature);
        if (estimate >= options.NearDuplicateThreshold)
        {
            return new CopyRelation(copy.Id, original.Id, CopyKind.NearDuplicate, Math.Round(estimate, 4), shared);
        }

        if (copy.SentenceCount == 0)
        {
            return null;
        }

        var fraction = (double)shared / copy.SentenceCount;
        return shared >= options.MinSharedSentences && fraction >= options.ParaphraseFraction
            ? new CopyRelation(copy.Id, original.Id, CopyKind.Paraphrase, Math.Round(fraction, 4), shared)
            : null;
    }

    /// <summary>
    /// Sentences of <paramref name="copy"/> whose sketch matches a sketch of <paramref name="original"/>, each
    /// sentence of the original used once (greedily, best match first), so that one generic sentence of the
    /// original cannot account for many sentences of the copy.
    /// </summary>
    public static int SharedSentences(CopyFingerprint copy, CopyFingerprint original, double threshold)
    {
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(original);
        var matches = new List<(double Score, int Copy, int Original)>();
        for (var s = 0; s < copy.SentenceCount; s++)
        {
            var sketch = copy.Sketch(s);
            for (var t = 0; t < original.SentenceCount; t++)
            {
                var score = MinHash.Estimate(sketch, original.Sketch(t));
                if (score >= threshold)
                {
                    matches.Add((score, s, t));
                }
            }
        }

        if (matches.Count == 0)
        {
            return 0;
        }

        matches.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Copy != b.Copy ? a.Copy.CompareTo(b.Copy) : a.Original.CompareTo(b.Original));
        var usedCopy = new bool[copy.SentenceCount];
        var usedOriginal = new bool[original.SentenceCount];
        var shared = 0;
        foreach (var (_, s, t) in matches)
        {
            if (!usedCopy[s] && !usedOriginal[t])
            {
                usedCopy[s] = usedOriginal[t] = true;
                shared++;
            }
        }

        return shared;
    }

    /// <summary>True when sentence <paramref name="s"/> of <paramref name="a"/> and sentence <paramref name="t"/> of <paramref name="b"/> fall into the same LSH bucket of some sentence band.</summary>
    public static bool ShareSentenceBand(CopyFingerprint a, int s, CopyFingerprint b, int t, CopyDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);
        var bands = Math.Max(1, Math.Min(options.SentenceBands, options.SentenceSketchSize));
        var rows = options.SentenceSketchSize / bands;
        for (var band = 0; band < bands && rows > 0; band++)
        {
            if (MinHash.BandKey(a.Sketch(s), band, band * rows, rows) == MinHash.BandKey(b.Sketch(t), band, band * rows, rows))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Orders fingerprints so that the likelier original comes first.</summary>
    public static int CompareAsOriginal(CopyFingerprint? a, CopyFingerprint? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byDate = (a.Date, b.Date) switch
        {
            ({ } x, { } y) => x.CompareTo(y),
            (not null, null) => -1,
            (null, not null) => 1,
            _ => 0,
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byLength = b.WordCount.CompareTo(a.WordCount);
        return byLength != 0 ? byLength : string.CompareOrdinal(a.Id, b.Id);
    }

    private static double Rank(CopyRelation relation) => (2 - (int)relation.Kind) + relation.Similarity;

    private static long Pair(int copy, int original) => ((long)copy << 32) | (uint)original;

    private static void AddExactPairs(CopyFingerprint[] ordered, List<long> pairs)
    {
        var first = new Dictionary<(ulong, int), int>();
        for (var i = 0; i < ordered.Length; i++)
        {
            var key = (ordered[i].ExactHash, ordered[i].WordCount);
            if (ordered[i].WordCount == 0)
            {
                continue;
            }

            if (first.TryGetValue(key, out var original))
            {
                pairs.Add(Pair(i, original));
            }
            else
            {
                first[key] = i;
            }
        }
    }

    private static void AddDocumentBandPairs(CopyFingerprint[] ordered, CopyDetectionOptions options, List<long> pairs)
    {
        var bands = Math.Max(1, Math.Min(options.DocumentBands, options.MinHashFunctions));
        var rows = options.MinHashFunctions / bands;
        var keys = new ulong[ordered.Length * bands];
        var members = new int[keys.Length];
        var n = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].WordCount == 0)
            {
                continue;
            }

            for (var b = 0; b < bands; b++)
            {
                keys[n] = MinHash.BandKey(ordered[i].Signature, b, b * rows, rows);
                members[n++] = i;
            }
        }

        PairBuckets(keys.AsSpan(0, n), members.AsSpan(0, n), options.MaxPairsPerBucketMember, int.MaxValue, pairs);
    }

    private static long AddSentenceBandPairs(CopyFingerprint[] ordered, CopyDetectionOptions options, List<long> pairs)
    {
        var size = options.SentenceSketchSize;
        var bands = Math.Max(1, Math.Min(options.SentenceBands, size));
        var rows = size / Math.Max(1, bands);
        if (rows == 0)
        {
            return 0;
        }

        var total = 0L;
        foreach (var fingerprint in ordered)
        {
            total += (long)fingerprint.SentenceCount * bands;
        }

        var keys = new ulong[total];
        var members = new int[total];
        var n = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var s = 0; s < ordered[i].SentenceCount; s++)
            {
                var sketch = ordered[i].Sketch(s);
                for (var b = 0; b < bands; b++)
                {
                    keys[n] = MinHash.BandKey(sketch, b, b * rows, rows);
                    members[n++] = i;
                }
            }
        }

        // A document pair needs at least MinSharedSentences colliding sentence bands before it is verified.
        var hits = new List<long>();
        PairBuckets(keys, members, options.MaxPairsPerBucketMember, options.MaxSentenceBucketDocuments, hits);
        var sorted = hits.ToArray();
        hits.Clear();
        var hitCount = sorted.LongLength;
        Array.Sort(sorted);
        var needed = Math.Max(1, options.MinSharedSentences);
        for (var k = 0; k < sorted.Length;)
        {
            var end = k;
            while (end < sorted.Length && sorted[end] == sorted[k])
            {
                end++;
            }

            if (end - k >= needed)
            {
                pairs.Add(sorted[k]);
            }

            k = end;
        }

        return hitCount;
    }

    /// <summary>
    /// Sorts bucket keys and pairs each member of a bucket with the earlier documents of that bucket (at most
    /// <paramref name="maxPerMember"/> of them, the earliest first). Pairs within one document are skipped, and so are
    /// buckets of more than <paramref name="maxDocuments"/> documents (band values made of very common elements).
    /// </summary>
    private static void PairBuckets(Span<ulong> keys, Span<int> members, int maxPerMember, int maxDocuments, List<long> pairs)
    {
        keys.Sort(members);
        var bucket = new List<int>();
        for (var k = 0; k < keys.Length;)
        {
            var end = k;
            while (end < keys.Length && keys[end] == keys[k])
            {
                end++;
            }

            if (end - k > 1 && end - k <= 8L * maxDocuments)
            {
                bucket.Clear();
                for (var m = k; m < end; m++)
                {
                    bucket.Add(members[m]);
                }

                bucket.Sort();
                var distinct = 0;
                for (var m = 0; m < bucket.Count; m++)
                {
                    if (m == 0 || bucket[m] != bucket[m - 1])
                    {
                        bucket[distinct++] = bucket[m];
                    }
                }

                for (var j = 1; j < distinct && distinct <= maxDocuments; j++)
                {
                    var limit = Math.Min(j, maxPerMember);
                    for (var i = 0; i < limit; i++)
                    {
                        pairs.Add(Pair(bucket[j], bucket[i]));
                    }
                }
            }

            k = end;
        }
    }
}

/// <summary>How much work one <see cref="CopyFinder.Find(IReadOnlyList{CopyFingerprint}, CopyDetectionOptions, CopyFinderStatistics)"/> did.</summary>
public sealed class CopyFinderStatistics
{
    /// <summary>Candidate pairs from exact hashes and document bands (with repeats).</summary>
    public long DocumentBandPairs { get; set; }

    /// <summary>Document pairs emitted by sentence-band buckets (with repeats) before the two-sentence filter.</summary>
    public long SentenceBandHits { get; set; }

    /// <summary>All candidate pairs (with repeats).</summary>
    public long CandidatePairs { get; set; }

    /// <summary>Distinct pairs verified.</summary>
    public long Verified { get; set; }
}
