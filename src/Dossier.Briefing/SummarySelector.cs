using Dossier.Stories.Text;

namespace Dossier.Briefing;

/// <summary>
/// Picks summary sentences by maximal marginal relevance (Carbonell and Goldstein, 1998): the best-scored sentence
/// first, then each next one trading its score against its similarity to those already chosen. Sentences that
/// restate a chosen one (also across paraphrased copies) are never taken.
/// </summary>
internal sealed class SummarySelector(Corpus corpus, BriefingOptions options)
{
    public List<CitedSentence> Select()
    {
        var pool = corpus.AllSentences
            .Where(s => s.SummaryWorthy && !s.CoveredByOriginal)
            .OrderBy(s => s.Source.Rank)
            .ThenBy(s => s.Position)
            .ToList();
        var selected = new List<Candidate>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var wanted = Math.Max(0, options.SummarySentences);
        while (selected.Count < wanted)
        {
            Candidate? best = null;
            var bestValue = double.NegativeInfinity;
            foreach (var candidate in pool)
            {
                var redundancy = 0.0;
                var redundant = false;
                foreach (var chosen in selected)
                {
                    var same = SentenceSimilarity.Score(candidate.Profile, chosen.Profile);
                    var cosine = candidate.Cosine(chosen);
                    if (same >= options.SameStatementThreshold || cosine >= 0.6)
                    {
                        redundant = true;
                        break;
                    }

                    redundancy = Math.Max(redundancy, Math.Max(same, cosine));
                }

                if (redundant)
                {
                    continue;
                }

                // Entity coverage: a small bonus for prominent entities no chosen sentence mentions yet.
                var fresh = candidate.EntityIds.Count(id => corpus.EntityRank(id) < 10 && !covered.Contains(id));
                var value = (options.MmrLambda * candidate.Score) - ((1 - options.MmrLambda) * redundancy) + (0.05 * Math.Min(fresh, 3));
                if (value > bestValue)
                {
                    best = candidate;
                    bestValue = value;
                }
            }

            if (best is null)
            {
                break;
            }

            selected.Add(best);
            covered.UnionWith(best.EntityIds);
            pool.Remove(best);
        }

        return selected
            .OrderBy(s => s.Source.Rank)
            .ThenBy(s => s.Position)
            .Select(s =>
            {
                var (citations, support, supporting) = Corpus.Cite(s, corpus.SameStatements(s));
                return new CitedSentence(s.Text, citations, supporting, support, null);
            })
            .ToList();
    }
}
