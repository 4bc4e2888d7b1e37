using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Dossier.Core;
using Dossier.Stories.Text;

namespace Dossier.Stories.Claims;

/// <summary>
/// Document frequencies of stemmed words, for the TF-IDF features of <see cref="ClaimFeatures"/>. Words that are
/// not listed count as seen once (the rarest, most telling kind).
/// </summary>
public sealed class TermFrequencies
{
    private readonly Dictionary<string, int> _frequencies;

    /// <summary>Creates a table over <paramref name="documents"/> sentences with the given frequencies.</summary>
    public TermFrequencies(int documents, IReadOnlyDictionary<string, int> frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        Documents = Math.Max(1, documents);
        _frequencies = new Dictionary<string, int>(frequencies, StringComparer.Ordinal);
    }

    /// <summary>An empty table: every word is equally rare.</summary>
    public static TermFrequencies Empty { get; } = new(1, new Dictionary<string, int>());

    /// <summary>Number of sentences counted.</summary>
    public int Documents { get; }

    /// <summary>The counted words and their frequencies.</summary>
    public IReadOnlyDictionary<string, int> Frequencies => _frequencies;

    /// <summary>Counts every stemmed word of <paramref name="sentences"/> once per sentence.</summary>
    public static TermFrequencies Count(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var sentence in sentences)
        {
            n++;
            foreach (var term in ClaimFeatures.Stems(TextNormalizer.Words(sentence)).Distinct(StringComparer.Ordinal))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return new TermFrequencies(n, counts);
    }

    /// <summary>Smoothed inverse document frequency of a stemmed word.</summary>
    public double Idf(string term) => Math.Log((Documents + 1.0) / (_frequencies.GetValueOrDefault(term, 1) + 0.5));
}

/// <summary>
/// Pairwise features of two sentences for <see cref="ClaimMatcher"/>, after Wan, Dras, Dale and Paris (2006),
/// "Using dependency-based features to take the para-farce out of paraphrase" (their lexical and length
/// features; the dependency features are replaced by order-aware ones: longest common subsequence and token edit
/// distance). All features are symmetric in the two sentences.
/// </summary>
public static class ClaimFeatures
{
    private static readonly HashSet<string> Negations = new(["not", "no", "never", "nt", "without", "none", "nor", "neither"], StringComparer.Ordinal);

