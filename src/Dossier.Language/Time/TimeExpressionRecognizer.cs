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
/// <remarks>
/// The parts: this file collects candidates per sentence and resolves them in order (the narrative state lives in
/// <c>Context</c>); TimexPatterns.cs holds the patterns and word lists, CalendarDates.cs the named dates, months, years,
/// quarters and seasons, RelativeDates.cs the weekdays and expressions relative to the DCT or narrative,
/// DurationsTimesSets.cs the durations, clock times and sets, PhraseScanning.cs the helpers that widen spans.
/// </remarks>
public sealed partial class TimeExpressionRecognizer : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "timexes";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.CreationTime];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Timexes];

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
        /// True when the DCT is a guess (<see cref="DocumentDate.IsGuess"/>): then a date without a year keeps its
        /// year unknown (XXXX-04-24)
        /// unless the narrative has named a dated day to anchor it.
        /// </summary>
        public bool DctIsGuess;

        /// <summary>The last year the narrative named ("in 2019"), for year-less dates when the DCT is a guess.</summary>
        public int? NarrativeYear;

        /// <summary>The last month the narrative named, with a day or without ("in June 1998", "on May 3").</summary>
        public (int Year, int Month)? NarrativeMonth;

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
        var context = new Context { Dct = dct, Sentence = string.Empty, DctIsGuess = creationTime.IsGuess };
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
            if (IsQuotedTitle(s, c.Start, c.End) || c.Value(context) is not { } value)
            {
                continue;
            }

            var start = c.Start;
            if (c.Type == TimexType.Date && value.Length == 10 && PhraseBefore(s, c.Start, DayRelations, out var relation) is var relationStart and >= 0
                && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                // "the week of March 6" is that week; "the day before last Tuesday" the day before it.
                var lower = relation!.ToLowerInvariant();
                value = lower.EndsWith("week of", StringComparison.Ordinal) ? WeekValue(day)
                    : Date(day.AddDays(lower.EndsWith("before", StringComparison.Ordinal) ? -1 : 1));
                start = relationStart;
            }

            // "10 p.m. Wednesday", "noon Thursday": a clock time followed by its day is one expression.
            if (c.Type == TimexType.Date && value.Length == 10 && list.Count > 0 && list[^1] is { Type: TimexType.Time } previous
                && previous.Value.Length > 11 && previous.Value[10] == 'T' && IsJoiner(s.AsSpan(previous.End, c.Start - previous.End)))
            {
                list[^1] = new Timex(previous.Start, c.End, TimexType.Time, value + previous.Value[10..]);
            }
            else
            {
                list.Add(new Timex(start, c.End, c.Type, value));
            }

            if (c.Type == TimexType.Date && value.Length >= 4 && char.IsDigit(value[0]) && char.IsDigit(value[3]) && (value.Length == 4 || value[4] == '-'))
            {
                context.NarrativeYear = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
                if (value.Length is 7 or 10 && char.IsDigit(value[5]) && char.IsDigit(value[6]) && (value.Length == 7 || value[7] == '-'))
                {
                    context.NarrativeMonth = (context.NarrativeYear.Value, int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture));
                }
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

    // ABC's "This Week", CBS's "60 Minutes": a quoted title whose last word is a unit written with a capital.
    private static bool IsQuotedTitle(string s, int start, int end)
    {
        if (start == 0 || s[start - 1] is not ('"' or '\u201C' or '\'' or '`') || end - start < 4)
        {
            return false;
        }

        var lastWord = start;
        for (var i = start; i < end; i++)
        {
            if (s[i] == ' ')
            {
                lastWord = i + 1;
            }
            else if (i == start || s[i - 1] == ' ')
            {
                if (!char.IsUpper(s[i]) && !char.IsDigit(s[i]))
                {
                    return false;
                }
            }
        }

        return lastWord > start && s.AsSpan(lastWord, end - lastWord).IndexOfAny(UnitWords) == 0;
    }

    private static readonly string[] DayRelations = ["the week of", "the day before", "the day after", "day before", "day after"];

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

        if (span.IndexOfAny(EraWords) >= 0)
        {
            CollectCenturiesAndDecades(s, output);
        }

        if (span.IndexOfAny(SpelledYearWords) >= 0)
        {
            foreach (Match m in SpelledYear().Matches(s))
            {
                AddSpelledYear(s, m, output);
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
                // "the latest period" is the quarter the report is about, like "the quarter".
                var latest = m.Length > "the quarter".Length && !m.ValueSpan.EndsWith("period", StringComparison.Ordinal);
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
}
