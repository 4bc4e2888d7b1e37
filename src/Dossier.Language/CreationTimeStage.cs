using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Decides the document creation time (DCT) against which relative expressions are resolved, in this order: the
/// user's date; the source's published metadata; a date near the start of the text (a dateline or "May 12, 2026",
/// "12 May 2026", "2026-05-12"); a month and year near the start ("February 2022", taken as the 1st); the ingest day.
/// </summary>
public sealed class CreationTimeStage : IDocumentStage
{
    /// <summary>How far into the text a date is still taken for the document's own date.</summary>
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
        var window = Math.Min(text.Length, SearchWindow);
        foreach (var match in TemporalText.FullDate().EnumerateMatches(text.AsSpan(0, window)))
        {
            if (document.IsExcluded(new TextSpan(match.Index, match.Index + match.Length)))
            {
                continue;
            }

            var m = TemporalText.FullDate().Match(text, match.Index, match.Length);
            if (TemporalText.ParseFullDate(m) is { } date)
            {
                var kind = IsDateline(text, match.Index) ? "dateline" : "date in the text";
                return new DocumentDate(date, DateOrigin.Text, $"{kind} '{m.Value}'");
            }
        }

        foreach (var match in TemporalText.MonthYear().EnumerateMatches(text.AsSpan(0, window)))
        {
            if (document.IsExcluded(new TextSpan(match.Index, match.Index + match.Length)))
            {
                continue;
            }

            var m = TemporalText.MonthYear().Match(text, match.Index, match.Length);
            var month = TemporalText.Month(m.Groups["m"].Value);
            var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new DocumentDate(new DateOnly(year, month, 1), DateOrigin.Text, $"month in the text '{m.Value}', taken as the 1st");
        }

        return new DocumentDate(_today, DateOrigin.IngestDay, "ingest day (no date found)");
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

        return prefix.Length < 40 && prefix[^1] is ',' or '\u2014' or '-' or '|' && char.IsUpper(prefix[0]);
    }
}
