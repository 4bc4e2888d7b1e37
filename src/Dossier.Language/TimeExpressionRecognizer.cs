using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;
using static Dossier.Language.TemporalText;

namespace Dossier.Language;

/// <summary>
/// Finds time expressions and normalises them to TIMEX3 values against the document creation time: explicit dates
/// (May 16, 2026; 16 May; 2026-05-16; 16.05.2026; mid-May; May 2026; 2026; the 1990s), weekdays (resolved by tense:
/// past → the most recent such day on or before the DCT, future → the next one), relative dates (yesterday, last
/// week → 2026-W19, two days ago, three weeks later), durations (three years → P3Y, 48 hours → PT48H), times
/// (3 p.m. → 2026-05-12T15:00) and sets (every week → P1W).
/// </summary>
public sealed partial class TimeExpressionRecognizer : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "timexes";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.CreationTime];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Timexes];

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

    [GeneratedRegex("\\b(?<u>" + Unit + ")\\s+(?<dir>ago|earlier|later|from now|hence|(?:before|after)(?=\\s*[,.;]|$))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex("\\b(?<u>" + Unit + ")(?![\\s-]+old\\b|-old\\b)(?<long>[\\s-]+long)?(?:\\s+or\\s+so)?\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex("\\b(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)(?:\\s*(?<zone>GMT|UTC|[ECMP][SD]T)\\b)?|\\b(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)\\b(?!:\\d|[.,]\\d)(?:\\s*(?<zone>GMT|UTC|[ECMP][SD]T))?|\\b(?<w>noon|midnight|midday)\\b|\\b(?<h>\\d{1,2})\\s+o'clock\\b",
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

    [GeneratedRegex("\\b[Tt]he\\s+(?:latest\\s+|most recent\\s+|just-ended\\s+|recent\\s+)?(?:fiscal\\s+)?quarter\\b(?![\\s-]+(?:of|century|mile|point|percent))", RegexOptions.CultureInvariant)]
    private static partial Regex LatestQuarter();

    [GeneratedRegex("\\b(?<w>right now|now|currently|nowadays|these days|at present|at the moment|recently|lately|recent (?:days|weeks|months|years|decades)|the past|the future|the near future|the near term|the short term|the long term|in the coming (?:days|weeks|months|years)|once again|the time|the same day|that day|the next day|the following day|the previous day|that night|that week|that month|that year)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex("\\b(?:will|'ll|shall|going to|expected to|due to|plans?|planning|(?:is|are) to|scheduled|set to|would|intends? to|hopes? to|aims? to|next(?!\\s+to\\b)|as soon as|as early as|no earlier than|until)\\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    private sealed record Candidate(int Start, int End, TimexType Type, Func<Context, string?> Value, int Priority)
    {
        /// <summary>True for a quarter named outright ("the third quarter"), which later comparisons refer to.</summary>
        public bool NamesQuarter { get; init; }
    }

    private sealed class Context
    {
        public required DateOnly Dct;
        public DateOnly? LastDate;
        public DateOnly? SentenceDate;
        public required string Sentence;
        public int Offset;
        public int Position; // sentence-relative start of the expression being resolved

        /// <summary>
        /// The fiscal quarter the text last named ("the third quarter" → 1989-Q3). Business news compares a quarter
        /// with the same one a year before, so "a year earlier" and "the year-ago period" take this granularity.
        /// </summary>
        public (int Year, int Quarter)? QuarterReference;

        /// <summary>
        /// True when the DCT is only the ingest day: then a date without a year keeps its year unknown (XXXX-04-24)
        /// unless the narrative has named a dated day to anchor it.
        /// </summary>
        public bool DctIsGuess;

        /// <summary>The last year the narrative named ("in 2019"), for year-less dates when the DCT is a guess.</summary>
        public int? NarrativeYear;

        /// <summary>The anchor for a year-less date, or null when its year is unknown.</summary>
        public DateOnly? YearAnchor => DctIsGuess ? LastDate : Dct;

        /// <summary>The year a year-less date takes when only the narrative named one ("in 2019 ... in June").</summary>
        public int? YearOnly => DctIsGuess && LastDate is null ? NarrativeYear : null;
    }

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var creationTime = document.Get(Layers.CreationTime)
            ?? throw new InvalidOperationException("The document has no creation time; run the 'dct' stage first.");
        var dct = creationTime.Value;
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<Timex>();
        var context = new Context { Dct = dct, Sentence = string.Empty, DctIsGuess = creationTime.Origin == DateOrigin.IngestDay };
        var candidates = new List<Candidate>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = text[sentence.Start..sentence.End];
            candidates.Clear();
            Collect(s, candidates);
            if (candidates.Count == 0)
            {
                continue;
            }

            context.Sentence = s;
            context.Offset = sentence.Start;
            context.SentenceDate = null;
            foreach (var t in Resolve(s, candidates, context))
            {
                result.Add(t with { Start = sentence.Start + t.Start, End = sentence.Start + t.End });
            }
        }

        document.Set(Layers.Timexes, result.ToImmutable());
    }

    /// <summary>Finds and resolves the time expressions of one sentence (exposed for tests and tools).</summary>
    public static IReadOnlyList<Timex> Recognize(string sentence, DateOnly dct)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var candidates = new List<Candidate>();
        Collect(sentence, candidates);
        var context = new Context { Dct = dct, Sentence = sentence };
        return Resolve(sentence, candidates, context);
    }

    private static List<Timex> Resolve(string s, List<Candidate> candidates, Context context)
    {
        var list = new List<Timex>();
        foreach (var c in Select(candidates))
        {
            context.Position = c.Start;
            if (c.Value(context) is not { } value)
            {
                continue;
            }

            // "10 p.m. Wednesday", "noon Thursday": a clock time followed by its day is one expression.
            if (c.Type == TimexType.Date && value.Length == 10 && list.Count > 0 && list[^1] is { Type: TimexType.Time } previous
                && previous.Value.Length > 11 && previous.Value[10] == 'T' && IsJoiner(s.AsSpan(previous.End, c.Start - previous.End)))
            {
                list[^1] = new Timex(previous.Start, c.End, TimexType.Time, value + previous.Value[10..]);
            }
            else
            {
                list.Add(new Timex(c.Start, c.End, c.Type, value));
            }

            if (c.Type == TimexType.Date && value.Length >= 4 && char.IsDigit(value[0]) && char.IsDigit(value[3]) && (value.Length == 4 || value[4] == '-'))
            {
                context.NarrativeYear = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
            }

            if (c.NamesQuarter && value.Length == 7 && value[4] == '-' && value[5] == 'Q' && value[6] is >= '1' and <= '4')
            {
                context.QuarterReference = (int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture), value[6] - '0');
            }

            if (c.Type == TimexType.Date && value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                context.LastDate = d;
                context.SentenceDate = d;
            }
        }

        return list;
    }

    private static bool IsJoiner(ReadOnlySpan<char> between)
    {
        var t = between.Trim();
        return t.IsEmpty || t is "," or "on";
    }

    // Longest match wins; ties go to the higher priority, then the earlier start.
    private static List<Candidate> Select(List<Candidate> candidates)
    {
        candidates.Sort((a, b) =>
        {
            var byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (byLength != 0)
            {
                return byLength;
            }

            var byPriority = b.Priority.CompareTo(a.Priority);
            return byPriority != 0 ? byPriority : a.Start.CompareTo(b.Start);
        });
        var chosen = new List<Candidate>();
        foreach (var c in candidates)
        {
            var overlaps = false;
            foreach (var k in chosen)
            {
                if (c.Start < k.End && k.Start < c.End)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                chosen.Add(c);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static readonly System.Buffers.SearchValues<string> UnitWords = System.Buffers.SearchValues.Create(
        ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> SeasonWords = System.Buffers.SearchValues.Create(
        ["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SetWords = System.Buffers.SearchValues.Create(
        ["every", "each", "per ", "once", "twice", "times", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> OffsetWords = System.Buffers.SearchValues.Create(
        ["ago", "earlier", "later", "from now", "hence", "before", "after"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> ReferenceWords = System.Buffers.SearchValues.Create(
        ["now", "current", "these days", "at present", "moment", "recent", "lately", "the past", "future", "term", "coming", "that ", "the same", "the next", "the following", "the previous", "quarter"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> HolidayWords = System.Buffers.SearchValues.Create(
        ["Thanksgiving", "Christmas", "New Year", "Easter", "Good Friday", "Election Day", "Independence Day", "Halloween", "Valentine", "Labor Day", "Labour Day", "Memorial Day", "Boxing Day"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> ClockWords = System.Buffers.SearchValues.Create(
        [":", "a.m", "p.m", "am", "pm", "noon", "midnight", "midday", "o'clock"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> RelativeDayWords = System.Buffers.SearchValues.Create(
        ["today", "yesterday", "tomorrow", "tonight", "last", "this"], StringComparison.OrdinalIgnoreCase);

    // Cheap tests on the sentence decide which patterns can match at all; most sentences have no time expression.
    private static void Collect(string s, List<Candidate> output)
    {
        var span = s.AsSpan();
        var hasDigit = span.IndexOfAnyInRange('0', '9') >= 0;
        var hasMonth = HasMonthWord(span);
        var hasUnit = span.IndexOfAny(UnitWords) >= 0;
        if (hasMonth)
        {
            CollectMonths(s, output);
        }

        if (hasDigit)
        {
            CollectNumeric(s, output);
        }

        if (hasUnit)
        {
            CollectUnits(s, output);
        }

        if (hasUnit || hasDigit)
        {
            foreach (Match m in QuarterExpression().Matches(s))
            {
                AddQuarter(m, output);
            }

            foreach (Match m in YearAgoExpression().Matches(s))
            {
                AddYearAgo(m, output);
            }
        }

        if (span.IndexOfAny(SeasonWords) >= 0)
        {
            if (!hasUnit)
            {
                foreach (Match m in RelativePeriod().Matches(s))
                {
                    AddRelativePeriod(s, m, output);
                }
            }

            foreach (Match m in SeasonExpression().Matches(s))
            {
                AddSeason(s, m, output);
            }
        }

        if (span.IndexOfAny(HolidayWords) >= 0)
        {
            foreach (Match m in HolidayExpression().Matches(s))
            {
                AddHoliday(m, output);
            }
        }

        if (span.IndexOfAny(ClockWords) >= 0)
        {
            foreach (Match m in ClockTime().Matches(s))
            {
                AddTime(s, m, output);
            }
        }

        if (span.IndexOfAny(SetWords) >= 0)
        {
            foreach (Match m in SetExpression().Matches(s))
            {
                AddSet(m, output);
            }
        }

        if (span.IndexOfAny(RelativeDayWords) >= 0)
        {
            foreach (Match m in RelativeDay().Matches(s))
            {
                AddRelativeDay(s, m, output);
            }
        }

        if (span.IndexOfAny(ReferenceWords) >= 0)
        {
            foreach (Match m in LatestQuarter().Matches(s))
            {
                // Business news: "the quarter" is the one the text is about, else (and "the latest quarter" always)
                // the last completed one.
                var latest = m.Length > "the quarter".Length;
                output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, ctx =>
                    !latest && ctx.QuarterReference is { } q ? QuarterValue(q.Year, q.Quarter) : QuarterValue(ctx.Dct.AddMonths(-3)), 5));
            }

            foreach (Match m in Reference().Matches(s))
            {
                AddReference(s, m, output);
            }
        }
    }

    // A month name or abbreviation at the start of a word.
    private static bool HasMonthWord(ReadOnlySpan<char> span)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            var i = span[offset..].IndexOfAny(MonthStarts);
            if (i < 0)
            {
                return false;
            }

            var at = offset + i;
            if (at == 0 || !char.IsLetter(span[at - 1]))
            {
                return true;
            }

            offset = at + 3;
        }

        return false;
    }

    private static void CollectMonths(string s, List<Candidate> output)
    {
        foreach (Match m in DayDate().Matches(s))
        {
            AddDayDate(s, m, output);
        }

        foreach (Match m in MonthExpression().Matches(s))
        {
            AddMonth(s, m, output);
        }
    }

    private static void CollectNumeric(string s, List<Candidate> output)
    {
        foreach (Match m in NumericDate().Matches(s))
        {
            AddNumericDate(m, output);
        }

        foreach (Match m in Year().Matches(s))
        {
            AddYear(s, m, output);
        }

        foreach (Match m in Decade().Matches(s))
        {
            var c = m.Groups["c"].Success ? m.Groups["c"].Value : "19";
            var d = m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value;
            var value = c + d;
            var start = m.Index;
            if (PhraseBefore(s, start, EarlyMidLate, out _) is var mod && mod >= 0)
            {
                start = mod;
            }

            if (PhraseBefore(s, start, The, out _) is var the && the >= 0)
            {
                start = the;
            }

            output.Add(new Candidate(start, m.Index + m.Length, TimexType.Date, _ => value, 5));
        }
    }

    private static void CollectUnits(string s, List<Candidate> output)
    {
        foreach (Match m in WeekdayExpression().Matches(s))
        {
            AddWeekday(s, m, output);
        }

        foreach (Match m in RelativePeriod().Matches(s))
        {
            AddRelativePeriod(s, m, output);
        }

        foreach (Match m in TheWeekend().Matches(s))
        {
            // The weekend just past, unless the clause is about the future.
            output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, ctx =>
            {
                var toSaturday = (IsoDayOfWeek(ctx.Dct) - 6 + 7) % 7;
                var saturday = IsFuture(ctx) && toSaturday != 0 ? ctx.Dct.AddDays(7 - toSaturday) : ctx.Dct.AddDays(-toSaturday);
                return WeekValue(saturday) + "-WE";
            }, 5));
        }

        if (s.AsSpan().IndexOfAny(OffsetWords) >= 0)
        {
            foreach (Match m in Offset().Matches(s))
            {
                AddOffset(s, m, output);
            }
        }

        foreach (Match m in Duration().Matches(s))
        {
            AddDuration(s, m, output);
        }
    }

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
        output.Add(new Candidate(start, end, TimexType.Date, ctx =>
        {
            var known = year ?? ctx.YearOnly;
            if (known is null && ctx.YearAnchor is null)
            {
                return day <= DateTime.DaysInMonth(2024, month) ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}") : null;
            }

            DateOnly? date = known is { } y ? TryDate(y, month, day) : ClosestDate(month, day, ctx.YearAnchor!.Value, IsFuture(ctx));
            return date is { } d ? Date(d) : null;
        }, 10));
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

    private static readonly string[] MonthTriggers =
        ["in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "from", "through", "before", "after", "to", "and", "or", "between", "on", "that", "past", "coming", "end", "start", "beginning", "middle", "for"];

    private static void AddMonth(string s, Match m, List<Candidate> output)
    {
        var monthText = m.Groups["mon"].Value;
        if (!char.IsUpper(monthText[0]))
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
                _ => ClosestYearForMonth(month, ctx.YearAnchor!.Value, IsFuture(ctx)),
            };
            return MonthValue(y, month);
        }, 8));
    }

    [GeneratedRegex("\\G,?\\s+(?<rel>last|this|next)\\s+year\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYearAfter();

    private static readonly string[] MonthModifiers =
        ["the beginning of", "the middle of", "the start of", "the end of", "beginning of", "start of", "end of", "early", "late", "mid"];

    private static readonly string[] MonthRelations = ["coming", "last", "next", "this", "past"];

    private static readonly string[] YearModifiers =
        ["the second half of", "the first half of", "the last half of", "the beginning of", "the middle of", "the start of", "the end of", "fiscal", "early", "late", "mid"];

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

    private static readonly string[] YearTriggers =
        ["the", "his", "her", "its", "their", "our", "a", "an", "this", "that", "s", "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "early", "late", "mid", "through", "to", "and", "or", "year", "fiscal", "for", "between", "end", "start", "beginning", "autumn", "spring", "summer", "winter", "fall", "around", "circa", "than", "season", "election", "census"];

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
        var modifierStart = PhraseBefore(s, m.Index, YearModifiers, out _);
        var triggered = modifierStart >= 0 || YearTriggers.Contains(previous)
            || (nextChar is ',' or '.' or ';' or ')' && prevChar is ' ' or '(' && previous.Length > 0 && char.IsLower(previous[0]) && previous is "in" or "of" or "since")
            || (prevChar == '(' && nextChar == ')');
        if (!triggered || prevChar is '$' or '#' || (prevChar == ' ' && m.Index > 1 && s[m.Index - 2] is '$'))
        {
            return;
        }

        var value = YearValue(year);
        output.Add(new Candidate(modifierStart >= 0 ? modifierStart : m.Index, end, TimexType.Date, _ => value, 4));
    }

    [GeneratedRegex("\\b(?:said|says|told|announced|reported|added|stated|noted|was|were|had|did)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();

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
        foreach (var m in FutureMarker().EnumerateMatches(before))
        {
            lastFuture = m.Index + m.Length;
        }

        if (lastFuture >= 0)
        {
            foreach (var _ in PastMarker().EnumerateMatches(before[lastFuture..]))
            {
                return false;
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

    private static string DurationValue(decimal? amount, string code)
    {
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

    private static void AddDuration(string s, Match m, List<Candidate> output)
    {
        var unitText = m.Groups["u"].Value;
        if (unitText.Equals("second", StringComparison.OrdinalIgnoreCase))
        {
            return; // "the 1988 second quarter": an ordinal, not a unit
        }

        // Read backwards from the unit: number (or a range "two to three"), then "the past"-style words, then a modifier.
        var numberStart = NumberBefore(s, m.Index, out var number);
        var hasNumber = numberStart >= 0;
        var start = hasNumber ? numberStart : m.Index;
        if (hasNumber && PhraseBefore(s, numberStart, ToOr, out _) is var to && to >= 0 && NumberBefore(s, to, out _) is var first && first >= 0)
        {
            start = first;
        }

        string? pre = null;
        if (PhraseBefore(s, start, DurationPre, out var preText) is var preStart && preStart >= 0)
        {
            pre = preText!.ToLowerInvariant();
            start = preStart;
        }
        else if (hasNumber && (char.IsDigit(number![0]) || Array.IndexOf(TheNumbers, number.ToLowerInvariant()) >= 0)
            && PhraseBefore(s, start, The, out _) is var the && the >= 0)
        {
            pre = "the";
            start = the;
        }

        if (pre is null && PhraseBefore(s, start, DurationModifiers, out _) is var mod && mod >= 0)
        {
            start = mod;
        }

        var previous = PreviousWord(s, start).ToLowerInvariant();
        var code = UnitCode(unitText);
        var plural = unitText.EndsWith('s') || unitText.EndsWith("ies", StringComparison.OrdinalIgnoreCase);
        var numberText = number?.ToLowerInvariant();
        decimal? amount = numberText is null ? (plural ? null : 1) : ParseNumber(numberText);
        if (numberText is "a" or "an" && plural)
        {
            return;
        }

        // "the next day", "the previous day": a day of the narrative (a date), not a length of time.
        if (!hasNumber && !plural && code is "D" or "N" && pre is "the next" or "the following" or "the previous")
        {
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

        if (numberText is "a" or "an" && pre is null && !m.Groups["long"].Success
            && previous is not ("for" or "in" or "over" or "within" or "than" or "about" or "nearly" or "almost" or "least" or "after"))
        {
            return; // "a day" alone is weak
        }

        if (numberText is "some" or "many" && pre is null && previous is not ("for" or "in" or "over" or "within" or "after"))
        {
            return;
        }

        var value = DurationValue(amount, code);
        output.Add(new Candidate(start, m.Index + m.Length, TimexType.Duration, _ => value, 6));
    }

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

    // The candidate nearest the DCT; news mostly reports the past, so a later date counts 1.6 times its distance
    // unless the clause is about the future (the same weighting as dates without a year).
    private static DateOnly ClosestOf(DateOnly anchor, bool future, params ReadOnlySpan<DateOnly> candidates)
    {
        var best = candidates[0];
        var bestDistance = double.MaxValue;
        foreach (var candidate in candidates)
        {
            var delta = candidate.DayNumber - anchor.DayNumber;
            var distance = delta < 0 ? -delta * (future ? 1.6 : 1.0) : delta * (future ? 1.0 : 1.6);
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

        Func<Context, string?> value = w switch
        {
            "now" or "currently" or "nowadays" or "these days" or "at present" or "at the moment" or "right now" => _ => "PRESENT_REF",
            "recently" or "lately" or "the past" => _ => "PAST_REF",
            "the future" => _ => "FUTURE_REF",
            "the same day" or "that day" => ctx => ctx.LastDate is { } d ? Date(d) : null,
            "the next day" or "the following day" => ctx => ctx.LastDate is { } d ? Date(d.AddDays(1)) : null,
            "the previous day" => ctx => ctx.LastDate is { } d ? Date(d.AddDays(-1)) : null,
            "that night" => ctx => ctx.LastDate is { } d ? Date(d) + "TNI" : null,
            "that week" => ctx => ctx.LastDate is { } d ? WeekValue(d) : null,
            "that month" => ctx => ctx.LastDate is { } d ? MonthValue(d) : null,
            "that year" => ctx => ctx.LastDate is { } d ? YearValue(d.Year) : null,
            // "in recent weeks": a stretch of unknown length up to now, as TimeBank marks it (PXW).
            _ when w.StartsWith("recent ", StringComparison.Ordinal) => _ => DurationValue(null, UnitCode(w["recent ".Length..])),
            "the near future" or "the near term" or "the short term" or "the long term" => _ => "FUTURE_REF",
            _ when w.StartsWith("in the coming", StringComparison.Ordinal) => _ => "FUTURE_REF",
            _ => _ => null,
        };
        if (w.StartsWith("that ", StringComparison.Ordinal) || w == "the same day")
        {
            // "earlier that day", "later that year": the same period of the narrative.
            start = PhraseBefore(s, start, EarlierLater, out _) is var shifted and >= 0 ? shifted : start;
        }

        var type = w.Contains("night", StringComparison.Ordinal) ? TimexType.Time
            : w.StartsWith("recent ", StringComparison.Ordinal) ? TimexType.Duration : TimexType.Date;
        output.Add(new Candidate(start, end, type, value, 3));
    }
}
