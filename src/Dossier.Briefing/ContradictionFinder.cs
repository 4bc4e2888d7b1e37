using Dossier.Stories.Claims;

namespace Dossier.Briefing;

/// <summary>
/// Finds sentences of different sources that count the same thing ("40 prisoners" / "45 prisoners") with
/// different numbers while the rest of the sentences agree enough to be about the same event.
/// </summary>
internal static class ContradictionFinder
{
    public static List<Contradiction> Find(Corpus corpus, BriefingOptions options)
    {
        var claimed = new List<(Candidate Sentence, IReadOnlyList<NumberClaim> Claims)>();
        foreach (var sentence in corpus.AllSentences.Where(s => s.TimelineWorthy))
        {
            var claims = NumberClaims.Extract(sentence.Text);
            if (claims.Count > 0)
            {
                claimed.Add((sentence, claims));
            }
        }

        // Edges between sentences that contradict each other, per counted word.
        var edges = new SortedDictionary<string, List<(int A, int B)>>(StringComparer.Ordinal);
        for (var i = 0; i < claimed.Count; i++)
        {
            for (var j = i + 1; j < claimed.Count; j++)
            {
                var (a, claimsA) = claimed[i];
                var (b, claimsB) = claimed[j];
                if (ReferenceEquals(a.Source, b.Source) || ContextSimilarity(a, b) < options.ContradictionContext)
                {
                    continue;
                }

                foreach (var head in claimsA.Select(c => c.Head).Intersect(claimsB.Select(c => c.Head), StringComparer.Ordinal))
                {
                    var valuesA = claimsA.Where(c => c.Head == head).Select(c => c.Value).ToHashSet();
                    var valuesB = claimsB.Where(c => c.Head == head).Select(c => c.Value).ToHashSet();
                    if (!valuesA.Overlaps(valuesB))
                    {
                        if (!edges.TryGetValue(head, out var list))
                        {
                            list = [];
                            edges[head] = list;
                        }

                        list.Add((i, j));
                    }
                }
            }
        }

        var result = new List<(Contradiction Item, int Rank, int Position)>();
        foreach (var (head, list) in edges)
        {
            // Sentences joined by contradiction edges, and every sentence that agrees with one of them, form one conflict.
            var members = new SortedSet<int>(list.SelectMany(e => new[] { e.A, e.B }));
            for (var k = 0; k < claimed.Count; k++)
            {
                if (!members.Contains(k) && claimed[k].Claims.Any(c => c.Head == head)
                    && members.Any(m => !ReferenceEquals(claimed[m].Sentence.Source, claimed[k].Sentence.Source)
                                        && ContextSimilarity(claimed[m].Sentence, claimed[k].Sentence) >= options.ContradictionContext
                                        && claimed[m].Claims.Any(c => c.Head == head && claimed[k].Claims.Any(o => o.Head == head && o.Value == c.Value))))
                {
                    members.Add(k);
                }
            }

            var claims = members
                .Select(m => claimed[m])
                .OrderBy(c => c.Sentence.Source.Rank)
                .ThenBy(c => c.Sentence.Position)
                .Select(c =>
                {
                    var claim = c.Claims.First(x => x.Head == head);
                    return (Claim: new Claim(claim.Surface, c.Sentence.Text, [Corpus.ToCitation(c.Sentence)]), Word: claim.HeadText);
                })
                .ToList();
            var first = members.Select(m => claimed[m].Sentence).OrderBy(s => s.Source.Rank).ThenBy(s => s.Position).First();
            result.Add((new Contradiction(claims[0].Word, claims.Select(c => c.Claim).ToList()), first.Source.Rank, first.Position));
        }

        return result.OrderBy(r => r.Rank).ThenBy(r => r.Position).ThenBy(r => r.Item.Subject, StringComparer.Ordinal).Select(r => r.Item).ToList();
    }

    /// <summary>Dice coefficient of the content terms without the numbers.</summary>
    private static double ContextSimilarity(Candidate a, Candidate b)
    {
        var termsA = a.Profile.Terms.Where(t => !char.IsDigit(t[0])).ToHashSet(StringComparer.Ordinal);
        var termsB = b.Profile.Terms.Where(t => !char.IsDigit(t[0])).ToHashSet(StringComparer.Ordinal);
        if (termsA.Count + termsB.Count == 0)
        {
            return 0;
        }

        return 2.0 * termsA.Count(termsB.Contains) / (termsA.Count + termsB.Count);
    }
}
