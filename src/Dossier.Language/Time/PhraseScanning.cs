using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // Reading words and numbers backwards from a match, to widen a span over its modifiers ("the past two", "nearly").

    /// <summary>
    /// The start of one of <paramref name="phrases"/> (longest first) that ends right before <paramref name="index"/>,
    /// separated from it by spaces or a hyphen; -1 when there is none.
    /// </summary>
    private static int PhraseBefore(string s, int index, string[] phrases, out string? phrase)
    {
        phrase = null;
        var end = index;
        while (end > 0 && s[end - 1] is ' ' or '-' or '\u00A0')
        {
            end--;
        }

        return end == index ? -1 : PhraseEndingAt(s, end, phrases, out phrase);
    }

    // "Monday, May 11": a weekday name (with an optional comma) right before the date.
    private static int WeekdayBefore(string s, int index)
    {
        var end = index;
        while (end > 0 && s[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0 && s[end - 1] == ',')
        {
            end--;
        }

        if (end > 0 && s[end - 1] == '.')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        return start < end && char.IsUpper(s[start]) && Weekday(s[start..end]) > 0 && end < index ? start : index;
    }

    private static string PreviousWord(string s, int index)
    {
        var end = index;
        while (end > 0 && !char.IsLetterOrDigit(s[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        return s[start..end];
    }

    /// <summary>The phrase of <paramref name="phrases"/> (longest first) ending exactly at <paramref name="end"/> as whole words; -1 when none.</summary>
    private static int PhraseEndingAt(string s, int end, string[] phrases, out string? phrase)
    {
        foreach (var p in phrases)
        {
            var start = end - p.Length;
            if (start >= 0 && s.AsSpan(start, p.Length).Equals(p, StringComparison.OrdinalIgnoreCase) && (start == 0 || !char.IsLetter(s[start - 1])))
            {
                phrase = s[start..end];
                return start;
            }
        }

        phrase = null;
        return -1;
    }

    /// <summary>A number (digits, a number word, "twenty-four", "a few") right before <paramref name="index"/>, separated by a space or hyphen.</summary>
    private static int NumberBefore(string s, int index, out string? text)
    {
        text = null;
        var end = index;
        while (end > 0 && s[end - 1] is ' ' or '-' or '\u00A0')
        {
            end--;
        }

        if (end == index || end == 0)
        {
            return -1;
        }

        if (char.IsDigit(s[end - 1]))
        {
            var start = end;
            while (start > 0 && (char.IsDigit(s[start - 1]) || (s[start - 1] is ',' or '.' && start >= 2 && char.IsDigit(s[start - 2]))))
            {
                start--;
            }

            // "5 1/2 hours", "2 1/2 years": a whole number and a half.
            if (end - start == 1 && s[start] == '2' && start >= 2 && s[start - 1] == '/' && s[start - 2] == '1'
                && (start == 2 || !char.IsLetterOrDigit(s[start - 3])))
            {
                var half = start - 2;
                var whole = half - 1;
                if (whole > 0 && s[whole] == ' ' && char.IsDigit(s[whole - 1]))
                {
                    while (whole > 0 && char.IsDigit(s[whole - 1]))
                    {
                        whole--;
                    }

                    if (whole == 0 || !char.IsLetterOrDigit(s[whole - 1]))
                    {
                        half = whole;
                    }
                }

                text = s[half..end];
                return half;
            }

            if (start > 0 && char.IsLetterOrDigit(s[start - 1]))
            {
                return -1;
            }

            text = s[start..end];
            return start;
        }

        var wordStart = PhraseEndingAt(s, end, NumberPhrases, out var word);
        if (wordStart < 0)
        {
            return -1;
        }

        // "half a", "half an": the article belongs to "half".
        if (word!.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (PhraseBefore(s, wordStart, ["half"], out _) is var half && half >= 0)
            {
                text = s[half..end];
                return half;
            }
        }

        // "twenty four", "twenty-four"
        if (Array.IndexOf(OnesNames, word.ToLowerInvariant()) >= 0 && PhraseBefore(s, wordStart, TensNames, out _) is var tens && tens >= 0)
        {
            text = s[tens..end];
            return tens;
        }

        text = word;
        return wordStart;
    }
}
