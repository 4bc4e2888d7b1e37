namespace Dossier.Briefing;

/// <summary>
/// Makes one quote of the same words quoted in several places: direct quotes whose words mostly coincide (after
/// case, punctuation and inflection are set aside, so a re-punctuated, trimmed or machine-translated copy still
/// matches) are one quote with every occurrence. When the occurrences give the words to different speakers (different
/// entities, or different surnames where no entity is known), the quote carries a possible misattribution.
/// </summary>
internal static class QuoteGrouper
{
    // Two quotes are the same words when this share of the shorter one's words is in the longer one. Containment
    // (not Jaccard) because a source often quotes only part of what another quotes.
    private const double Containment = 0.6;

    // Below this many distinct words a quote is a phrase ("a disaster"), which many speakers use independently.
    private const int MinimumWords = 4;

    public static List<BriefingQuote> Group(IReadOnlyList<BriefingQuote> quotes)
    {
        var keys = quotes.Select(q => q.Direct ? Words(q.Text) : []).ToList();
        var parent = Enumerable.Range(0, quotes.Count).ToArray();
        // Candidates share a rare-ish word: an inverted index keeps this near-linear for many quotes.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            if (keys[i].Count < MinimumWords)
            {
                continue;
            }

            var candidates = new HashSet<int>();
            foreach (var word in keys[i])
            {
                if (postings.TryGetValue(word, out var list))
                {
                    candidates.UnionWith(list);
                }
                else
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }

            foreach (var j in candidates)
            {
                if (SameWords(keys[i], keys[j]))
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(i);
        }

        var result = new List<BriefingQuote>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var members = groups[Find(parent, i)];
            if (members[0] != i)
            {
                continue; // reported with the group's first occurrence
            }

            if (members.Count == 1)
            {
                result.Add(quotes[i]);
                continue;
            }

            var occurrences = members.Select(m => quotes[m]).Select(q => new QuoteOccurrence(q.Source, q.Start, q.End, q.Text, q.SpeakerName, q.SpeakerId)).ToList();
            result.Add(quotes[i] with { Occurrences = occurrences, PossibleMisattribution = Misattribution(occurrences) });
        }

        return result;
    }

    /// <summary>True when two quotes are the same words (see <see cref="Containment"/>).</summary>
    public static bool SameWords(string a, string b) => SameWords(Words(a), Words(b));

    private static bool SameWords(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < MinimumWords)
        {
            return false;
        }

        var shared = small.Count(large.Contains);
        return shared >= MinimumWords && shared >= Containment * small.Count;
    }

    private static QuoteMisattribution? Misattribution(List<QuoteOccurrence> occurrences)
    {
        var speakers = new List<(QuoteOccurrence First, List<Citation> Citations)>();
        foreach (var o in occurrences.Where(o => o.SpeakerName is not null || o.SpeakerId is not null))
        {
            var same = speakers.FindIndex(s => SameSpeaker(s.First, o));
            if (same < 0)
            {
                speakers.Add((o, []));
                same = speakers.Count - 1;
            }

            speakers[same].Citations.Add(new Citation(o.Source, o.Start, o.End));
        }

        return speakers.Count < 2
            ? null
            : new QuoteMisattribution([.. speakers.Select(s => new AttributedSpeaker(s.First.SpeakerName, s.First.SpeakerId, s.Citations))]);
    }

    // The same entity, or names of which one contains the other ("Korsgaard", "Lena Korsgaard"): a grouping miss across
    // documents must not look like a misattribution, while "Bill Clinton" and "Hillary Clinton" stay two speakers.
    private static bool SameSpeaker(QuoteOccurrence a, QuoteOccurrence b)
    {
        if (a.SpeakerId is not null && a.SpeakerId == b.SpeakerId)
        {
            return true;
        }

        if (a.SpeakerName is null || b.SpeakerName is null)
        {
            return a.SpeakerName is null && b.SpeakerName is null;
        }

        var x = NameWords(a.SpeakerName);
        var y = NameWords(b.SpeakerName);
        return x.Count <= y.Count ? x.IsSubsetOf(y) : y.IsSubsetOf(x);
    }

    private static HashSet<string> NameWords(string name) =>
        new(name.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    // Lower-cased words of three or more letters, cut to five letters: "negotiations"/"negotiated" and
    // "agreement"/"agreements" meet, so inflection changes of a translation do not split a quote.
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i - start >= 3)
            {
                var word = text.Substring(start, Math.Min(5, i - start)).ToLowerInvariant();
                words.Add(word);
            }
        }

        return words;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
