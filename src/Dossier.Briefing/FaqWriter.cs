using System.Globalization;
using Dossier.Core.Corpus;
using Dossier.Stories.Text;

namespace Dossier.Briefing;

/// <summary>Answers a fixed set of questions with cited sentences only; a question without an answer is left out.</summary>
internal sealed class FaqWriter(Corpus corpus, BriefingOptions options)
{
    public List<FaqItem> Write(IReadOnlyList<BriefingEntity> entities, IReadOnlyList<BriefingQuote> quotes, IReadOnlyList<TimelineEntry> timeline)
    {
        var faq = new List<FaqItem>();
        Add(faq, "Who is involved?", WhoIsInvolved(entities));
        Add(faq, "What happened most recently?", MostRecent(timeline));
        Add(faq, "Who said what?", WhoSaidWhat(entities, quotes));
        Add(faq, "Which sources copy each other?", Copies());
        return faq;
    }

    private static void Add(List<FaqItem> faq, string question, List<CitedSentence> answer)
    {
        if (answer.Count > 0)
        {
            faq.Add(new FaqItem(question, answer));
        }
    }

    private List<CitedSentence> WhoIsInvolved(IReadOnlyList<BriefingEntity> entities)
    {
        var answer = new List<CitedSentence>();
        var used = new HashSet<Candidate>();
        foreach (var entity in entities.Where(e => e.Type is "PER" or "ORG").Take(options.FaqEntities))
        {
            var sentence = corpus.AllSentences
                .Where(s => s.EntityIds.Contains(entity.Id) && !used.Contains(s) && s.TimelineWorthy)
                .OrderBy(s => s.Source.Copy is null ? 0 : 1)
                .ThenBy(s => s.SummaryWorthy ? 0 : 1)
                .ThenByDescending(s => s.Score)
                .ThenBy(s => s.Source.Rank)
                .ThenBy(s => s.Position)
                .FirstOrDefault();
            if (sentence is null)
            {
                continue;
            }

            used.Add(sentence);
            answer.Add(new CitedSentence(sentence.Text, [Corpus.ToCitation(sentence)], 0, [], $"{entity.Name} ({entity.Type})"));
        }

        return answer;
    }

    private List<CitedSentence> MostRecent(IReadOnlyList<TimelineEntry> timeline)
    {
        var latest = corpus.Sources
            .Select(s => s.Document.Get(Dossier.Core.Layers.CreationTime)?.Value ?? (s.Document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null))
            .Where(d => d is not null)
            .Max();
        var bound = latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var past = timeline.Where(e => e.Date.Length == 10 && (bound is null || string.CompareOrdinal(e.Date, bound) <= 0)).ToList();
        if (past.Count > 0)
        {
            var last = past[^1].Date;
            return past
                .Where(e => string.Equals(e.Date, last, StringComparison.Ordinal))
                .Take(3)
                .Select(e => new CitedSentence(e.Text, e.Citations, e.SupportingSources, e.Support, e.Date))
                .ToList();
        }

        // No dated event: the best sentence of the latest source.
        var source = corpus.Sources.LastOrDefault(s => s.Sentences.Any(c => c.SummaryWorthy));
        var best = source?.Sentences.Where(c => c.SummaryWorthy).OrderByDescending(c => c.Score).ThenBy(c => c.Position).First();
        return best is null ? [] : [new CitedSentence(best.Text, [Corpus.ToCitation(best)], 0, [], null)];
    }

    private List<CitedSentence> WhoSaidWhat(IReadOnlyList<BriefingEntity> entities, IReadOnlyList<BriefingQuote> quotes)
    {
        var entityOrder = entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var answer = new List<CitedSentence>();
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        var said = new List<SentenceProfile>();
        foreach (var quote in quotes
                     .Where(q => q.SpeakerId is not null || q.SpeakerName is not null)
                     .OrderBy(q => corpus.ById[q.Source].Copy is null ? 0 : 1)
                     .ThenBy(q => q.SpeakerId is not null && entityOrder.TryGetValue(q.SpeakerId, out var rank) ? rank : int.MaxValue)
                     .ThenBy(q => corpus.ById[q.Source].Rank)
                     .ThenBy(q => q.Start))
        {
            var speaker = quote.SpeakerId ?? quote.SpeakerName!;
            if (answer.Count >= options.FaqQuotes)
            {
                break;
            }

            if (!speakers.Add(speaker))
            {
                continue;
            }

            var source = corpus.ById[quote.Source];
            var sentence = source.Sentences.FirstOrDefault(s => s.Span.Start <= quote.Start && quote.End <= s.Span.End);
            var profile = SentenceProfile.Create(quote.Text);
            if (said.Any(p => SentenceSimilarity.Score(p, profile) >= options.SameStatementThreshold))
            {
                continue;
            }

            said.Add(profile);
            var name = quote.SpeakerId is not null && entityOrder.TryGetValue(quote.SpeakerId, out var index) ? entities[index].Name : quote.SpeakerName;
            answer.Add(sentence is not null
                ? new CitedSentence(sentence.Text, [Corpus.ToCitation(sentence)], 0, [], name)
                : new CitedSentence(quote.Text, [new Citation(quote.Source, quote.Start, quote.End)], 0, [], name));
        }

        return answer;
    }

    private List<CitedSentence> Copies()
    {
        var answer = new List<CitedSentence>();
        foreach (var source in corpus.Sources)
        {
            if (source.Copy is not { } copy || !corpus.ById.TryGetValue(copy.OriginalId, out var original))
            {
                continue;
            }

            // The clearest evidence: the copy's sentence closest to a sentence of the original.
            Candidate? best = null;
            Candidate? match = null;
            var bestScore = -1.0;
            var evidence = source.Sentences.Any(s => s.SummaryWorthy) ? source.Sentences.Where(s => s.SummaryWorthy) : source.Sentences;
            foreach (var sentence in evidence)
            {
                foreach (var other in original.Sentences)
                {
                    var score = SentenceSimilarity.Score(sentence.Profile, other.Profile);
                    if (score > bestScore)
                    {
                        (best, match, bestScore) = (sentence, other, score);
                    }
                }
            }

            if (best is null || match is null)
            {
                continue;
            }

            var note = string.Create(
                CultureInfo.InvariantCulture,
                $"{Label(source)} is {Phrase(copy.Kind)} {Label(original)} ({copy.SharedSentences} shared sentences, similarity {copy.Similarity:0.00})");
            var citations = new List<Citation> { Corpus.ToCitation(best) };
            var support = new List<Citation>();
            if (string.Equals(best.Text, match.Text, StringComparison.Ordinal))
            {
                citations.Add(Corpus.ToCitation(match));
            }
            else
            {
                support.Add(Corpus.ToCitation(match));
            }

            answer.Add(new CitedSentence(best.Text, citations, 0, support, note));
        }

        return answer;
    }

    private static string Phrase(CopyKind kind) => kind switch
    {
        CopyKind.Exact => "an exact copy of",
        CopyKind.NearDuplicate => "a near duplicate of",
        _ => "a paraphrase or translation of",
    };

    internal static string Label(SourceDoc source)
    {
        var metadata = source.Document.Metadata;
        return metadata.SiteName ?? metadata.Title ?? metadata.Source;
    }
}
