using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Decides the document creation time (DCT) against which relative expressions are resolved, in this order:
/// <list type="number">
/// <item>the user's date; the source's published metadata;</item>
/// <item>a dateline ("MARVIK, May 12, 2026 —", "Published 12 May 2026") near the start;</item>
/// <item>a year cue: "three years after the February 2022 invasion" dates the text to 2025-02, while "February 2022"
/// itself is an event, not the text's date;</item>
/// <item>a full date read together with a relative word in its sentence ("yesterday, May 11, 2026" → May 12);</item>
/// <item>the latest full date in the text (news is written on or after the events it reports), moved forward to the
/// weekday the lede names when that weekday follows it within a week ("on Monday" after "Friday, May 8");</item>
/// <item>the latest month and year named (a lower bound, taken as the 1st);</item>
/// <item>the ingest day.</item>
/// </list>
/// Every estimate records how it was derived. In a corpus, <see cref="CorpusCreationTime"/> can later replace an
/// ingest-day guess with the date of sibling articles about the same events.
/// </summary>
public sealed partial class CreationTimeStage : IDocumentStage
{
    /// <summary>How far into the text a date is still taken for a dateline.</summary>
    public const int SearchWindow = 1500;

    private readonly DateOnly? _userDate;
    private readonly DateOnly _today;

    /// <summary>Creates the stage.</summary>
    /// <param name="userDct">A date the user gave for every document (wins over everything else), or null.</param>
    /// <param name="today">The ingest day, used when nothing else gives a date.</param>
    public CreationTimeStage(DateOnly? userDct, DateOnly today)
    {
        _userDate = userDct;
        _today = today;
    }