    /// <summary>Names of the features, in the order <see cref="Extract"/> returns them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "word1.f", "word1.min", "word1.max",
        "word2.f", "word2.min", "word2.max",
        "word3.f", "word3.min", "word3.max",
        "stem1.f", "stem1.min", "stem1.max",
        "stem2.f", "stem2.min", "stem2.max",
        "content.f", "content.min", "content.max",
        "char3.dice", "char4.dice",
        "length.chardiff", "length.tokendiff", "length.min",
        "number.unmatched", "number.any", "number.same",
        "lcs.min", "lcs.max", "edit.max",
        "tfidf.cosine", "idf.unmatched.max", "idf.unmatched.min",
        "names.unmatched", "content.unmatched.max", "content.unmatched.min",
        "negation.mismatch",
        "word1.f.sq", "tfidf.cosine.sq", "lcs.min.x.content.min",
    ];

    /// <summary>The features of a pair of sentences.</summary>
    public static double[] Extract(string first, string second, TermFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(frequencies);
        var a = Side.Of(first);
        var b = Side.Of(second);
        var f = new List<double>(Names.Count);
        AddOverlap(f, a.Words, b.Words, 1);
        AddOverlap(f, a.Words, b.Words, 2);
        AddOverlap(f, a.Words, b.Words, 3);
        AddOverlap(f, a.Stems, b.Stems, 1);
        AddOverlap(f, a.Stems, b.Stems, 2);
        AddOverlap(f, a.Content, b.Content, 1);
        f.Add(Dice(CharGrams(a.Flat, 3), CharGrams(b.Flat, 3)));
        f.Add(Dice(CharGrams(a.Flat, 4), CharGrams(b.Flat, 4)));

        var maxChars = Math.Max(1, Math.Max(a.Flat.Length, b.Flat.Length));
        f.Add(Math.Abs(a.Flat.Length - b.Flat.Length) / (double)maxChars);
        f.Add(Math.Log(1 + Math.Abs(a.Words.Count - b.Words.Count)));
        f.Add(Math.Log(1 + Math.Min(a.Words.Count, b.Words.Count)));

        var numbersA = a.Numbers;
        var numbersB = b.Numbers;
        var unmatchedNumbers = numbersA.Count(n => !numbersB.Contains(n)) + numbersB.Count(n => !numbersA.Contains(n));
        f.Add(Math.Log(1 + unmatchedNumbers));
        f.Add(numbersA.Count + numbersB.Count > 0 ? 1 : 0);
        f.Add(numbersA.Count > 0 && numbersA.SetEquals(numbersB) ? 1 : 0);

        var lcs = Lcs(a.Stems, b.Stems);
        var minLen = Math.Max(1, Math.Min(a.Stems.Count, b.Stems.Count));
        var maxLen = Math.Max(1, Math.Max(a.Stems.Count, b.Stems.Count));
        f.Add(lcs / (double)minLen);
        f.Add(lcs / (double)maxLen);
        f.Add(EditDistance.Between(CollectionsMarshal.AsSpan(a.Stems), CollectionsMarshal.AsSpan(b.Stems)) / (double)maxLen);

        var cosine = TfIdfCosine(a.Stems, b.Stems, frequencies);
        f.Add(cosine);
        var setA = new HashSet<string>(a.Stems, StringComparer.Ordinal);
        var setB = new HashSet<string>(b.Stems, StringComparer.Ordinal);
        var idfA = UnmatchedIdfShare(setA, setB, frequencies);
        var idfB = UnmatchedIdfShare(setB, setA, frequencies);
        f.Add(Math.Max(idfA, idfB));
        f.Add(Math.Min(idfA, idfB));

        var namesUnmatched = a.Names.Count(n => !b.Lower.Contains(n)) + b.Names.Count(n => !a.Lower.Contains(n));
        f.Add(Math.Log(1 + namesUnmatched));
        var contentA = new HashSet<string>(a.Content, StringComparer.Ordinal);
        var contentB = new HashSet<string>(b.Content, StringComparer.Ordinal);
        var onlyA = contentA.Count(t => !contentB.Contains(t));
        var onlyB = contentB.Count(t => !contentA.Contains(t));
        f.Add(Math.Log(1 + Math.Max(onlyA, onlyB)));
        f.Add(Math.Log(1 + Math.Min(onlyA, onlyB)));
        f.Add(a.Negated != b.Negated ? 1 : 0);

        f.Add(f[0] * f[0]);
        f.Add(cosine * cosine);
        f.Add(f[26] * f[16]);
        return [.. f];
    }

    /// <summary>Lemma-ish forms of words: the project's light suffix stripper without truncation.</summary>
    internal static List<string> Stems(List<string> words)
    {
        var stems = new List<string>(words.Count);
        foreach (var w in words)
        {
            stems.Add(TextNormalizer.Stem(w));
        }

        return stems;
    }

    private static void AddOverlap(List<double> features, List<string> a, List<string> b, int n)
    {
        var gramsA = Grams(a, n);
        var gramsB = Grams(b, n);
        if (gramsA.Count == 0 || gramsB.Count == 0)
        {
            features.Add(0);
            features.Add(0);
            features.Add(0);
            return;
        }

        // Clipped counts, as in BLEU: a repeated n-gram matches at most as often as the other side has it.
        var shared = 0;
        foreach (var (gram, count) in gramsA)
        {
            shared += Math.Min(count, gramsB.GetValueOrDefault(gram));
        }

        var totalA = gramsA.Values.Sum();
        var totalB = gramsB.Values.Sum();
        var p = shared / (double)totalA;
        var r = shared / (double)totalB;
        features.Add(p + r == 0 ? 0 : 2 * p * r / (p + r));
        features.Add(Math.Min(p, r));
        features.Add(Math.Max(p, r));
    }

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join('\u0001', tokens.GetRange(i, n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static HashSet<string> CharGrams(string text, int n)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + n <= text.Length; i++)
        {
            grams.Add(text.Substring(i, n));
        }

        return grams;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    private static int Lcs(List<string> a, List<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }



    private static double TfIdfCosine(List<string> a, List<string> b, TermFrequencies frequencies)
    {
        var va = Vector(a, frequencies);
        var vb = Vector(b, frequencies);
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, weight) in va)
        {
            na += weight * weight;
            if (vb.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        foreach (var weight in vb.Values)
        {
            nb += weight * weight;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static Dictionary<string, double> Vector(List<string> terms, TermFrequencies frequencies)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            vector[term] = vector.GetValueOrDefault(term) + frequencies.Idf(term);
        }

        return vector;
    }

    private static double UnmatchedIdfShare(HashSet<string> own, HashSet<string> other, TermFrequencies frequencies)
    {
        double total = 0, unmatched = 0;
        foreach (var term in own)
        {
            var idf = frequencies.Idf(term);
            total += idf;
            if (!other.Contains(term))
            {
                unmatched += idf;
            }
        }

        return total == 0 ? 0 : unmatched / total;
    }

    private sealed class Side
    {
        public required List<string> Words { get; init; }

        public required List<string> Stems { get; init; }

        public required List<string> Content { get; init; }

        public required string Flat { get; init; }

        public required HashSet<string> Numbers { get; init; }

        public required List<string> Names { get; init; }

        public required HashSet<string> Lower { get; init; }

        public required bool Negated { get; init; }

        public static Side Of(string text)
        {
            var words = TextNormalizer.Words(text);
            var stems = Stems(words);
            return new Side
            {
                Words = words,
                Stems = stems,
                Content = TextNormalizer.ContentTerms(text),
                Flat = string.Join(' ', words),
                Numbers = NumbersOf(text),
                Names = NamesOf(text),
                Lower = new HashSet<string>(words, StringComparer.Ordinal),
                Negated = words.Any(w => Negations.Contains(w) || w.EndsWith("nt", StringComparison.Ordinal) && w.Length > 3 && (w is "dont" or "didnt" or "doesnt" or "wont" or "cant" or "isnt" or "wasnt" or "arent" or "werent" or "couldnt" or "wouldnt" or "shouldnt" or "hasnt" or "havent" or "hadnt")),
            };
        }

        // Numbers as written without grouping commas and trailing zero decimals: "1,200" and "1200" meet.
        private static HashSet<string> NumbersOf(string text)
        {
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var builder = new StringBuilder();
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    if (text[i] != ',')
                    {
                        builder.Append(text[i]);
                    }

                    i++;
                }

                var value = builder.ToString();
                if (value.Contains('.', StringComparison.Ordinal))
                {
                    value = value.TrimEnd('0').TrimEnd('.');
                }

                numbers.Add(value.Length == 0 ? "0" : value);
            }

            return numbers;
        }

        // Capitalised words after the first word: a crude stand-in for names.
        private static List<string> NamesOf(string text)
        {
            var names = new List<string>();
            var tokens = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < tokens.Length; i++)
            {
                var token = tokens[i].Trim('"', '\'', ',', '.', '(', ')', ':', ';', '!', '?');
                if (token.Length > 1 && char.IsUpper(token[0]) && !token.All(char.IsUpper))
                {
                    foreach (var w in TextNormalizer.Words(token))
                    {
                        names.Add(w.ToLower(CultureInfo.InvariantCulture));
                    }
                }
            }

            return names;
        }
    }
}
