using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // Lengths of time (three years → P3Y), clock times (3 p.m., noon) and sets (every week, daily).

    private static string UnitCode(string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u.EndsWith('s') && u != "s")
        {
            u = u[..^1];
        }

        return u switch
        {
            "second" => "S",
            "minute" => "MIN",
            "hour" => "H",
            "day" => "D",
            "night" => "N",
            "week" => "W",
            "weekend" => "WE",
            "fortnight" => "FN",
            "month" => "M",
            "quarter" => "Q",
            "year" => "Y",
            "decade" => "DE",
            "century" or "centurie" => "CE",
            _ => "D",
        };
    }

    /// <summary>A number as a duration's amount: <see cref="TemporalText.ParseNumber"/>, plus halves ("5 1/2", "1/2").</summary>
    private static decimal? Amount(string text)
    {
        if (text.EndsWith("1/2", StringComparison.Ordinal))
        {
            var whole = text[..^3].Trim();
            return whole.Length == 0 ? 0.5m : ParseNumber(whole) is { } w ? w + 0.5m : null;
        }

        return ParseNumber(text);
    }

    private static string DurationValue(decimal? amount, string code)
    {
        // A half unit is written in the next smaller unit, as TimeBank does: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
        if (amount is { } h && h - decimal.Truncate(h) == 0.5m && code is "Y" or "D" or "H" or "MIN")
        {
            var whole = decimal.Truncate(h).ToString("0", CultureInfo.InvariantCulture);
            var hasWhole = h >= 1;
            return code switch
            {
                "Y" => "P" + (hasWhole ? whole + "Y" : "") + "6M",
                "D" => "P" + (hasWhole ? whole + "D" : "") + "T12H",
                "H" => "PT" + (hasWhole ? whole + "H" : "") + "30M",
                _ => "PT" + (hasWhole ? whole + "M" : "") + "30S",
            };
        }

        var n = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return code switch
        {
            "S" => "PT" + n + "S",
            "MIN" => "PT" + n + "M",
            "H" => "PT" + n + "H",
            "N" => "P" + n + "D",
            "WE" => "P" + n + "WE",
            "FN" => amount is { } f ? "P" + (f * 2).ToString("0.##", CultureInfo.InvariantCulture) + "W" : "PXW",
            "CE" => amount is { } c ? "P" + (c * 100).ToString("0.##", CultureInfo.InvariantCulture) + "Y" : "PXC",
            "DE" => amount is { } de ? "P" + (de * 10).ToString("0.##", CultureInfo.InvariantCulture) + "Y" : "PXDE",
            _ => "P" + n + code,
        };
    }

    [GeneratedRegex("\\G\\s+and\\s+a\\s+half\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndAHalf();

    [GeneratedRegex("\\G\\s+end(?:ed|ing)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex EndedAfter();

    private static readonly string[] TheFiscal = ["the fiscal", "the"];

    private static readonly string[] Modals = ["could", "would", "will", "may", "might", "can", "should", "must", "to", "did", "does", "do"];

    private static readonly string[] UnitAdjectives = ["more", "additional", "extra", "trading", "business", "working", "straight", "consecutive"];

    private static void AddDuration(string s, Match m, List<Candidate> output)
    {
        var unitText = m.Groups["u"].Value;
        if (unitText.Equals("second", StringComparison.OrdinalIgnoreCase))
        {
            return; // "the 1988 second quarter": an ordinal, not a unit
        }

        var afterUnit = s.AsSpan(m.Index + m.Length).TrimStart();
        var hyphenated = m.Index > 1 && s[m.Index - 1] == '-' && char.IsLetter(s[m.Index - 2]);
        if (hyphenated && unitText.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) && afterUnit.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            return; // "three-quarters of its grain": a fraction
        }

        if (hyphenated && PreviousWord(s, m.Index) is var joined && ParseNumber(joined) is null
            && Array.IndexOf(NumberPhrases, joined.ToLowerInvariant()) < 0)
        {
            return; // "last-minute", "mid-year": a compound adjective, not a length of time ("several-year" is one)
        }

        // Read backwards from the unit: number (or a range "two to three"), then "the past"-style words, then a modifier.
        // "two more weeks", "an additional year", "eight trading days": a word between the number and the unit.
        var unitStart = PhraseBefore(s, m.Index, UnitAdjectives, out _) is var adjective && adjective >= 0 ? adjective : m.Index;
        var numberStart = NumberBefore(s, unitStart, out var number);
        if (numberStart < 0 && unitStart != m.Index)
        {
            numberStart = NumberBefore(s, m.Index, out number);
        }

        var hasNumber = numberStart >= 0;
        var start = hasNumber ? numberStart : m.Index;
        if (hasNumber && PhraseBefore(s, numberStart, ToOr, out _) is var to && to >= 0 && NumberBefore(s, to, out _) is var first && first >= 0)
        {
            start = first;
        }

        string? pre = null;
        if (PhraseBefore(s, start, DurationPre, out var preText) is var preStart && preStart >= 0
            && !(preText!.Equals("last", StringComparison.OrdinalIgnoreCase) && Modals.Contains(PreviousWord(s, preStart).ToLowerInvariant())))
        {
            // ("could last two weeks": there "last" is the verb.)
            pre = preText!.ToLowerInvariant();
            start = preStart;
        }
        else if (hasNumber && (char.IsDigit(number![0]) || Array.IndexOf(TheNumbers, number.ToLowerInvariant()) >= 0)
            && PhraseBefore(s, start, The, out _) is var the && the >= 0)
        {
            pre = "the";
            start = the;
        }

        var hasModifier = false;
        if (pre is null && PhraseBefore(s, start, DurationModifiers, out _) is var mod && mod >= 0)
        {
            start = mod;
            hasModifier = true;
        }

        var previous = PreviousWord(s, start).ToLowerInvariant();
        var code = UnitCode(unitText);
        var plural = unitText.EndsWith('s') || unitText.EndsWith("ies", StringComparison.OrdinalIgnoreCase);
        var numberText = number?.ToLowerInvariant();
        decimal? amount = numberText is null ? (plural ? null : 1) : Amount(numberText);
        var end = m.Index + m.Length;
        var andAHalf = AndAHalf().Match(s, end);
        if (andAHalf.Success && amount is { } whole && !plural)
        {
            // "a minute and a half", "an hour and a half"
            amount = whole + 0.5m;
            end = andAHalf.Index + andAHalf.Length;
        }

        if (numberText is "a" or "an" && plural)
        {
            return;
        }

        // "the next day", "the previous day": a day of the narrative (a date), not a length of time.
        if (!hasNumber && !plural && code is "D" or "N" && pre is "the next" or "the following" or "the previous")
        {
            return;
        }

        // "the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month period named by its end is a
        // length of time in TimeML (its end is the anchor, a separate expression).
        if (!hasNumber && !plural && code == "Y" && pre is null && EndedAfter().IsMatch(s, m.Index + m.Length)
            && PhraseBefore(s, m.Index, TheFiscal, out _) is var theYear && theYear >= 0)
        {
            output.Add(new Candidate(theYear, m.Index + m.Length, TimexType.Duration, _ => "P1Y", 6));
            return;
        }

        // Without a number only "the past week"-style phrases or "for years"/"for decades" are durations.
        if (!hasNumber)
        {
            if (pre is null)
            {
                if (!plural || previous is not ("for" or "in" or "over" or "within" or "took" or "lasted") || code is "N" or "WE")
                {
                    return;
                }
            }
            else if (!pre.StartsWith("the ", StringComparison.Ordinal) || pre is "the first" or "the final" or "the latest")
            {
                // "last week" is a date, handled elsewhere; "the first day" is an ordinal, not a length of time.
                return;
            }
        }

        if (numberText is "a" or "an" && pre is null && !hasModifier && !m.Groups["long"].Success && !andAHalf.Success
            && previous is not ("for" or "in" or "over" or "within" or "than" or "about" or "nearly" or "almost" or "least" or "after"))
        {
            return; // "a day" alone is weak
        }

        if (numberText is "some" or "many" && pre is null && previous is not ("for" or "in" or "over" or "within" or "after"))
        {
            return;
        }

        var value = DurationValue(amount, code);
        output.Add(new Candidate(start, end, TimexType.Duration, _ => value, 6));
    }

    private static void AddTime(string s, Match m, List<Candidate> output)
    {
        int hour, minute = 0;
        if (m.Groups["w"].Success)
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            hour = w == "midnight" ? 0 : 12;
            if (w == "midnight")
            {
                hour = 24;
            }
        }
        else
        {
            hour = Int(m.Groups["h"]);
            if (m.Groups["m"].Success)
            {
                minute = Int(m.Groups["m"]);
            }

            if (m.Groups["dp"].Success)
            {
                // "4 in the morning", "7 in the evening"
                if (hour is < 1 or > 12)
                {
                    return;
                }

                hour = m.Groups["dp"].Value.Equals("morning", StringComparison.OrdinalIgnoreCase) ? hour % 12 : (hour % 12) + 12;
            }

            if (m.Groups["ap"].Success)
            {
                var pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
                if (hour is < 1 or > 12)
                {
                    return;
                }

                hour = pm ? (hour % 12) + 12 : hour % 12;
            }
        }

        if (hour > 24 || minute > 59)
        {
            return;
        }

        // Scores and ratios ("3:1") are not times: require minutes to be two digits, done by the regex.
        var start = m.Index;
        var end = m.Index + m.Length;
        output.Add(new Candidate(start, end, TimexType.Time, ctx =>
        {
            var date = ctx.SentenceDate ?? ctx.LastDate ?? ctx.Dct;
            return hour == 24
                ? Date(date) + "T24:00"
                : string.Create(CultureInfo.InvariantCulture, $"{Date(date)}T{hour:D2}:{minute:D2}");
        }, 10));
    }

    private static void AddSet(Match m, List<Candidate> output)
    {
        string value;
        if (m.Groups["adv"].Success)
        {
            value = m.Groups["adv"].Value.ToLowerInvariant() switch
            {
                "daily" or "nightly" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "hourly" => "PT1H",
                "fortnightly" => "P2W",
                _ => "P1Y",
            };
        }
        else
        {
            var unitText = m.Groups["u"].Value;
            var weekday = Weekday(unitText);
            if (weekday > 0 && char.IsUpper(unitText[0]))
            {
                value = "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                var lower = unitText.ToLowerInvariant();
                if (lower is "morning" or "afternoon" or "evening" or "night" or "overnight")
                {
                    value = "TXX" + PartCode(lower);
                }
                else
                {
                    var n = m.Groups["n"].Success ? m.Groups["n"].Value.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : ParseNumber(m.Groups["n"].Value) ?? 1 : 1;
                    value = DurationValue(n, UnitCode(unitText));
                }
            }
        }

        output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Set, _ => value, 7));
    }
}
