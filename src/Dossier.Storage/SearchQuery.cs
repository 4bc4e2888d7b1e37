using System.Globalization;
using System.Text;

namespace Dossier.Storage;

/// <summary>
/// Turns what a user typed into search phrases made only of letters, digits and marks, so that no
/// character of the input can act as query syntax in FTS5 or tsquery.
/// </summary>
internal static class SearchQuery
{
    /// <summary>Most phrases taken from one query; the rest are ignored.</summary>
    public const int MaxPhrases = 32;

    /// <summary>
    /// Splits <paramref name="query"/> at whitespace into chunks, and each chunk into its words (runs of
    /// letters, digits and marks). A chunk's words form one phrase ("Zelensky's" gives [Zelensky, s]);
    /// chunks without words are dropped.
    /// </summary>
    public static List<List<string>> Phrases(string? query)
    {
        var phrases = new List<List<string>>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return phrases;
        }

        foreach (var chunk in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = new List<string>();
            var word = new StringBuilder();
            foreach (var rune in chunk.EnumerateRunes())
            {
                if (IsWordRune(rune))
                {
                    word.Append(rune.ToString());
                }
                else if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
            }

            if (words.Count > 0)
            {
                phrases.Add(words);
                if (phrases.Count == MaxPhrases)
                {
                    break;
                }
            }
        }

        return phrases;
    }

    /// <summary>An FTS5 MATCH expression: each phrase double-quoted, all of them required. Null when there are none.</summary>
    public static string? ToFts5(string? query)
    {
        var phrases = Phrases(query);
        return phrases.Count == 0 ? null : string.Join(' ', phrases.Select(p => "\"" + string.Join(' ', p) + "\""));
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
