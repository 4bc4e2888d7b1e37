using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // The patterns and word lists the rules match: regular expressions for each kind of expression, cheap pre-filters
    // (SearchValues) that decide which patterns can match a sentence at all, and the modifier phrases taken into a span.

    private const string Unit = "(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)s?";

    private const string DayPart = "(?:morning|afternoon|evening|night|overnight)";

    private const string Season = "(?:spring|summer|autumn|fall|winter)";

    // Explicit dates with a day.
    [GeneratedRegex("\\b(?:(?<mon>" + MonthNames + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|\\.\\d)(?:,?\\s+(?<year>\\d{4})\\b)?|(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>" + MonthNames + ")\\b\\.?(?:,?\\s+(?<year>\\d{4})\\b)?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex DayDate();

    [GeneratedRegex("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<h>\\d{2}):(?<min>\\d{2}))?\\b|\\b(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y2>\\d{4}|\\d{2})\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    // A month with an optional modifier and year: "mid-May", "early June 2025", "May 2026", "last March".
    [GeneratedRegex("\\b(?<mon>" + MonthNames + ")\\b\\.?(?:,?\\s+(?:of\\s+)?(?<year>\\d{4})\\b)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex MonthExpression();

    [GeneratedRegex("\\b(?<y>(?:1[5-9]|20)\\d\\d)\\b(?!\\s*(?:%|percent|per cent|[-/]\\d))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    [GeneratedRegex("(?:\\b(?<c>1[5-9]|20)(?<d>\\d)0'?s|'(?<d2>\\d)0s)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Decade();

    [GeneratedRegex("\\b(?<wd>" + FullWeekdayNames + ")(?:\\s+(?<part>" + DayPart + "))?\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayExpression();

    [GeneratedRegex("\\b(?<w>the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight)(?:\\s+(?<part>" + DayPart + "))?\\b|\\b(?<w>last|this)\\s+(?<part>" + DayPart + ")\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex("\\b(?<rel>last|next|this|the previous|the following|the current|earlier this|later this|early this|late this|earlier last|early last|late last|early next|late next|the coming|the same)\\s+(?<u>week|weekend|month|year|quarter|decade|century|" + Season + ")\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex("\\b(?<u>" + Unit + ")(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|from now|hence|(?:before|after)(?=\\s*[,.;]|$))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex("\\b(?<u>" + Unit + ")(?![\\s-]+old\\b|-old\\b)(?<long>[\\s-]+long)?(?:\\s+or\\s+so)?\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex("\\b(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)(?:\\s*(?<zone>GMT|UTC|[ECMP][SD]T)\\b)?|\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)\\b(?!:\\d|[.,]\\d)(?:\\s*(?<zone>GMT|UTC|[ECMP][SD]T))?|\\b(?<w>noon|midnight|midday)\\b|\\b(?<h>\\d{1,2})\\s+o'clock\\b|\\b(?<h>\\d{1,2})(?::(?<m>[0-5]\\d))?\\s+in\\s+the\\s+(?<dp>morning|afternoon|evening)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex("\\b(?:(?<q>every|each|per)\\s+(?:(?<n>other|two|three|four|five|six|\\d+)\\s+)?(?<u>" + Unit + "|" + DayPart + "|" + FullWeekdayNames + ")|(?<freq>once|twice|three times|four times|several times|\\d+ times)\\s+(?:a|an|per|every)\\s+(?<u>" + Unit + ")|(?<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|fortnightly))\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SetExpression();

    [GeneratedRegex("\\b(?<s>" + Season + ")(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SeasonExpression();

    [GeneratedRegex("\\b(?:(?:the\\s+)?(?<py>(?:19|20)\\d\\d)\\s+|(?<rel>this|last|next)\\s+year's\\s+|(?<the>the)\\s+)?(?:fiscal[\\s-]+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)(?<hyphen>[\\s-])quarter(?:\\s+of\\s+(?<y>\\d{4})|\\s+(?<y>\\d{4}))?\\b|\\bQ(?<qn>[1-4])\\s+(?<y>\\d{4})\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterExpression();

    // "the year-ago quarter", "year-earlier", "the comparable year-ago third quarter", "the 1988 period".
    [GeneratedRegex("\\b(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?year-(?:ago|earlier)\\s+(?:(?<q>first|second|third|fourth)[\\s-]+quarter|(?<noun>quarter|period))\\b|\\byear-(?:ago|earlier)\\b|\\b[Tt]he\\s+(?<py>(?:19|20)\\d\\d)\\s+(?<noun>period|quarter)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex YearAgoExpression();

    [GeneratedRegex("\\b(?:(?<rel>last|next|this)\\s+)?(?<h>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['\u2019]s\\s+(?:Day|Eve)|Easter(?:\\s+Sunday)?|Good\\s+Friday|Election\\s+Day|Independence\\s+Day|Halloween|Valentine['\u2019]s\\s+Day|Labou?r\\s+Day|Memorial\\s+Day|Boxing\\s+Day)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HolidayExpression();

    [GeneratedRegex("\\b[Tt]he\\s+weekend\\b", RegexOptions.CultureInvariant)]
    private static partial Regex TheWeekend();

    [GeneratedRegex("\\b[Tt]he\\s+(?:latest\\s+|most recent\\s+|just-ended\\s+|recent\\s+)?(?:(?:fiscal\\s+)?quarter\\b(?![\\s-]+(?:of|century|mile|point|percent))|(?<=(?:latest|most recent)\\s+)period\\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LatestQuarter();

    [GeneratedRegex("\\b(?<w>right now|now|currently|(?:then )?current|nowadays|these days|at present|at the moment|recently|lately|recent (?:days|weeks|months|years|decades)|the past|the future|the near future|the near term|the short term|the long term|(?:the )?coming (?:days|weeks|months|years|quarters|decades)|the (?:days|weeks|months|years) ahead|once again|the time|the same day|that same day|that day|the full year|the next day|the following day|the previous day|that night|that week|that month|that year|the end of the year|year[- ]end|year's end|(?:earlier|later) in the year|the (?:current )?fiscal year(?![-'\u2019])|the year(?![-'\u2019]))\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex("\\b(?:will|'ll|shall|going to|expected to|due to|plans? to|planning|(?:is|are) to|scheduled|set to|would|intends? to|hopes? to|aims? to|next(?!\\s+to\\b)|as soon as|as early as|no earlier than|until)\\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    private static readonly System.Buffers.SearchValues<string> UnitWords = System.Buffers.SearchValues.Create(
        ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> EraWords = System.Buffers.SearchValues.Create(
        ["century", "ties"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SpelledYearWords = System.Buffers.SearchValues.Create(
        ["nineteen ", "nineteen-", "eighteen ", "eighteen-", "two thousand"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SeasonWords = System.Buffers.SearchValues.Create(
        ["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SetWords = System.Buffers.SearchValues.Create(
        ["every", "each", "per ", "once", "twice", "times", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OffsetWords = System.Buffers.SearchValues.Create(
        ["ago", "earlier", "later", "from now", "hence", "before", "after"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> ReferenceWords = System.Buffers.SearchValues.Create(
        ["now", "current", "these days", "at present", "moment", "recent", "lately", "the past", "future", "term", "coming", "that ", "the same", "the next", "the following", "the previous", "quarter", "latest period", "full year", "ahead", "year"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> HolidayWords = System.Buffers.SearchValues.Create(
        ["Thanksgiving", "Christmas", "New Year", "Easter", "Good Friday", "Election Day", "Independence Day", "Halloween", "Valentine", "Labor Day", "Labour Day", "Memorial Day", "Boxing Day"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> ClockWords = System.Buffers.SearchValues.Create(
        [":", "a.m", "p.m", "am", "pm", "noon", "midnight", "midday", "o'clock", "in the morning", "in the afternoon", "in the evening"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> RelativeDayWords = System.Buffers.SearchValues.Create(
        ["today", "yesterday", "tomorrow", "tonight", "last", "this"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] MonthTriggers =
        ["in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "from", "through", "before", "after", "to", "and", "or", "between", "on", "that", "past", "coming", "end", "start", "beginning", "middle", "for"];

    [GeneratedRegex("\\G,?\\s+(?<rel>last|this|next)\\s+year\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYearAfter();

    private static readonly string[] MonthModifiers =
        ["the beginning of", "the middle of", "the start of", "the end of", "beginning of", "start of", "end of", "early", "late", "mid"];

    private static readonly string[] MonthRelations = ["coming", "last", "next", "this", "past"];

    private static readonly string[] YearModifiers =
        ["the second half of", "the first half of", "the last half of", "the beginning of", "the middle of", "the start of", "the end of", "fiscal", "early", "late", "mid"];

    private static readonly string[] YearTriggers =
        ["the", "his", "her", "its", "their", "our", "a", "an", "this", "that", "s", "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "early", "late", "mid", "through", "to", "and", "or", "year", "fiscal", "for", "between", "end", "start", "beginning", "autumn", "spring", "summer", "winter", "fall", "around", "circa", "than", "season", "election", "census", "due", "into", "both", "post", "pre"];

    [GeneratedRegex("\\b(?:said|says|told|announced|reported|added|stated|noted|was|were|had|did)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();

    private static readonly string[] The = ["the"];

    private static readonly string[] EarlierLater = ["earlier", "later"];

    private static readonly string[] ToOr = ["to", "or"];

    private static readonly string[] EarlyMidLate = ["early", "late", "mid"];

    private static readonly string[] TheNumbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty"];

    private static readonly string[] DurationPre =
    [
        "the following", "the previous", "the coming", "the latest", "the final", "the first", "the past", "the last", "the next",
        "previous", "coming", "final", "first", "past", "last", "next",
    ];

    // Modifiers inside the expression, as TimeBank annotates them ("nearly two years", "at least 72 hours"); "about",
    // "within", "over", "just" and "only" stay outside more often than not there.
    private static readonly string[] DurationModifiers = ["no more than", "more than", "less than", "fewer than", "at least", "nearly", "almost", "around", "up to"];

    private static readonly string[] OffsetModifiers = ["more than", "less than", "roughly", "nearly", "almost", "some"];

    private static readonly string[] WeekdayRelations = ["the previous", "the coming", "previous", "coming", "last", "next", "this", "past"];

    private static readonly string[] PeriodModifiers =
        ["the second half of", "the first half of", "the beginning of", "the middle of", "the start of", "the end of", "the rest of"];

    private static readonly string[] SeasonRelations = ["early", "late", "last", "next", "this", "the"];

    private static readonly string[] NumberPhrases =
    [
        "a couple of", "hundreds of", "thousands of", "dozens of", "couple of", "a hundred", "a dozen", "seventeen", "thirteen", "fourteen",
        "eighteen", "nineteen", "fifteen", "sixteen", "several", "hundred", "seventy", "twelve", "eleven", "twenty", "thirty", "eighty",
        "ninety", "half an", "a few", "forty", "fifty", "sixty", "three", "seven", "eight", "many", "some", "four", "five", "nine",
        "half", "one", "two", "six", "ten", "few", "an", "a",
    ];

    private static readonly string[] OnesNames = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] TensNames = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
}
