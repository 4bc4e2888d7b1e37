using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Stories.Text;

namespace Dossier.Stories.Claims;

/// <summary>
/// A number stated about a counted thing in a sentence, such as "45 Valdorian prisoners" (value 45, head
/// "prisoner"). Offsets are relative to the sentence text.
/// </summary>
/// <param name="Value">The number as a value (1,200 and "twelve hundred" are both 1200 where recognised).</param>
/// <param name="Surface">The number as written.</param>
/// <param name="Head">The stem of the counted word ("prisoner").</param>
/// <param name="HeadText">The counted word as written ("prisoners").</param>
/// <param name="Start">Start of the number in the sentence.</param>
/// <param name="End">End of the counted word in the sentence.</param>
public sealed record NumberClaim(decimal Value, string Surface, string Head, string HeadText, int Start, int End);

/// <summary>Finds <see cref="NumberClaim"/>s: a number followed, within three words and no punctuation, by the word it counts.</summary>
public static partial class NumberClaims
{
    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["thousand"] = 1000, ["dozen"] = 12,
    };

    private static readonly HashSet<string> Months = new(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
        StringComparer.OrdinalIgnoreCase);

    // Words that follow numbers without being what is counted.
    private static readonly HashSet<string> NotCounted = new(
        ["am", "pm", "gmt", "utc", "cet", "st", "nd", "rd", "th", "times", "per", "cent"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The number claims of <paramref name="sentence"/>.</summary>
    public static IReadOnlyList<NumberClaim> Extract(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = Token().Matches(sentence).ToList();
        var claims = new List<NumberClaim>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!TryValue(token.Value, out var value))
            {
                continue;
            }

            if ((i > 0 && Months.Contains(tokens[i - 1].Value)) || (i + 1 < tokens.Count && Months.Contains(tokens[i + 1].Value)))
            {
                continue; // a date: "May 11", "11 May"
            }

            // Counted words: the following words up to a stop word or punctuation (hyphens and spaces allowed).
            Match? head = null;
            for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
            {
                var gap = sentence.AsSpan(tokens[k - 1].Index + tokens[k - 1].Length, tokens[k].Index - tokens[k - 1].Index - tokens[k - 1].Length);
                if (!OnlySpacesOrHyphens(gap) || !char.IsLetter(tokens[k].Value[0]))
                {
                    break;
                }

                var lower = tokens[k].Value.ToLowerInvariant();
                if (TextNormalizer.IsStopWord(lower) || NotCounted.Contains(lower) || NumberWords.ContainsKey(lower)
                    || (head is not null && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal))))
                {
                    break; // the noun phrase ended (a verb such as "joined" follows)
                }

                head = tokens[k];
                if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
                {
                    break; // a plural noun is what is counted: "45 Valdorian prisoners"
                }
            }

            if (head is null || Months.Contains(head.Value))
            {
                continue;
            }

            var words = TextNormalizer.Words(head.Value);
            if (words.Count == 0)
            {
                continue;
            }

            claims.Add(new NumberClaim(value, token.Value, TextNormalizer.Stem(words[^1]), head.Value, token.Index, head.Index + head.Length));
        }

        return claims;
    }

    private static bool TryValue(string token, out decimal value)
    {
        if (char.IsDigit(token[0]))
        {
            return decimal.TryParse(token.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        return NumberWords.TryGetValue(token, out value);
    }

    private static bool OnlySpacesOrHyphens(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '\u2010' or '\u2011' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
