using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // Expressions that name a calendar unit: dates with a day (May 16, 16/05/2025), months, years, seasons, quarters,
    // holidays and the year-ago periods of business news.

    private static void AddDayDate(string s, Match m, List<Candidate> output)
    {
        var month = Month(m.Groups["mon"].Value);
        var day = Int(m.Groups["day"]);
        if (month == 0 || day is < 1 or > 31)
        {
            return;
        }

        // "May 5" needs care: "may" is also a verb, so require a capital M (the regex is case-insensitive).
        if (!char.IsUpper(m.Groups["mon"].Value[0]))
        {
            return;
        }

        var start = m.Index;
        if (char.IsDigit(s[start]) && PhraseBefore(s, start, The, out _) is var the && the >= 0)
        {
            start = the;
        }

        start = WeekdayBefore(s, start);
        var end = TrimPeriod(s, m, m.Groups["mon"]);
        var year = m.Groups["year"].Success ? Int(m.Groups["year"]) : (int?)null;
        // "last Oct. 23", "next May 5": the last such day before the anchor, or the next one after it.
        string? rel = null;
        if (year is null && start == m.Index && !char.IsDigit(s[start]) && PhraseBefore(s, start, DayDateRelations, out var relText) is var relStart and >= 0)
        {
            rel = relText!.ToLowerInvariant();
            start = relStart;
        }

        // "the quarter ended Oct. 31", "the fiscal year ended Jan. 31": the period has ended, so its last day is on or
        // before the anchor even when the next such day is nearer.
        var ended = year is null && rel is null && PreviousWord(s, start).Equals("ended", StringComparison.OrdinalIgnoreCase);

        string? Resolve(Context ctx)
        {
            var known = year ?? ctx.YearOnly;
            if (known is null && ctx.YearAnchor is null)
            {
                return day <= DateTime.DaysInMonth(2024, month) ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}") : null;
            }

            DateOnly? date = known is { } y ? TryDate(y, month, day)
                : rel is not null ? RelativeDayDate(month, day, ctx.YearAnchor!.Value, rel == "last" ? -1 : 1)
                : ended ? RelativeDayDate(month, day, ctx.YearAnchor!.Value.AddDays(1), -1)
                : ClosestDate(month, day, ctx.YearAnchor!.Value, IsFuture(ctx));
            return date is { } d ? Date(d) : null;
        }

        output.Add(new Candidate(start, end, TimexType.Date, Resolve, 10));

        // "April 24 and 25", "May 5-7": the second day is a date of its own, in the first one's month and year.
        if (year is null && NextDayOfMonth().Match(s, end) is { Success: true } next && IsDayListEnd(s, next.Index + next.Length))
        {
            var secondDay = Int(next.Groups["d"]);
            if (secondDay > day && secondDay <= 31)
            {
                var dayGroup = next.Groups["d"];
                output.Add(new Candidate(dayGroup.Index, dayGroup.Index + dayGroup.Length, TimexType.Date, ctx =>
                    Resolve(ctx) is { } first
                        ? first.StartsWith("XXXX", StringComparison.Ordinal)
                            ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{secondDay:D2}")
                            : TryDate(int.Parse(first.AsSpan(0, 4), CultureInfo.InvariantCulture), month, secondDay) is { } second ? Date(second) : null
                        : null, 10));
            }
        }
    }

    [GeneratedRegex("\\G\\s*(?:and|or|to|through|-|\u2013)\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]\\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextDayOfMonth();

    private static readonly string[] DayListFollowers = ["in", "at", "on", "of", "and", "when", "to", "for", "this", "next", "last", "the", "with", "before", "after"];

    // After "April 24 and 25" comes punctuation or a preposition, not a counted noun ("March 3 and 4 ministers").
    private static bool IsDayListEnd(string s, int end)
    {
        var rest = s.AsSpan(end).TrimStart(' ');
        if (rest.IsEmpty || !char.IsLetter(rest[0]))
        {
            return rest.IsEmpty || rest[0] is not ('%' or '$');
        }

        var word = rest[..(rest.IndexOfAny(' ', ',', '.') is var e and >= 0 ? e : rest.Length)].ToString().ToLowerInvariant();
        return DayListFollowers.Contains(word);
    }

    private static readonly string[] DayDateRelations = ["last", "next"];

    // The first such day strictly before (direction -1) or after (+1) the anchor; leap days look up to eight years away.
    private static DateOnly? RelativeDayDate(int month, int day, DateOnly anchor, int direction)
    {
        for (var year = anchor.Year; Math.Abs(year - anchor.Year) <= 8; year += direction)
        {
            if (TryDate(year, month, day) is { } date && (direction < 0 ? date < anchor : date > anchor))
            {
                return date;
            }
        }

        return null;
    }

    // A period after a full month name at the end of the match ends the sentence; after "Jan" it is the abbreviation's.
    private static int TrimPeriod(string s, Match m, Group month)
    {
        var end = m.Index + m.Length;
        if (end > 0 && s[end - 1] == '.' && month.Index + month.Length == end - 1 && (month.Length > 4 || month.Value is "May" or "June" or "July"))
        {
            end--;
        }

        return end;
    }

    private static void AddNumericDate(Match m, List<Candidate> output)
    {
        if (m.Groups["y"].Success)
        {
            var y = Int(m.Groups["y"]);
            var mo = Int(m.Groups["m"]);
            var d = Int(m.Groups["d"]);
            if (TryDate(y, mo, d) is not { } date)
            {
                return;
            }

            if (m.Groups["h"].Success)
            {
                var h = Int(m.Groups["h"]);
                var min = Int(m.Groups["min"]);
                var v = string.Create(CultureInfo.InvariantCulture, $"{Date(date)}T{h:D2}:{min:D2}");
                output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Time, _ => v, 12));
            }
            else
            {
                var v = Date(date);
                output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, _ => v, 12));
            }

            return;
        }

        var a = Int(m.Groups["a"]);
        var b = Int(m.Groups["b"]);
        var year = FullYear(Int(m.Groups["y2"]));
        // Dots: day first (16.05.2026). Slashes: month first (5/16/2026) unless the first number cannot be a month.
        var dayFirst = m.Groups["sep"].Value == "." || a > 12;
        var dateValue = dayFirst ? TryDate(year, b, a) : TryDate(year, a, b);
        if (dateValue is { } dv)
        {
            var v = Date(dv);
            output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, _ => v, 12));
        }
    }

    private static void AddMonth(string s, Match m, List<Candidate> output)
    {
        var monthText = m.Groups["mon"].Value;
        if (!char.IsUpper(monthText[0]))
        {
            return;
        }

        // "Jan Berger", "Jun Lee": a short month name without its period before a capitalised word is a first name.
        if (monthText.Length == 3 && !m.Groups["year"].Success && (m.Index + 3 >= s.Length || s[m.Index + 3] != '.')
            && s.AsSpan(m.Index + 3).TrimStart(' ') is { Length: > 0 } next && char.IsUpper(next[0]) && next.Length < s.Length - m.Index - 3)
        {
            return;
        }

        var month = Month(monthText);
        var hasYear = m.Groups["year"].Success;
        var end = TrimPeriod(s, m, m.Groups["mon"]);
        var modifierStart = PhraseBefore(s, m.Index, MonthModifiers, out var modifier);
        var relStart = modifierStart < 0 ? PhraseBefore(s, m.Index, MonthRelations, out modifier) : -1;
        var hasModifier = modifierStart >= 0 || relStart >= 0;
        if (!hasYear && !hasModifier)
        {
            // A bare month needs a preposition before it; "May" and "March" are also common words.
            var previous = PreviousWord(s, m.Index);
            if (!MonthTriggers.Contains(previous.ToLowerInvariant()))
            {
                if (monthText is "May" or "March" or "Mar" or "Jan" or "Sun" || m.Index == 0)
                {
                    return;
                }
            }
        }

        var rel = relStart >= 0 ? modifier?.ToLowerInvariant() : null;
        var year = hasYear ? Int(m.Groups["year"]) : (int?)null;
        int? yearShift = null;
        if (!hasYear && RelativeYearAfter().Match(s, end) is { Success: true } relativeYear && relativeYear.Index == end)
        {
            // "June last year", "January this year"
            yearShift = relativeYear.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            end = relativeYear.Index + relativeYear.Length;
        }

        var start = Math.Max(modifierStart, relStart) is var found && found >= 0 ? found : m.Index;
        var monthEnd = end;
        // "double its flights by August": a deadline looks ahead unless its clause reports a finished event.
        var deadline = PreviousWord(s, start).Equals("by", StringComparison.OrdinalIgnoreCase);
        output.Add(new Candidate(start, end, TimexType.Date, ctx =>
        {
            if (year is null && yearShift is null && ctx.YearAnchor is null)
            {
                return ctx.YearOnly is { } only ? MonthValue(only, month) : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
            }

            var y = year ?? (yearShift is { } shift ? ctx.Dct.Year + shift : (int?)null) ?? rel switch
            {
                "last" or "past" => month < ctx.Dct.Month ? ctx.Dct.Year : ctx.Dct.Year - 1,
                "next" or "coming" => month > ctx.Dct.Month ? ctx.Dct.Year : ctx.Dct.Year + 1,
                "this" => ctx.Dct.Year,
                _ when ClauseIsPast(ctx.Sentence, m.Index, monthEnd) => month <= ctx.YearAnchor!.Value.Month ? ctx.YearAnchor!.Value.Year : ctx.YearAnchor!.Value.Year - 1,
                _ => ClosestYearForMonth(month, ctx.YearAnchor!.Value, deadline || IsFuture(ctx)),
            };
            return MonthValue(y, month);
        }, 8));
    }

    private static void AddYear(string s, Match m, List<Candidate> output)
    {
        var year = Int(m.Groups["y"]);
        if (year is < 1800 or > 2100)
        {
            return;
        }

        var previous = PreviousWord(s, m.Index).ToLowerInvariant();
        var end = m.Index + m.Length;
        var nextChar = end < s.Length ? s[end] : '.';
        var prevChar = m.Index > 0 ? s[m.Index - 1] : ' ';
        var modifierStart = PhraseBefore(s, m.Index, YearModifiers, out var yearModifier);
        var triggered = modifierStart >= 0 || YearTriggers.Contains(previous)
            || (nextChar is ',' or '.' or ';' or ')' && prevChar is ' ' or '(' && previous.Length > 0 && char.IsLower(previous[0]) && previous is "in" or "of" or "since")
            || (prevChar == '(' && nextChar == ')');
        if (!triggered || prevChar is '$' or '#' || (prevChar == ' ' && m.Index > 1 && s[m.Index - 2] is '$'))
        {
            return;
        }

        // "the first half of 1990" names a half year (TIMEX3 1990-H1), not the year with a modifier.
        var half = yearModifier?.ToLowerInvariant() switch
        {
            "the first half of" => "-H1",
            "the second half of" or "the last half of" => "-H2",
            _ => "",
        };
        var value = YearValue(year) + half;
        output.Add(new Candidate(modifierStart >= 0 ? modifierStart : m.Index, end, TimexType.Date, _ => value, 4));
    }

    private static string QuarterValue(DateOnly d) => QuarterValue(d.Year, (d.Month - 1) / 3 + 1);

    private static string QuarterValue(int year, int quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    private static string SeasonCode(string season) => season.ToLowerInvariant() switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" or "fall" => "FA",
        _ => "WI",
    };

    private static string SeasonValue(DateOnly anchor, string season, int direction)
    {
        var code = SeasonCode(season);
        var seasonMonth = code switch { "SP" => 4, "SU" => 7, "FA" => 10, _ => 1 };
        var year = anchor.Year;
        if (direction < 0 && seasonMonth >= anchor.Month)
        {
            year--;
        }
        else if (direction > 0 && seasonMonth <= anchor.Month)
        {
            year++;
        }

        return YearValue(year) + "-" + code;
    }

    private static void AddSeason(string s, Match m, List<Candidate> output)
    {
        var relStart = PhraseBefore(s, m.Index, SeasonRelations, out var relText);
        var rel = relStart >= 0 ? relText!.ToLowerInvariant() : null;
        var hasYear = m.Groups["y"].Success;
        var season = m.Groups["s"].Value;
        if (rel is null && !hasYear)
        {
            return;
        }

        if (season.Equals("fall", StringComparison.OrdinalIgnoreCase) && !hasYear && rel is not ("last" or "next" or "this" or "the"))
        {
            return;
        }

        var year = hasYear ? Int(m.Groups["y"]) : (int?)null;
        var start = relStart >= 0 ? relStart : m.Index;
        output.Add(new Candidate(start, m.Index + m.Length, TimexType.Date, ctx =>
        {
            if (year is { } y)
            {
                return YearValue(y) + "-" + SeasonCode(season);
            }

            var direction = rel switch { "last" => -1, "next" => 1, _ => 0 };
            return direction == 0 && rel is "the" ? YearValue(ctx.Dct.Year) + "-" + SeasonCode(season) : SeasonValue(ctx.Dct, season, direction);
        }, 8));
    }

    private static void AddQuarter(Match m, List<Candidate> output)
    {
        var q = m.Groups["qn"].Success ? Int(m.Groups["qn"]) : OrdinalQuarter(m.Groups["q"].Value);
        var year = m.Groups["y"].Success ? Int(m.Groups["y"]) : m.Groups["py"].Success ? Int(m.Groups["py"]) : (int?)null;
        var yearShift = m.Groups["rel"].Value switch { "last" => -1, "next" => 1, "this" => 0, _ => (int?)null };
        var start = m.Index;
        // "the third-quarter results": the article belongs to the noun the adjective modifies.
        if (m.Groups["the"].Success && m.Groups["hyphen"].Value == "-")
        {
            start = m.Groups["q"].Index;
        }

        output.Add(new Candidate(start, m.Index + m.Length, TimexType.Date, ctx =>
        {
            var y = year ?? (yearShift is { } shift ? ctx.Dct.Year + shift
                : q > (ctx.Dct.Month - 1) / 3 + 1 && !IsFuture(ctx) ? ctx.Dct.Year - 1 : ctx.Dct.Year);
            return QuarterValue(y, q);
        }, 9) { NamesQuarter = true });
    }

    private static void AddHoliday(Match m, List<Candidate> output)
    {
        var name = m.Groups["h"].Value;
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value : null;
        output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, ctx =>
        {
            var dct = ctx.Dct;
            if (Holidays.Date(name, dct.Year) is not { } thisYear)
            {
                return null;
            }

            var previous = Holidays.Date(name, dct.Year - 1)!.Value;
            var next = Holidays.Date(name, dct.Year + 1)!.Value;
            var date = rel switch
            {
                "last" => thisYear < dct ? thisYear : previous,
                "next" => thisYear > dct ? thisYear : next,
                "this" => thisYear,
                _ => ClosestOf(dct, IsFuture(ctx), previous, thisYear, next),
            };
            return Date(date);
        }, 10));
    }

    // The candidate nearest the DCT, weighted as dates without a year are (TemporalText.PastLeaningDistance).
    private static DateOnly ClosestOf(DateOnly anchor, bool future, params ReadOnlySpan<DateOnly> candidates)
    {
        var best = candidates[0];
        var bestDistance = double.MaxValue;
        foreach (var candidate in candidates)
        {
            var delta = candidate.DayNumber - anchor.DayNumber;
            var distance = PastLeaningDistance(delta, future);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static void AddYearAgo(Match m, List<Candidate> output)
    {
        var ordinal = m.Groups["q"].Success ? OrdinalQuarter(m.Groups["q"].Value) : 0;
        var periodYear = m.Groups["py"].Success ? Int(m.Groups["py"]) : (int?)null;
        var quarterNoun = m.Groups["noun"].Value.Equals("quarter", StringComparison.OrdinalIgnoreCase);
        output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, ctx =>
        {
            var reference = ctx.QuarterReference ?? (quarterNoun || ordinal > 0 || periodYear is not null
                ? (ctx.Dct.AddMonths(-3).Year, (ctx.Dct.AddMonths(-3).Month - 1) / 3 + 1)
                : null);
            if (periodYear is { } y)
            {
                return reference is { } r ? QuarterValue(y, r.Quarter) : null;
            }

            // The same period one year before the one the text is about; without a period, simply last year.
            return ordinal > 0 ? QuarterValue((reference?.Year ?? ctx.Dct.Year) - 1, ordinal)
                : reference is { } q ? QuarterValue(q.Year - 1, q.Quarter)
                : YearValue(ctx.Dct.Year - 1);
        }, 9));
    }

    private static int OrdinalQuarter(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };
}
