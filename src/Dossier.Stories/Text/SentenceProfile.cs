namespace Dossier.Stories.Text;

/// <summary>
/// A sentence prepared for comparison: its distinct content terms and its character trigrams (hashed).
/// Build once per sentence, compare many times with <see cref="SentenceSimilarity"/>.
/// </summary>
public sealed class SentenceProfile
{
    private SentenceProfile(string[] terms, int[] grams, string[] numbers)
    {
        Terms = terms;
        Grams = grams;
        Numbers = numbers;
    }

    /// <summary>Distinct content terms, sorted ordinally.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Distinct hashed character trigrams of the normalised words, sorted.</summary>
    internal int[] Grams { get; }

    /// <summary>The number words of the sentence ("40", "2026"), in order of appearance.</summary>
    public IReadOnlyList<string> Numbers { get; }

    /// <summary>Number of distinct content terms.</summary>
    public int TermCount => Terms.Count;

    /// <summary>Builds the profile of <paramref name="text"/>.</summary>
    public static SentenceProfile Create(ReadOnlySpan<char> text)
    {
        var words = TextNormalizer.Words(text);
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        var numbers = new List<string>();
        foreach (var word in words)
        {
            if (char.IsDigit(word[0]))
            {
                numbers.Add(word);
            }

            if (!TextNormalizer.IsStopWord(word))
            {
                terms.Add(TextNormalizer.Stem(word));
            }
        }

        // Trigrams over the content words joined by single spaces: robust to spelling variants
        // ("Vorenko"/"Varenko") and to inflection that the suffix stripper misses.
        var grams = new HashSet<int>();
        foreach (var word in words)
        {
            if (TextNormalizer.IsStopWord(word))
            {
                continue;
            }

            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                grams.Add(Hash(padded.AsSpan(i, 3)));
            }
        }

        var gramArray = grams.ToArray();
        Array.Sort(gramArray);
        return new SentenceProfile([.. terms], gramArray, [.. numbers]);
    }

    private static int Hash(ReadOnlySpan<char> gram)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in gram)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
