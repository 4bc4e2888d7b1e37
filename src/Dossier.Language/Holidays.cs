namespace Dossier.Language;

/// <summary>
/// Dates of the holidays news names without a date ("on Thanksgiving Day", "last Christmas"). Fixed-date holidays are
/// a month and day; the movable ones are computed for the year (US conventions where a holiday is national).
/// </summary>
internal static class Holidays
{
    /// <summary>The holiday's date in <paramref name="year"/>, or null for a name this table does not know.</summary>
    public static DateOnly? Date(string name, int year)
    {
        var key = Normalize(name);
        return key switch
        {
            "christmas" or "christmas day" => new DateOnly(year, 12, 25),
            "christmas eve" => new DateOnly(year, 12, 24),
            "boxing day" => new DateOnly(year, 12, 26),
            "new year's day" => new DateOnly(year, 1, 1),
            "new year's eve" => new DateOnly(year, 12, 31),
            "independence day" => new DateOnly(year, 7, 4),
            "halloween" => new DateOnly(year, 10, 31),
            "valentine's day" => new DateOnly(year, 2, 14),
            "thanksgiving" or "thanksgiving day" => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            "labor day" or "labour day" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
            "memorial day" => LastWeekday(year, 5, DayOfWeek.Monday),
            // US federal elections: the Tuesday after the first Monday of November.
            "election day" => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
            "easter" or "easter sunday" => EasterSunday(year),
            "good friday" => EasterSunday(year).AddDays(-2),
            _ => null,
        };
    }

    private static string Normalize(string name)
    {
        var words = name.Replace('\u2019', '\'').Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLowerInvariant();
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }

    /// <summary>Gregorian Easter Sunday by the anonymous ("Meeus/Jones/Butcher") algorithm.</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = ((h + l - 7 * m + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
