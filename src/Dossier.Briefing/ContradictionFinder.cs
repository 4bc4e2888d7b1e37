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
        var words = new Dictionary<Candidate, HashSet<string>>();
        foreach (var sentence in corpus.AllSentences.Where(s => s.TimelineWorthy))
        {
            var claims = NumberClaims.Extract(sentence.Text);
            if (claims.Count > 0)
            {
                claimed.Add((sentence, claims));
                words[sentence] = sentence.Profile.Terms.Where(t => !char.IsDigit(t[0])).ToHashSet(StringComparer.Ordinal);
            }
        }

        // Only sentences that count the same word can contradict each other.
        var byHead = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < claimed.Count; i++)
        {
            foreach (var head in claimed[i].Claims.Select(c => c.Head).Distinct(StringComparer.Ordinal))
            {
                if (!byHead.TryGetValue(head, out var list))
                {
                    list = [];
                    byHead[head] = list;
                }

                list.Add(i);
            }
        }

        bool Related(int a, int b) =>
            !ReferenceEquals(claimed[a].Sentence.Source, claimed[b].Sentence.Source)
            && ContextSimilarity(words[claimed[a].Sentence], words[claimed[b].Sentence]) >= options.ContradictionContext;

        HashSet<decimal> Values(int k, string head) => claimed[k].Claims.Where(c => c.Head == head).Select(c => c.Value).ToHashSet();

        var result = new List<(Contradiction Item, int Rank, int Position)>();
        foreach (var (head, list) in byHead)
        {
            var members = new SortedSet<int>();
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    if (Related(list[x], list[y]) && !Values(list[x], head).Overlaps(Values(list[y], head)))
                    {
                        members.Add(list[x]);
                        members.Add(list[y]);
                    }
                }
            }

            if (members.Count == 0)
            {
                continue;
            }

            // Every sentence that agrees with one side joins the conflict as a further claim of that side.
            var sides = members.ToList();
            foreach (var k in list)
            {
                if (!members.Contains(k) && sides.Any(m => Related(m, k) && Values(m, head).Overlaps(Values(k, head))))
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
    private static double ContextSimilarity(HashSet<string> termsA, HashSet<string> termsB)
    {
        if (termsA.Count + termsB.Count == 0)
        {
            return 0;
        }

        return 2.0 * termsA.Count(termsB.Contains) / (termsA.Count + termsB.Count);
    }
}
