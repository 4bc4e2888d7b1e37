using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Metadata;

/// <summary>
/// Parses the publication dates found in pages and feeds: ISO 8601, RFC 822 (RSS), numeric day-first
/// dates, and written dates with month names in the languages we read ("May 16, 2024", "16. Mai 2024").
/// A date without a time is midnight UTC; a time without a zone is taken as UTC.
/// </summary>
internal static partial class DateText
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "stycznia", "styczeń", "января", "январь", "січня", "ocak", "jan."],
            ["february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari", "lutego", "luty", "февраля", "февраль", "лютого", "şubat", "subat"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec", "марта", "март", "березня", "mart", "mär"],
            ["april", "apr", "avril", "abril", "abr", "aprile", "kwietnia", "kwiecień", "апреля", "апрель", "квітня", "nisan", "avr"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "мая", "май", "травня", "mayıs", "mayis"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "июня", "июнь", "червня", "haziran"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "июля", "июль", "липня", "temmuz"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "августа", "август", "серпня", "ağustos", "agustos"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września", "wrzesień", "сентября", "сентябрь", "вересня", "eylül", "eylul"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "październik", "октября", "октябрь", "жовтня", "ekim"],
            ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноября", "ноябрь", "листопада", "kasım", "kasim"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "декабря", "декабрь", "грудня", "aralık", "aralik"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map.TryAdd(name.TrimEnd('.'), i + 1);
            }
        }

        return map;
    }

    private static readonly string[] ExactFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:sszz", "yyyy-MM-dd", "yyyyMMdd",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'UT'", "ddd, d MMM yyyy HH:mm:ss 'Z'",
        "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "ddd, dd MMM yyyy HH:mm:ss", "ddd, d MMM yyyy",
    ];

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?:[T ,]+(?<H>[0-2]?\d):(?<M>[0-5]\d))?")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)\.\s?(?<m>[01]?\d)\.\s?(?<y>(?:19|20)\d\d)\b(?:,?\s*(?:um\s)?(?<H>[0-2]?\d)[:.](?<M>[0-5]\d))?")]
    private static partial Regex DayMonthYearNumeric();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+)?(?<mon>\p{L}{3,12})\.?,?\s*(?:de\s+)?(?<y>(?:19|20)\d\d)\b(?:[^\d]{0,8}(?<H>[0-2]?\d)[:h.](?<M>[0-5]\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b(?:[^\d]{0,8}(?<H>[0-2]?\d):(?<M>[0-5]\d)\s*(?<ampm>[ap]\.?m\.?)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDayYear();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:/|-|\.|$)")]
    private static partial Regex UrlDate();

    /// <summary>Parses a machine-readable date (meta tags, JSON-LD, feeds, time elements).</summary>
    public static DateTimeOffset? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParseExact(text, ExactFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return Plausible(exact);
        }

        // RFC 822 zones written as names ("EST", "PDT") and other near-ISO forms.
        var normalized = ZoneNames().Replace(text, m => ZoneOffsets.TryGetValue(m.Value, out var offset) ? offset : m.Value);
        if (DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return Plausible(parsed);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch > 315532800)
        {
            // Unix seconds or milliseconds.
            return Plausible(epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch));
        }

        return ParseWritten(text);
    }

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.Ordinal)
    {
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00", ["MST"] = "-07:00", ["MDT"] = "-06:00",
        ["PST"] = "-08:00", ["PDT"] = "-07:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["BST"] = "+01:00", ["GMT"] = "+00:00", ["UTC"] = "+00:00", ["UT"] = "+00:00",
    };

    [GeneratedRegex(@"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|GMT|UTC|UT)\b")]
    private static partial Regex ZoneNames();

    /// <summary>Finds a written date in free text ("Published May 11, 2026, 19:42", "16. Mai 2024").</summary>
    public static DateTimeOffset? ParseWritten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = IsoLike().Match(text);
        if (match.Success && Build(match, Number(match, "m")) is { } iso)
        {
            return iso;
        }

        match = MonthNameDayYear().Match(text);
        if (match.Success && Months.TryGetValue(match.Groups["mon"].Value.ToLowerInvariant(), out var month) && Build(match, month) is { } american)
        {
            return american;
        }

        match = DayMonthNameYear().Match(text);
        if (match.Success && Months.TryGetValue(match.Groups["mon"].Value.ToLowerInvariant(), out month) && Build(match, month) is { } european)
        {
            return european;
        }

        match = DayMonthYearNumeric().Match(text);
        return match.Success ? Build(match, Number(match, "m")) : null;
    }

    /// <summary>A date in a URL path such as /2024/05/16/, or null.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDate().Match(url);
        return match.Success ? Build(match, Number(match, "m")) : null;
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static DateTimeOffset? Build(Match match, int month)
    {
        var year = Number(match, "y");
        var day = Number(match, "d");
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hour = Number(match, "H");
        var minute = Number(match, "M");
        if (match.Groups["ampm"].Success)
        {
            var pm = match.Groups["ampm"].Value.StartsWith('p') || match.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (hour > 23)
        {
            hour = 0;
            minute = 0;
        }

        return Plausible(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) =>
        value.Year is >= 1990 and <= 2100 ? value : null;
}