    /// <inheritdoc/>
    public string Name => "dct";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.CreationTime];

    // "three years after the February 2022 invasion", "two years since 2023", "18 months after the March 2024 vote".
    [GeneratedRegex("\\b(?<n>" + TemporalText.NumberWords + ")\\s+(?<u>years?|months?)\\s+(?:after|since)\\s+(?:the\\s+)?(?:(?<m>" + TemporalText.MonthNames + ")\\.?\\s+)?(?<y>(?:19|20)\\d\\d)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex YearCue();

    [GeneratedRegex("\\b(?<w>yesterday|today|tomorrow|last night|tonight)\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDayWord();

    [GeneratedRegex("\\b(?:on\\s+)?(?<wd>" + TemporalText.FullWeekdayNames + ")\\b(?!,?\\s+(?:" + TemporalText.MonthNames + "|\\d))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareWeekday();

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.CreationTime, Decide(document));
    }

    private DocumentDate Decide(Document document)
    {
        if (_userDate is { } user)
        {
            return new DocumentDate(user, DateOrigin.User, "given by the user");
        }

        if (document.Metadata.Published is { } published)
        {
            return new DocumentDate(DateOnly.FromDateTime(published.DateTime), DateOrigin.Metadata, "published metadata");
        }

        var text = document.Text;
        var dates = FullDates(document);
        foreach (var (date, index, length) in dates)
        {
            if (index >= SearchWindow)
            {
                break;
            }

            if (IsDateline(text, index))
            {
                return new DocumentDate(date, DateOrigin.Text, $"dateline '{text.Substring(index, length)}'");
            }
        }

        if (FromYearCue(document) is { } cued)
        {
            return cued;
        }

        if (FromRelativeWord(text, dates) is { } relative)
        {
            return relative;
        }

        if (dates.Count > 0)
        {
            var latest = dates.MaxBy(d => d.Date);
            var quoted = text.Substring(latest.Index, latest.Length);
            if (LedeWeekday(text) is { } weekday)
            {
                var ahead = (weekday - TemporalText.IsoDayOfWeek(latest.Date) + 7) % 7;
                if (ahead > 0)
                {
                    return new DocumentDate(latest.Date.AddDays(ahead), DateOrigin.Text,
                        $"latest date in the text '{quoted}', moved to the lede's {CultureInfo.InvariantCulture.DateTimeFormat.GetDayName((DayOfWeek)(weekday % 7))}");
                }
            }

            return new DocumentDate(latest.Date, DateOrigin.Text, $"latest date in the text '{quoted}'");
        }

        DateOnly? month = null;
        string? monthText = null;
        foreach (Match m in TemporalText.MonthYear().Matches(text))
        {
            if (document.IsExcluded(new TextSpan(m.Index, m.Index + m.Length)))
            {
                continue;
            }

            var candidate = new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), TemporalText.Month(m.Groups["m"].Value), 1);
            if (month is null || candidate > month)
            {
                month = candidate;
                monthText = m.Value;
            }
        }

        if (month is { } latestMonth)
        {
            return new DocumentDate(latestMonth, DateOrigin.Text, $"{DocumentDate.MonthLowerBound} '{monthText}', taken as the 1st (a lower bound)");
        }

        return new DocumentDate(_today, DateOrigin.IngestDay, "ingest day (no date found)");
    }

    private static List<(DateOnly Date, int Index, int Length)> FullDates(Document document)
    {
        var text = document.Text;
        var result = new List<(DateOnly, int, int)>();
        foreach (Match m in TemporalText.FullDate().Matches(text))
        {
            if (document.IsExcluded(new TextSpan(m.Index, m.Index + m.Length)) || TemporalText.ParseFullDate(m) is not { } date)
            {
                continue;
            }

            // Weekday consistency: "Monday, May 12, 2026" where May 12 is a Tuesday is garbled; do not trust it.
            if (WeekdayBefore(text, m.Index) is { } weekday && weekday != TemporalText.IsoDayOfWeek(date))
            {
                continue;
            }

            result.Add((date, m.Index, m.Length));
        }

        return result;
    }

    private static int? WeekdayBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var day = start < end ? TemporalText.Weekday(text[start..end]) : 0;
        return day > 0 ? day : null;
    }

    private static DocumentDate? FromYearCue(Document document)
    {
        foreach (Match m in YearCue().Matches(document.Text))
        {
            if (document.IsExcluded(new TextSpan(m.Index, m.Index + m.Length)) || TemporalText.ParseNumber(m.Groups["n"].Value) is not { } amount
                || amount != Math.Floor(amount) || amount is < 1 or > 100)
            {
                continue;
            }

            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = m.Groups["m"].Success ? TemporalText.Month(m.Groups["m"].Value) : 1;
            var start = new DateOnly(year, month, 1);
            var date = m.Groups["u"].Value.StartsWith("year", StringComparison.OrdinalIgnoreCase)
                ? start.AddYears((int)amount)
                : start.AddMonths((int)amount);
            return new DocumentDate(date, DateOrigin.Text, $"year cue '{m.Value}'");
        }

        return null;
    }

    // "Rebels attacked the town yesterday, May 11, 2026": the relative word dates the text from the full date.
    private static DocumentDate? FromRelativeWord(string text, List<(DateOnly Date, int Index, int Length)> dates)
    {
        foreach (var (date, index, length) in dates)
        {
            var (start, end) = SentenceAround(text, index, index + length);
            foreach (Match m in RelativeDayWord().Matches(text[start..end]))
            {
                var offset = m.Groups["w"].Value.ToLowerInvariant() switch
                {
                    "yesterday" or "last night" => 1,
                    "tomorrow" => -1,
                    _ => 0,
                };
                return new DocumentDate(date.AddDays(offset), DateOrigin.Text,
                    $"'{m.Value}' in the sentence naming '{text.Substring(index, length)}'");
            }
        }

        return null;
    }

    private static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && text[s - 1] is not ('\n' or '!' or '?') && !(text[s - 1] == '.' && s < text.Length && char.IsWhiteSpace(text[s])))
        {
            s--;
        }

        var e = end;
        while (e < text.Length && text[e] is not ('\n' or '!' or '?') && !(text[e] == '.' && (e + 1 == text.Length || char.IsWhiteSpace(text[e + 1]))))
        {
            e++;
        }

        return (s, e);
    }

    // The first bare weekday of the lede (its first two sentences), which news uses for the day of the latest event.
    private static int? LedeWeekday(string text)
    {
        var end = 0;
        for (var i = 0; i < 2 && end < text.Length; i++)
        {
            end = SentenceAround(text, end, end).End + 1;
        }

        var m = BareWeekday().Match(text, 0, Math.Min(end, text.Length));
        return m.Success ? TemporalText.Weekday(m.Groups["wd"].Value) : null;
    }

    // A dateline: the date follows a capitalised place and a comma at the start of a line, or a "Published" label.
    private static bool IsDateline(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var prefix = text.AsSpan(lineStart, index - lineStart).Trim();
        if (prefix.IsEmpty)
        {
            return true;
        }

        if (prefix.StartsWith("Published", StringComparison.OrdinalIgnoreCase) || prefix.StartsWith("Updated", StringComparison.OrdinalIgnoreCase)
            || prefix.StartsWith("Posted", StringComparison.OrdinalIgnoreCase) || prefix.StartsWith("Date", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return prefix.Length < 40 && prefix[^1] is ',' or '\u2014' or '-' or '|' && IsPlaceLine(prefix);
    }

    // "MARVIK,", "Kyiv, Ukraine (AP) —": every word capitalised, as a place (and agency) is; a clause is not.
    private static bool IsPlaceLine(ReadOnlySpan<char> prefix)
    {
        var wordStart = true;
        foreach (var c in prefix)
        {
            if (wordStart && char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }

            wordStart = !char.IsLetter(c) && c != '\'' && c != '.';
        }

        return true;
    }
}
