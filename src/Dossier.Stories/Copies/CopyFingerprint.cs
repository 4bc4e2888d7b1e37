using Dossier.Core;
using Dossier.Stories.Text;

namespace Dossier.Stories.Copies;

/// <summary>
/// What copy detection keeps of one document: a hash of its words for exact copies, a MinHash signature of its
/// word shingles for near duplicates, and a small MinHash sketch per sentence (content terms and their character
/// trigrams, so word order and spelling variants do not matter) for paraphrased and translated copies. About
/// 4 bytes per signature position plus 4 bytes per sketch position and sentence: the text itself is not kept, so a
/// hundred thousand articles fit in a few hundred megabytes.
/// </summary>
public sealed class CopyFingerprint
{
    private CopyFingerprint(string id, DateTimeOffset? date, int wordCount, ulong exactHash, uint[] signature, uint[] sketches, int sketchSize)
    {
        Id = id;
        Date = date;
        WordCount = wordCount;
        ExactHash = exactHash;
        Signature = signature;
        Sketches = sketches;
        SketchSize = sketchSize;
    }

    /// <summary>Document id.</summary>
    public string Id { get; }

    /// <summary>The date the document is ordered by (see <see cref="DocumentOrder.DateOf"/>), or null.</summary>
    public DateTimeOffset? Date { get; }

    /// <summary>Number of normalised words outside excluded regions.</summary>
    public int WordCount { get; }

    /// <summary>Hash of the normalised word sequence: equal for exact copies.</summary>
    public ulong ExactHash { get; }

    /// <summary>MinHash signature of the word shingles.</summary>
    internal uint[] Signature { get; }

    /// <summary>The sentence sketches, <see cref="SketchSize"/> values per sentence, in sentence order.</summary>
    internal uint[] Sketches { get; }

    /// <summary>Values per sentence sketch.</summary>
    internal int SketchSize { get; }

    /// <summary>Number of sketched sentences (those with at least <see cref="CopyDetectionOptions.MinSentenceTerms"/> content terms).</summary>
    public int SentenceCount => SketchSize == 0 ? 0 : Sketches.Length / SketchSize;

    /// <summary>Approximate bytes held by this fingerprint (arrays and the id, not object headers).</summary>
    public long Bytes => (4L * (Signature.Length + Sketches.Length)) + (2L * Id.Length) + 64;

    /// <summary>The sketch of sentence <paramref name="index"/>.</summary>
    internal ReadOnlySpan<uint> Sketch(int index) => Sketches.AsSpan(index * SketchSize, SketchSize);

    /// <summary>Fingerprint of a document's content sentences (boilerplate regions set aside).</summary>
    public static CopyFingerprint Of(Document document, CopyDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = ContentSentences.Of(document).Select(span => span.Slice(text));
        return Create(document.Id, DocumentOrder.DateOf(document), sentences, options);
    }

    /// <summary>Fingerprint of a document given as its sentences.</summary>
    public static CopyFingerprint Create(string id, DateTimeOffset? date, IEnumerable<string> sentences, CopyDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var shingleSize = Math.Max(1, options.ShingleSize);
        var signature = MinHash.Empty(options.MinHashFunctions);
        var window = new ulong[shingleSize];
        var sketches = new List<uint>();
        var sketch = new uint[options.SentenceSketchSize];
        var words = 0;
        var exact = 14695981039346656037UL;
        foreach (var sentence in sentences)
        {
            var sentenceWords = TextNormalizer.Words(sentence);
            foreach (var word in sentenceWords)
            {
                var hash = MinHash.Hash(word);
                exact = MinHash.Mix(exact ^ hash);
                window[words % shingleSize] = hash;
                words++;
                if (words >= shingleSize)
                {
                    MinHash.Add(signature, Shingle(window, words, shingleSize));
                }
            }

            if (SketchSentence(sentenceWords, sketch, options.MinSentenceTerms))
            {
                sketches.AddRange(sketch);
            }
        }

        // Documents shorter than one shingle are one shingle of all their words.
        if (words is > 0 && words < shingleSize)
        {
            MinHash.Add(signature, Shingle(window, words, words));
        }

        return new CopyFingerprint(id, date, words, exact, signature, [.. sketches], options.SentenceSketchSize);
    }

    /// <summary>The shingle ending at word <paramref name="count"/> - 1, from the ring buffer of word hashes.</summary>
    private static ulong Shingle(ulong[] window, int count, int width)
    {
        var hash = 0x84222325CBF29CE4UL;
        for (var k = count - width; k < count; k++)
        {
            hash = MinHash.Mix(hash ^ window[k % window.Length]);
        }

        return hash;
    }

    /// <summary>
    /// MinHash of the sentence's stemmed content terms and the character trigrams of its content words; false for
    /// sentences with fewer than <paramref name="minTerms"/> content terms (datelines and bylines would match anything).
    /// </summary>
    private static bool SketchSentence(List<string> words, uint[] sketch, int minTerms)
    {
        if (sketch.Length == 0)
        {
            return false;
        }

        Array.Fill(sketch, uint.MaxValue);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (TextNormalizer.IsStopWord(word))
            {
                continue;
            }

            var term = TextNormalizer.Stem(word);
            if (terms.Add(term))
            {
                MinHash.Add(sketch, MinHash.Hash(term, 0x1F2E3D4C5B6A7988UL));
            }

            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                MinHash.Add(sketch, MinHash.Hash(padded.Substring(i, 3)));
            }
        }

        return terms.Count >= minTerms;
    }
}
