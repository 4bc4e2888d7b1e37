using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Language;

/// <summary>Shared pieces of the date grammar: month names, number words and TIMEX3 value formatting.</summary>
internal static partial class TemporalText
{
    public const string MonthNames =
        "(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

    public const string WeekdayNames =
        "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)";

    public const string FullWeekdayNames = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    public const string NumberWords =
        "(?:\\d+(?:[.,]\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a dozen|a couple of|a few|several|few|some|many|a|an|half an|half a|dozens of|hundreds of)";

    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Parses a number word or numeral; null for vague amounts ("several", "a few"); -1 for "half".</summary>
    public static decimal? ParseNumber(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        if (decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        switch (s)
        {
            case "a" or "an":
                return 1;
            case "a couple of":
                return 2;
            case "a dozen":
                return 12;
            case "hundred" or "a hundred":
                return 100;
            case "half a" or "half an":
                return 0.5m;
        }

        var ones = Array.IndexOf(Ones, s);
        if (ones >= 0)
        {
            return ones;
        }

        var tens = Array.IndexOf(Tens, s);
        if (tens >= 2)
        {
            return tens * 10;
        }

        s = s.Replace(' ', '-');
        var hyphen = s.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0)
        {
            var t = Array.IndexOf(Tens, s[..hyphen]);
            var o = Array.IndexOf(Ones, s[(hyphen + 1)..]);
            if (t >= 2 && o is >= 1 and <= 9)
            {
                return t * 10 + o;
            }
        }

        return null;
    }

    /// <summary>Month number for a name or abbreviation, or 0.</summary>
    public static int Month(string name) =>
        Lexicon.Months.TryGetValue(name.TrimEnd('.'), out var m) ? m : 0;

    /// <summary>ISO weekday (Monday = 1) for a name or abbreviation, or 0.</summary>
    public static int Weekday(string name) =>
        Lexicon.Weekdays.TryGetValue(name.TrimEnd('.'), out var d) ? d : 0;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthValue(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string MonthValue(DateOnly date) => MonthValue(date.Year, date.Month);

    public static string YearValue(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string WeekValue(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static int IsoDayOfWeek(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>
    /// How far a candidate lies from its anchor (<paramref name="delta"/> in any unit, negative for the past). News
    /// mostly reports the past, so a later candidate counts 1.6 times its distance unless the context is future, and
    /// then an earlier one does.
    /// </summary>
    public static double PastLeaningDistance(int delta, bool future) =>
        delta < 0 ? -delta * (future ? 1.6 : 1.0) : delta * (future ? 1.0 : 1.6);

    /// <summary>
    /// Year for a year-less month and day: the one that puts the date closest to <paramref name="anchor"/>. News
    /// mostly reports the past, so a past date wins unless the future one is much closer (or the context is future).
    /// </summary>
    public static DateOnly? ClosestDate(int month, int day, DateOnly anchor, bool future = false)
    {
        DateOnly? best = null;
        var bestDistance = double.MaxValue;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (day < 1 || day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var candidate = new DateOnly(y, month, day);
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

    /// <summary>Year for a month without a year: the one closest to the anchor, leaning to the past unless future.</summary>
    public static int ClosestYearForMonth(int month, DateOnly anchor, bool future = false)
    {
        var best = anchor.Year;
        var bestDistance = double.MaxValue;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            var delta = (y * 12 + month) - (anchor.Year * 12 + anchor.Month);
            var distance = PastLeaningDistance(delta, future);
            if (distance < bestDistance)
            {
                best = y;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Builds a date, or null when the day does not exist.</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Expands a two-digit year (98 → 1998, 12 → 2012).</summary>
    public static int FullYear(int year) => year >= 100 ? year : year >= 50 ? 1900 + year : 2000 + year;

    /// <summary>"May 12, 2026", "12 May 2026", "2026-05-12", "Monday, May 11, 2026".</summary>
    [GeneratedRegex(
        "(?:\\b" + MonthNames + "\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})\\b)"
        + "|(?:\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + MonthNames + ")\\.?,?\\s+(?<y2>\\d{4})\\b)"
        + "|(?:\\b(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})\\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex FullDate();

    /// <summary>"February 2022".</summary>
    [GeneratedRegex("\\b(?<m>" + MonthNames + ")\\.?,?\\s+(?<y>(?:1[89]|20)\\d\\d)\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex MonthYear();

    /// <summary>Parses a <see cref="FullDate"/> match.</summary>
    public static DateOnly? ParseFullDate(Match match)
    {
        var y = match.Groups["y"];
        if (y.Success)
        {
            // The month is the first word of the match.
            var monthWord = match.Value.AsSpan();
            var space = monthWord.IndexOfAny(' ', '.', '\u00A0');
            var month = Month(monthWord[..space].ToString());
            return TryDate(int.Parse(y.Value, CultureInfo.InvariantCulture), month, int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        if (match.Groups["y2"].Success)
        {
            return TryDate(
                int.Parse(match.Groups["y2"].Value, CultureInfo.InvariantCulture),
                Month(match.Groups["m2"].Value),
                int.Parse(match.Groups["d2"].Value, CultureInfo.InvariantCulture));
        }

        return TryDate(
            int.Parse(match.Groups["y3"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["m3"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["d3"].Value, CultureInfo.InvariantCulture));
    }
}
