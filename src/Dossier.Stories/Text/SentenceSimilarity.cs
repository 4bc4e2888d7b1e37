namespace Dossier.Stories.Text;

/// <summary>
/// Similarity of two sentences in [0, 1]: the mean of the Dice coefficient over content terms and the Dice
/// coefficient over character trigrams. Terms reward the same words in any order (paraphrase, machine
/// translation with odd word order); trigrams forgive spelling variants and inflections.
/// </summary>
public static class SentenceSimilarity
{
    /// <summary>
    /// Threshold above which two sentences state the same thing, tuned on the MSR paraphrase corpus for
    /// precision (see the Evaluation tests in Dossier.Stories.Tests).
    /// </summary>
    public const double ParaphraseThreshold = 0.6;

    /// <summary>Weight of the term Dice coefficient (the trigram coefficient gets the rest).</summary>
    public const double TermWeight = 0.5;

    /// <summary>Similarity of two texts.</summary>
    public static double Score(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Score(SentenceProfile.Create(first), SentenceProfile.Create(second));
    }

    /// <summary>Similarity of two prepared sentences.</summary>
    public static double Score(SentenceProfile first, SentenceProfile second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var terms = TermDice(first, second);
        var grams = GramDice(first, second);
        return (TermWeight * terms) + ((1 - TermWeight) * grams);
    }

    /// <summary>Dice coefficient over content terms.</summary>
    public static double TermDice(SentenceProfile first, SentenceProfile second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.Terms;
        var b = second.Terms;
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Count && j < b.Count)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Dice coefficient over hashed character trigrams.</summary>
    internal static double GramDice(SentenceProfile first, SentenceProfile second) => Dice(first.Grams, second.Grams);

    private static double Dice(int[] a, int[] b)
    {
        if (a.Length + b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }
}
