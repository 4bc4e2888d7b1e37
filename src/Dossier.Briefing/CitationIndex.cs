using System.Globalization;

namespace Dossier.Briefing;

/// <summary>Numbers the sources of a briefing (1-based, in the briefing's order) and collects the ranges each one has cited.</summary>
internal sealed class CitationIndex
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<(int Start, int End)>> _ranges = new(StringComparer.Ordinal);

    public CitationIndex(Briefing briefing)
    {
        for (var i = 0; i < briefing.Sources.Count; i++)
        {
            _numbers.TryAdd(briefing.Sources[i].Id, i + 1);
        }

        foreach (var citation in AllCitations(briefing))
        {
            if (!_ranges.TryGetValue(citation.Source, out var set))
            {
                set = [];
                _ranges[citation.Source] = set;
            }

            set.Add((citation.Start, citation.End));
        }
    }

    /// <summary>The number of a source, or 0 when the briefing does not list it.</summary>
    public int NumberOf(string id) => _numbers.GetValueOrDefault(id);

    /// <summary>The cited ranges of a source, in text order.</summary>
    public IReadOnlyCollection<(int Start, int End)> RangesOf(string id) =>
        _ranges.TryGetValue(id, out var set) ? set : [];

    public static string Range(int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{start}\u2013{end}");

    private static IEnumerable<Citation> AllCitations(Briefing briefing)
    {
        foreach (var item in briefing.Summary)
        {
            foreach (var c in item.Citations.Concat(item.Support))
            {
                yield return c;
            }
        }

        foreach (var entry in briefing.Timeline)
        {
            foreach (var c in entry.Citations.Concat(entry.Support))
            {
                yield return c;
            }
        }

        foreach (var quote in briefing.Quotes)
        {
            yield return new Citation(quote.Source, quote.Start, quote.End);
            foreach (var o in quote.Occurrences)
            {
                yield return new Citation(o.Source, o.Start, o.End);
            }
        }

        foreach (var item in briefing.Faq.SelectMany(f => f.Answer))
        {
            foreach (var c in item.Citations.Concat(item.Support))
            {
                yield return c;
            }
        }

        foreach (var claim in briefing.Contradictions.SelectMany(c => c.Claims))
        {
            foreach (var c in claim.Citations)
            {
                yield return c;
            }
        }
    }
}
