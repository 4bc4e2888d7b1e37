namespace Dossier.Stories.Text;

/// <summary>
/// An inverted index over sentence profiles that finds the sentences similar to a query without comparing it with
/// every sentence: shared terms are counted through the postings, and only sentences whose term overlap can still
/// reach the threshold are scored in full.
/// </summary>
public sealed class SentenceIndex
{
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<SentenceProfile> _profiles = [];
    private int[] _counts = [];

    /// <summary>Number of indexed sentences.</summary>
    public int Count => _profiles.Count;

    /// <summary>The profile of an indexed sentence.</summary>
    public SentenceProfile this[int id] => _profiles[id];

    /// <summary>Adds a sentence; returns its id (0, 1, 2, ... in order of addition).</summary>
    public int Add(SentenceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var id = _profiles.Count;
        _profiles.Add(profile);
        foreach (var term in profile.Terms)
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                list = [];
                _postings[term] = list;
            }

            list.Add(id);
        }

        return id;
    }

    /// <summary>
    /// The indexed sentences whose <see cref="SentenceSimilarity.Score(SentenceProfile, SentenceProfile)"/> with
    /// <paramref name="query"/> is at least <paramref name="threshold"/>, in id order. Not thread-safe.
    /// </summary>
    public List<(int Id, double Score)> Similar(SentenceProfile query, double threshold, Func<int, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_counts.Length < _profiles.Count)
        {
            _counts = new int[Math.Max(_profiles.Count, 2 * _counts.Length)];
        }

        var touched = new List<int>();
        foreach (var term in query.Terms)
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                continue;
            }

            foreach (var id in list)
            {
                if (_counts[id]++ == 0)
                {
                    touched.Add(id);
                }
            }
        }

        // Score = w * termDice + (1 - w) * gramDice with gramDice <= 1, so termDice must reach this bound.
        var minTermDice = (threshold - (1 - SentenceSimilarity.TermWeight)) / SentenceSimilarity.TermWeight;
        var result = new List<(int, double)>();
        touched.Sort();
        foreach (var id in touched)
        {
            var shared = _counts[id];
            _counts[id] = 0;
            var profile = _profiles[id];
            var termDice = 2.0 * shared / (query.TermCount + profile.TermCount);
            if (termDice < minTermDice || (include is not null && !include(id)))
            {
                continue;
            }

            // Upper bound of the trigram coefficient from the set sizes alone, before the merge.
            var (gramsA, gramsB) = (query.Grams.Length, profile.Grams.Length);
            var gramBound = gramsA + gramsB == 0 ? 0 : 2.0 * Math.Min(gramsA, gramsB) / (gramsA + gramsB);
            var w = SentenceSimilarity.TermWeight;
            if ((w * termDice) + ((1 - w) * gramBound) < threshold)
            {
                continue;
            }

            var score = (w * termDice) + ((1 - w) * SentenceSimilarity.GramDice(query, profile));
            if (score >= threshold)
            {
                result.Add((id, score));
            }
        }

        return result;
    }
}
