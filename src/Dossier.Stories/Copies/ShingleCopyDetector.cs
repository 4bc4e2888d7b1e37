using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Stories.Text;

namespace Dossier.Stories.Copies;

/// <summary>
/// Finds copies in three passes: exact copies (the same words once boilerplate is set aside), near duplicates
/// (MinHash over word shingles, confirmed by the exact Jaccard similarity) and paraphrased or machine-translated
/// copies (most sentences of a document align with sentences of an earlier document). The original of a pair is
/// the one published first; without dates, the longer one, then the smaller id. The result does not depend on the
/// order of the input.
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
        var profiles = DocumentOrder.Canonical(documents)
            .Select(d => new DocumentProfile(d, _options))
            .ToList();
        profiles.Sort(DocumentProfile.CompareAsOriginal);

        // Align every sentence with the sentences of earlier documents once, through an inverted index.
        var index = new SentenceIndex();
        var owner = new List<int>();
        for (var d = 0; d < profiles.Count; d++)
        {
            foreach (var sentence in profiles[d].Sentences)
            {
                index.Add(sentence);
                owner.Add(d);
            }
        }

        var relations = new List<CopyRelation>();
        for (var i = 1; i < profiles.Count; i++)
        {
            var copy = profiles[i];
            var matches = copy.Sentences
                .Select(sentence => index.Similar(sentence, _options.SentenceThreshold, id => owner[id] < i).Select(m => owner[m.Id]).ToHashSet())
                .ToList();
            CopyRelation? best = null;
            for (var j = 0; j < i; j++)
            {
                var shared = matches.Count(m => m.Contains(j));
                var candidate = Compare(copy, profiles[j], shared);
                if (candidate is not null && (best is null || Rank(candidate) > Rank(best)))
                {
                    best = candidate;
                }
            }

            if (best is not null)
            {
                relations.Add(best);
            }
        }

        relations.Sort((a, b) => string.CompareOrdinal(a.DocumentId, b.DocumentId));
        return relations;
    }

    // Stronger kinds win; within a kind, higher similarity. Earlier originals win ties because they come first.
    private static double Rank(CopyRelation relation) => (2 - (int)relation.Kind) + relation.Similarity;

    private CopyRelation? Compare(DocumentProfile copy, DocumentProfile original, int sharedSentences)
    {
        if (copy.Words.Count == 0 || original.Words.Count == 0)
        {
            return null;
        }

        if (copy.WordsHash == original.WordsHash && copy.Words.SequenceEqual(original.Words, StringComparer.Ordinal))
        {
            return new CopyRelation(copy.Document.Id, original.Document.Id, CopyKind.Exact, 1.0, copy.Sentences.Count);
        }

        var estimate = MinHash.Estimate(copy.Signature, original.Signature);
        if (estimate >= _options.NearDuplicateThreshold - 0.1)
        {
            var jaccard = MinHash.Jaccard(copy.Shingles, original.Shingles);
            if (jaccard >= _options.NearDuplicateThreshold)
            {
                return new CopyRelation(copy.Document.Id, original.Document.Id, CopyKind.NearDuplicate, Math.Round(jaccard, 4), sharedSentences);
            }
        }

        if (copy.Sentences.Count == 0)
        {
            return null;
        }

        var fraction = (double)sharedSentences / copy.Sentences.Count;
        if (sharedSentences >= _options.MinSharedSentences && fraction >= _options.ParaphraseFraction)
        {
            return new CopyRelation(copy.Document.Id, original.Document.Id, CopyKind.Paraphrase, Math.Round(fraction, 4), sharedSentences);
        }

        return null;
    }

    private sealed class DocumentProfile
    {
        public DocumentProfile(Document document, CopyDetectionOptions options)
        {
            Document = document;
            var spans = ContentSentences.Of(document);
            var words = new List<string>();
            var sentences = new List<SentenceProfile>();
            foreach (var span in spans)
            {
                var text = document.Text.AsSpan(span.Start, span.Length);
                words.AddRange(TextNormalizer.Words(text));
                var profile = SentenceProfile.Create(text);

                // Very short pieces (datelines, bylines) would align with anything.
                if (profile.TermCount >= 3)
                {
                    sentences.Add(profile);
                }
            }

            Words = words;
            Sentences = sentences;
            Shingles = MinHash.Shingles(words, options.ShingleSize);
            Signature = MinHash.Signature(Shingles, options.MinHashFunctions);
            var hash = new HashCode();
            foreach (var word in words)
            {
                hash.Add(word, StringComparer.Ordinal);
            }

            WordsHash = hash.ToHashCode();
            Date = DocumentOrder.DateOf(document);
        }

        public Document Document { get; }

        public List<string> Words { get; }

        public int WordsHash { get; }

        public List<SentenceProfile> Sentences { get; }

        public HashSet<ulong> Shingles { get; }

        public ulong[] Signature { get; }

        public DateTimeOffset? Date { get; }

        /// <summary>Orders documents so that the likelier original comes first.</summary>
        public static int CompareAsOriginal(DocumentProfile? a, DocumentProfile? b)
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

            var byLength = b.Words.Count.CompareTo(a.Words.Count);
            return byLength != 0 ? byLength : string.CompareOrdinal(a.Document.Id, b.Document.Id);
        }
    }
}
