using Dossier.Stories.Claims;

namespace Dossier.Briefing;

/// <summary>
/// Finds events that one source reports as done and another, independent source as only planned ("signed the
/// agreement" / "will sign the agreement"): sentences that state the same thing (the same-statement index) and carry
/// the same event verb with opposite modality (<see cref="EventStatus"/>).
/// </summary>
internal static class StatusConflictFinder
{
    public const string Kind = "status";

    public static List<Contradiction> Find(Corpus corpus)
    {
        var status = new Dictionary<Candidate, EventStatus>();
        EventStatus StatusOf(Candidate sentence)
        {
            if (!status.TryGetValue(sentence, out var value))
            {
                value = EventStatus.Of(sentence.Text);
                status[sentence] = value;
            }

            return value;
        }

        var result = new List<(Contradiction Item, int Rank, int Position)>();
        var claimed = new HashSet<Candidate>();
        foreach (var sentence in corpus.AllSentences.Where(s => s.TimelineWorthy))
        {
            var own = StatusOf(sentence);
            if (own.Modality != EventModality.Planned || own.Verb is null || claimed.Contains(sentence))
            {
                continue;
            }

            var key = Corroboration.KeyOf(corpus, sentence.Source);
            var done = corpus.SameStatements(sentence)
                .Where(o => !claimed.Contains(o) && StatusOf(o) is { Modality: EventModality.Done } s && EventStatus.SameVerb(s.Verb, own.Verb)
                            && !string.Equals(Corroboration.KeyOf(corpus, o.Source), key, StringComparison.Ordinal))
                .ToList();
            if (done.Count == 0)
            {
                continue;
            }

            claimed.Add(sentence);
            claimed.UnionWith(done);
            var claims = done.Prepend(sentence)
                .OrderBy(c => c.Source.Rank)
                .ThenBy(c => c.Position)
                .Select(c => new Claim(ReferenceEquals(c, sentence) ? "planned" : "done", c.Text, [Corpus.ToCitation(c)]))
                .ToList();
            var first = done.Prepend(sentence).OrderBy(c => c.Source.Rank).ThenBy(c => c.Position).First();
            result.Add((new Contradiction(own.Verb, claims) { Kind = Kind }, first.Source.Rank, first.Position));
        }

        return [.. result.OrderBy(r => r.Rank).ThenBy(r => r.Position).Select(r => r.Item)];
    }
}
