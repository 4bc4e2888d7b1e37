using Dossier.Stories.Text;

namespace Dossier.Briefing;

/// <summary>
/// The evidence behind a copy relation: the copy's sentences that state what a sentence of the original states,
/// each with the original's sentence and their similarity, best first.
/// </summary>
internal static class CopyEvidenceFinder
{
    /// <summary>Most pairs listed per copy (the relation's own count says how many there are in all).</summary>
    public const int MaxPairs = 5;

    public static IReadOnlyList<CopyEvidence>? Of(Corpus corpus, SourceDoc source, double threshold)
    {
        if (source.Copy is not { } copy || !corpus.ById.TryGetValue(copy.OriginalId, out var original))
        {
            return null;
        }

        var pairs = new List<(Candidate Copy, Candidate Original, double Score)>();
        foreach (var sentence in source.Sentences)
        {
            Candidate? best = null;
            var bestScore = threshold;
            foreach (var other in original.Sentences)
            {
                var score = string.Equals(sentence.Text, other.Text, StringComparison.Ordinal) ? 1.0 : SentenceSimilarity.Score(sentence.Profile, other.Profile);
                if (score >= bestScore && (best is null || score > bestScore))
                {
                    (best, bestScore) = (other, score);
                }
            }

            if (best is not null)
            {
                pairs.Add((sentence, best, bestScore));
            }
        }

        return pairs
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Copy.Position)
            .Take(MaxPairs)
            .OrderBy(p => p.Copy.Position)
            .Select(p => new CopyEvidence(Corpus.ToCitation(p.Copy), Corpus.ToCitation(p.Original), Math.Round(p.Score, 4)))
            .ToList();
    }
}
