using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // Expressions resolved against the DCT or the narrative: weekdays (by the tense of the clause), yesterday/tonight,
    // last/next/this week, offsets (two days later, three years ago) and references (now, recently, that day).

    /// <summary>
    /// True when the verb group governing the expression is future: a future marker (will, would, is due to, ...)
    /// among the few words before it, with no past reporting verb between the marker and the expression.
    /// </summary>
    private static bool IsFuture(Context ctx)
    {
        var sentence = ctx.Sentence;
        var position = ctx.Position;
        // "Wednesday's ruling": a possessive weekday names a past event whatever the tense around it.
        var wordEnd = position;
        while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd + 1 < sentence.Length && sentence[wordEnd] is '\'' or '\u2019' && sentence[wordEnd + 1] == 's')
        {
            return false;
        }

        var from = Math.Max(0, position - 60);
        var before = sentence.AsSpan(from, position - from);
        var lastFuture = -1;
        var lastFutureStart = -1;
        var untilOnly = false;
        foreach (var m in FutureMarker().EnumerateMatches(before))
        {
            lastFuture = m.Index + m.Length;
            lastFutureStart = m.Index;
            untilOnly = before.Slice(m.Index, m.Length).Equals("until", StringComparison.OrdinalIgnoreCase);
        }

        if (lastFuture >= 0)
        {
            // "had been due to expire Friday", "had been scheduled to close Monday": a plan seen from the past, whose
            // day has come by the time of writing (the pluperfect says the plan changed or passed).
            if (HadBeenBefore().IsMatch(before[..lastFutureStart]))
            {
                return false;
            }

            foreach (var _ in PastMarker().EnumerateMatches(before[lastFuture..]))
            {
                return false;
            }

            // "Until Tuesday, the council had not named a successor": "until" looks ahead only when its clause does.
            if (untilOnly)
            {
                var after = sentence.AsSpan(wordEnd, Math.Min(50, sentence.Length - wordEnd));
                foreach (var _ in PastMarker().EnumerateMatches(after))
                {
                    return false;
                }
            }

            return true;
        }

        // "On Tuesday, the league plans to …": at the start of the sentence the verb follows.
        if (position <= 12)
        {
            var after = sentence.AsSpan(wordEnd, Math.Min(100, sentence.Length - wordEnd));
            foreach (var m in FutureMarker().EnumerateMatches(after))
            {
                foreach (var _ in PastMarker().EnumerateMatches(after[..m.Index]))
                {
                    return false;
                }

                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("\\bhad\\s+(?:[a-z]+ly\\s+)?been\\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HadBeenBefore();

    private static void AddWeekday(string s, Match m, List<Candidate> output)
    {
        var weekday = Weekday(m.Groups["wd"].Value);
        if (!char.IsUpper(m.Groups["wd"].Value[0]))
        {
            return;
        }

        var relStart = PhraseBefore(s, m.Index, WeekdayRelations, out var relText);
        var rel = relStart >= 0 ? relText!.ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal) : null;
        var part = m.Groups["part"].Success ? PartCode(m.Groups["part"].Value) : null;
        output.Add(new Candidate(relStart >= 0 ? relStart : m.Index, m.Index + m.Length, part is null ? TimexType.Date : TimexType.Time, ctx =>
        {
            if (ctx.DctIsGuess)
            {
                // Without a document date, a weekday is only a day of some week.
                return "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture) + (part is null ? "" : "T" + part);
            }

            var dct = ctx.Dct;
            var dctDay = IsoDayOfWeek(dct);
            DateOnly date;
            switch (rel)
            {
                case "last" or "past" or "previous":
                    date = dct.AddDays(-(((dctDay - weekday) + 7) % 7 is 0 ? 7 : ((dctDay - weekday) + 7) % 7));
                    break;
                case "next" or "coming":
                    date = dct.AddDays(((weekday - dctDay) + 7) % 7 is 0 ? 7 : ((weekday - dctDay) + 7) % 7);
                    break;
                case "this":
                    date = dct.AddDays(weekday - dctDay);
                    break;
                default:
                    if (IsFuture(ctx))
                    {
                        var ahead = ((weekday - dctDay) + 7) % 7;
                        date = dct.AddDays(ahead);
                    }
                    else
                    {
                        date = dct.AddDays(-(((dctDay - weekday) + 7) % 7));
                    }

                    break;
            }

            return part is null ? Date(date) : Date(date) + "T" + part;
        }, 9));
    }

    private static string PartCode(string part) => part.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    };

    private static void AddRelativeDay(string s, Match m, List<Candidate> output)
    {
        var word = m.Groups["w"].Value.ToLowerInvariant();
        var part = m.Groups["part"].Success ? PartCode(m.Groups["part"].Value) : null;
        var offset = word switch
        {
            "yesterday" or "last" => -1,
            "tomorrow" => 1,
            "the day before yesterday" => -2,
            "the day after tomorrow" => 2,
            _ => 0,
        };
        if (word == "tonight")
        {
            part = "NI";
        }

        if (word == "last" && part != "NI")
        {
            // "last morning" is not an expression; "last night" is.
            return;
        }

        var end = m.Index + m.Length;
        var start = word is "last" or "this" ? m.Index : PhraseBefore(s, m.Index, EarlyMidLate, out _) is var mod && mod >= 0 ? mod : m.Index;
        output.Add(new Candidate(start, end, part is null ? TimexType.Date : TimexType.Time, ctx =>
        {
            var date = Date(ctx.Dct.AddDays(offset));
            return part is null ? date : date + "T" + part;
        }, 9));
    }

    private static void AddRelativePeriod(string s, Match m, List<Candidate> output)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var unit = m.Groups["u"].Value.ToLowerInvariant();
        var direction = rel switch
        {
            "last" or "the previous" or "early last" or "late last" or "earlier last" => -1,
            "next" or "the following" or "the coming" or "early next" or "late next" or "later next" => 1,
            _ => 0,
        };
        var anchored = rel is "the previous" or "the following" or "the same";
        var start = PhraseBefore(s, m.Index, PeriodModifiers, out _) is var mod && mod >= 0 ? mod : m.Index;
        output.Add(new Candidate(start, m.Index + m.Length, TimexType.Date, ctx =>
        {
            var anchor = anchored ? ctx.LastDate ?? ctx.Dct : ctx.Dct;
            if (anchored && unit == "month" && ctx.NarrativeMonth is { } nm)
            {
                // "In March ... The following month": the month the narrative named last, with or without a day.
                anchor = new DateOnly(nm.Year, nm.Month, 1);
            }

            return unit switch
            {
                "week" => WeekValue(anchor.AddDays(7 * direction)),
                "weekend" => WeekValue(anchor.AddDays(7 * direction)) + "-WE",
                "month" => MonthValue(anchor.AddMonths(direction)),
                "year" => YearValue(anchor.Year + direction),
                "quarter" => QuarterValue(anchor.AddMonths(3 * direction)),
                "decade" => (anchor.Year / 10 + direction).ToString(CultureInfo.InvariantCulture),
                "century" => (anchor.Year / 100 + direction).ToString(CultureInfo.InvariantCulture),
                _ => SeasonValue(anchor, unit, direction),
            };
        }, 9));
    }

    private static void AddOffset(string s, Match m, List<Candidate> output)
    {
        var numberStart = NumberBefore(s, m.Index, out var numberText);
        if (numberStart < 0)
        {
            return;
        }

        var start = PhraseBefore(s, numberStart, OffsetModifiers, out _) is var mod && mod >= 0 ? mod : numberStart;
        var n = ParseNumber(numberText!);
        var unit = UnitCode(m.Groups["u"].Value);
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        if (dir == "since")
        {
            return;
        }

        var sign = dir is "ago" or "earlier" or "before" ? -1 : 1;
        var fromDct = dir is "ago" or "from now" or "hence";
        output.Add(new Candidate(start, m.Index + m.Length, unit is "H" or "MIN" or "S" ? TimexType.Time : TimexType.Date, ctx =>
        {
            if (n is not { } amount)
            {
                return sign < 0 ? "PAST_REF" : "FUTURE_REF";
            }

            var anchor = fromDct ? ctx.Dct : ctx.LastDate ?? ctx.Dct;
            var k = (int)Math.Round(amount * sign);
            if (unit == "Y" && ctx.QuarterReference is { } quarter)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{quarter.Year + k:D4}-Q{quarter.Quarter}");
            }

            return unit switch
            {
                "D" => Date(anchor.AddDays(k)),
                "N" => Date(anchor.AddDays(k)),
                "W" => WeekValue(anchor.AddDays(7 * k)),
                "WE" => WeekValue(anchor.AddDays(7 * k)),
                "FN" => Date(anchor.AddDays(14 * k)),
                "M" => MonthValue(anchor.AddMonths(k)),
                "Q" => QuarterValue(anchor.AddMonths(3 * k)),
                "Y" => YearValue(anchor.Year + k),
                "DE" => ((anchor.Year + 10 * k) / 10).ToString(CultureInfo.InvariantCulture),
                "CE" => ((anchor.Year + 100 * k) / 100).ToString(CultureInfo.InvariantCulture),
                _ => sign < 0 ? "PAST_REF" : "FUTURE_REF",
            };
        }, 11));
    }

    private static void AddReference(string s, Match m, List<Candidate> output)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var start = m.Index;
        var end = m.Index + m.Length;
        if (w is "the past" or "the future")
        {
            // As a noun phrase ("in the past", "into the future if"), not "the past week", "the past two years" or
            // "the future of the party".
            var after = s.AsSpan(end).TrimStart();
            var nextWord = after[..Math.Max(0, after.IndexOfAny(' ', ',', '.') is var e and >= 0 ? e : after.Length)];
            if (after.Length > 0 && (char.IsDigit(after[0]) || nextWord.Equals("of", StringComparison.OrdinalIgnoreCase)
                || ParseNumber(nextWord.ToString()) is not null || nextWord.IndexOfAny(UnitWords) >= 0 || NumberPhrases.Contains(nextWord.ToString().ToLowerInvariant())))
            {
                return;
            }
        }

        if (w is "the time" or "once again")
        {
            return;
        }

        // "by year-end", "since year end": as a noun after a preposition, not "year-end results".
        if (w is "year-end" or "year end" or "year's end"
            && PreviousWord(s, start).ToLowerInvariant() is not ("by" or "at" or "until" or "till" or "before" or "after" or "since" or "through" or "toward" or "towards"))
        {
            return;
        }

        // "current" as an adjective ("its current owners", "current market conditions") is PRESENT_REF in TimeBank;
        // before a unit it belongs to a longer expression ("the current quarter", "current fiscal year").
        if (w.EndsWith("current", StringComparison.Ordinal))
        {
            var after = s.AsSpan(end).TrimStart();
            var wordLength = 0;
            while (wordLength < after.Length && char.IsLetter(after[wordLength]))
            {
                wordLength++;
            }

            var nextWord = after[..wordLength];
            if (after.Length == 0 || !char.IsLetter(after[0]) || nextWord.IndexOfAny(UnitWords) >= 0
                || nextWord.Equals("fiscal", StringComparison.OrdinalIgnoreCase) || nextWord.Equals("period", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        Func<Context, string?> value = w switch
        {
            "now" or "currently" or "nowadays" or "these days" or "at present" or "at the moment" or "right now" => _ => "PRESENT_REF",
            "current" => _ => "PRESENT_REF",
            "recently" or "lately" or "the past" or "then current" => _ => "PAST_REF",
            "the future" => _ => "FUTURE_REF",
            "the same day" or "that day" or "that same day" => ctx => ctx.LastDate is { } d ? Date(d) : null,
            "the next day" or "the following day" => ctx => ctx.LastDate is { } d ? Date(d.AddDays(1)) : null,
            "the previous day" => ctx => ctx.LastDate is { } d ? Date(d.AddDays(-1)) : null,
            "that night" => ctx => ctx.LastDate is { } d ? Date(d) + "TNI" : null,
            "that week" => ctx => ctx.LastDate is { } d ? WeekValue(d) : null,
            "that month" => ctx => ctx.NarrativeMonth is { } nm ? MonthValue(nm.Year, nm.Month) : null,
            // Business news: results "for the full year" are this (fiscal) year's.
            "the full year" => ctx => YearValue(ctx.Dct.Year),
            "that year" => ctx => ctx.NarrativeYear is { } ny ? YearValue(ny) : null,
            // Business news: "for the year", "by year-end", "earlier in the year" are the (fiscal) year of the report;
            // TimeML gives the end of a year the year's value (its mod says END). "since year-end" is the last one.
            "the year" or "the fiscal year" or "the current fiscal year" or "earlier in the year" or "later in the year"
                or "the end of the year" or "year-end" or "year end" or "year's end" =>
                PreviousWord(s, start).Equals("since", StringComparison.OrdinalIgnoreCase) ? ctx => YearValue(ctx.Dct.Year - 1) : ctx => YearValue(ctx.Dct.Year),
            // "in recent weeks": a stretch of unknown length up to now, as TimeBank marks it (PXW).
            _ when w.StartsWith("recent ", StringComparison.Ordinal) => _ => DurationValue(null, UnitCode(w["recent ".Length..])),
            "the near future" or "the near term" or "the short term" or "the long term" => _ => "FUTURE_REF",
            // "the coming weeks", "the weeks ahead": a stretch of unknown length, as "the coming weeks" is read by the
            // duration rules (TimeBank marks them PXW, PXY).
            _ when w.Contains("coming ", StringComparison.Ordinal) => _ => DurationValue(null, UnitCode(w[(w.IndexOf("coming ", StringComparison.Ordinal) + "coming ".Length)..])),
            _ when w.EndsWith(" ahead", StringComparison.Ordinal) => _ => DurationValue(null, UnitCode(w["the ".Length..w.IndexOf(' ', "the ".Length)])),
            _ => _ => null,
        };
        if (w.StartsWith("that ", StringComparison.Ordinal) || w == "the same day")
        {
            // "earlier that day", "later that year": the same period of the narrative.
            start = PhraseBefore(s, start, EarlierLater, out _) is var shifted and >= 0 ? shifted : start;
        }

        var type = w.Contains("night", StringComparison.Ordinal) ? TimexType.Time
            : w.StartsWith("recent ", StringComparison.Ordinal) || w.EndsWith(" ahead", StringComparison.Ordinal) || w.Contains("coming ", StringComparison.Ordinal)
                ? TimexType.Duration : TimexType.Date;
        output.Add(new Candidate(start, end, type, value, 3));
    }
}
