using System.Globalization;
using System.Text;

namespace Dossier.Stories.Text;

/// <summary>
/// Turns text into comparable terms: lower-cased words without diacritics, stop words removed, a light
/// English suffix stripper instead of a full stemmer (none is available here, and paraphrase detection only
/// needs "prisoners" and "prisoner" to meet).
/// </summary>
public static class TextNormalizer
{
    // English function words plus the most frequent German ones (the extraction corpus is mixed).
    private static readonly HashSet<string> StopWords = new(
        """
        a about above after again against all also am an and any are as at be because been before being below
        between both but by can could did do does doing down during each few for from further had has have having
        he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
        nor not of off on once only or other our ours ourselves out over own same she should so some such than
        that the their theirs them themselves then there these they this those through to too under until up very
        was we were what when where which while who whom why will with would you your yours yourself yourselves
        said says say told tell according mr mrs ms would shall may might must us
        der die das und ist nicht ein eine einer eines dem den des zu mit von auf im für sich auch als wie bei
        nach aus wird werden wurde hat sind war es sie er wir ich
        """.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (already lower-cased) is a function word.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>The words of <paramref name="text"/>: runs of letters or digits, lower-cased, diacritics removed.</summary>
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(current, c);
            }
            else if (current.Length > 0 && (c == '\'' || c == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Valdoria's" -> "valdoria"; "don't" -> "dont".
                if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    i++;
                }
            }
            else
            {
                Flush(words, current);
            }
        }

        Flush(words, current);
        return words;
    }

    /// <summary>Content terms of <paramref name="text"/>: stemmed words that are not stop words.</summary>
    public static List<string> ContentTerms(ReadOnlySpan<char> text)
    {
        var words = Words(text);
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!IsStopWord(word))
            {
                terms.Add(Stem(word));
            }
        }

        return terms;
    }

    /// <summary>
    /// A light suffix stripper (plural, past tense, gerund, adverb), then truncation to seven characters so
    /// that derived forms ("negotiation", "negotiators") share a term.
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 5)
        {
            stem = stem[..^3];
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith("ly", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^2];
        }

        return stem.Length > 7 ? stem[..7] : stem;
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(char.ToLowerInvariant(c));
            return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(d));
            }
        }
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        current.Clear();
    }
}
