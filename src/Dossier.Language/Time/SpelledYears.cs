using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // Years said in words, as broadcast transcripts write them: "nineteen ninety-four", "nineteen hundred",
    // "the year two thousand". A bare "two thousand" is a number, so it needs "the year" or a preposition before it.
    [GeneratedRegex("\\b(?:(?<c>nineteen|eighteen)[\\s-]+(?:(?<h>hundred)|(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?<one>one|two|three|four|five|six|seven|eight|nine))?|o[\\s-]+(?<one>one|two|three|four|five|six|seven|eight|nine))|(?<the>the\\s+year\\s+)?two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?<one>one|two|three|four|five|six|seven|eight|nine)|[\\s-]+(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledYear();

    private static readonly string[] SpelledTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] SpelledTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] SpelledOnes = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] SpelledYearTriggers = ["in", "since", "by", "until", "of", "from", "to", "before", "after", "during", "early", "late", "mid", "through"];

    private static void AddSpelledYear(string s, Match m, List<Candidate> output)
    {
        var century = m.Groups["c"].Success ? (m.Groups["c"].Value.Equals("nineteen", StringComparison.OrdinalIgnoreCase) ? 1900 : 1800) : 2000;
        var rest = 0;
        if (m.Groups["teen"].Success)
        {
            rest = 10 + Array.FindIndex(SpelledTeens, t => t.Equals(m.Groups["teen"].Value, StringComparison.OrdinalIgnoreCase));
        }
        else if (m.Groups["tens"].Success)
        {
            rest = 10 * Array.FindIndex(SpelledTens, t => t.Equals(m.Groups["tens"].Value, StringComparison.OrdinalIgnoreCase));
        }

        if (m.Groups["one"].Success)
        {
            rest += Array.FindIndex(SpelledOnes, t => t.Equals(m.Groups["one"].Value, StringComparison.OrdinalIgnoreCase));
        }

        var year = century + rest;
        var start = m.Index;
        var previous = PreviousWord(s, start);
        if (century == 2000 && !m.Groups["the"].Success && !SpelledYearTriggers.Contains(previous.ToLowerInvariant()))
        {
            return;
        }

        var value = YearValue(year);
        // "January nineteen ninety-seven", "the winter of nineteen ninety-four": one expression with the month or season.
        var previousStart = start - previous.Length - 1;
        if (previous.Length > 0 && previousStart >= 0 && s[previousStart + previous.Length] == ' ' && char.IsUpper(previous[0]) && Month(previous) is var month and > 0)
        {
            value = MonthValue(year, month);
            start = previousStart;
        }
        else if (previous.Equals("of", StringComparison.OrdinalIgnoreCase) && previousStart > 0
            && PreviousWord(s, previousStart) is var season && SeasonWords.Contains(season) && SeasonStart(s, previousStart - 1, season) is var seasonStart and >= 0)
        {
            value = value + "-" + SeasonCode(season);
            start = seasonStart;
        }

        output.Add(new Candidate(start, m.Index + m.Length, TimexType.Date, _ => value, 5));
    }

    // Where "[the] winter" starts, for a season word ending right before the space at end.
    private static int SeasonStart(string s, int end, string season)
    {
        var start = end - season.Length;
        if (start < 0 || !s.AsSpan(start, season.Length).Equals(season, StringComparison.Ordinal))
        {
            return -1;
        }

        return PhraseBefore(s, start, The, out _) is var the && the >= 0 ? the : start;
    }
}
