using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Stories.Text;

namespace Dossier.Briefing;

/// <summary>One input document with what the briefing needs to know about it.</summary>
internal sealed class SourceDoc(Document document, int rank)
{
    public Document Document { get; } = document;

    /// <summary>Position in the canonical order (date, then id).</summary>
    public int Rank { get; } = rank;

    public CopyRelation? Copy { get; set; }

    /// <summary>Id of the first original of this document's copy family (itself when it copies nothing).</summary>
    public string Family { get; set; } = document.Id;

    public List<Candidate> Sentences { get; } = [];
}

/// <summary>A content sentence with its features.</summary>
internal sealed class Candidate(SourceDoc source, int position, TextSpan span, string text)
{
    public SourceDoc Source { get; } = source;

    public int Position { get; } = position;

    public TextSpan Span { get; } = span;

    public string Text { get; } = text;

    public SentenceProfile Profile { get; } = SentenceProfile.Create(text);

    public int Words { get; init; }

    public bool SummaryWorthy { get; set; }

    public bool TimelineWorthy { get; set; }

    /// <summary>A sentence of a copy that its original already states.</summary>
    public bool CoveredByOriginal { get; set; }

    public HashSet<string> EntityIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Vector { get; } = new(StringComparer.Ordinal);

    public double VectorNorm { get; set; }

    public double Score { get; set; }

    public double Cosine(Candidate other)
    {
        if (VectorNorm == 0 || other.VectorNorm == 0)
        {
            return 0;
        }

        var (small, large) = Vector.Count <= other.Vector.Count ? (Vector, other.Vector) : (other.Vector, Vector);
        double dot = 0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var w))
            {
                dot += weight * w;
            }
        }

        return dot / (VectorNorm * other.VectorNorm);
    }
}

/// <summary>The documents in canonical order with copies, entities, sentences and sentence scores.</summary>
internal sealed class Corpus
{
    private readonly Dictionary<string, List<(int Start, int End, string EntityId, EntityType Type)>> _mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entityRank = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _entityNames = new(StringComparer.Ordinal);
    private readonly BriefingOptions _options;
    private readonly SentenceIndex _index = new();
    private readonly List<Candidate> _indexed = [];

    public Corpus(
        IReadOnlyList<Document> documents,
        Func<IReadOnlyList<Document>, IReadOnlyList<CopyRelation>> detectCopies,
        Func<IReadOnlyList<Document>, IReadOnlyList<EntityGroup>> groupEntities,
        BriefingOptions options)
    {
        _options = options;
        var ordered = Dossier.Stories.DocumentOrder.Canonical(documents);
        Sources = ordered.Select((d, i) => new SourceDoc(d, i)).ToList();
        ById = Sources.ToDictionary(s => s.Document.Id, StringComparer.Ordinal);

        foreach (var relation in detectCopies(ordered))
        {
            if (ById.TryGetValue(relation.DocumentId, out var copy) && ById.ContainsKey(relation.OriginalId)
                && !string.Equals(relation.DocumentId, relation.OriginalId, StringComparison.Ordinal))
            {
                copy.Copy = relation;
            }
        }

        foreach (var source in Sources)
        {
            source.Family = FamilyOf(source);
        }

        Groups = groupEntities(ordered);
        IndexEntities();
        foreach (var source in Sources)
        {
            AddSentences(source);
        }

        foreach (var sentence in AllSentences)
        {
            _index.Add(sentence.Profile);
            _indexed.Add(sentence);
        }

        MarkCoveredCopySentences();
        Score();
    }

    public List<SourceDoc> Sources { get; }

    public Dictionary<string, SourceDoc> ById { get; }

    public IReadOnlyList<EntityGroup> Groups { get; }

    public IEnumerable<Candidate> AllSentences => Sources.SelectMany(s => s.Sentences);

    /// <summary>Prominence of an entity (0 = most documents, then most mentions); int.MaxValue when unknown.</summary>
    public int EntityRank(string id) => _entityRank.TryGetValue(id, out var rank) ? rank : int.MaxValue;

    /// <summary>The canonical name of the entity with <paramref name="id"/>, or null when there is none.</summary>
    public string? EntityName(string id) => _entityNames.GetValueOrDefault(id);

    public static HashSet<string> FamiliesOf(IEnumerable<Candidate> sentences) =>
        sentences.Select(s => s.Source.Family).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Sentences of other documents that state the same thing as <paramref name="sentence"/>, the best per document:
    /// candidates from the similarity index (at a threshold low enough to keep nearly all paraphrases: recall 0.98 on
    /// MSRP), decided by the claim matcher (MSRP accuracy 0.769, F1 0.832, against 0.717 / 0.797 for the similarity
    /// threshold alone), which also tells apart sentences that differ in a number or a name.
    /// </summary>
    public List<Candidate> SameStatements(Candidate sentence)
    {
        var best = new Dictionary<SourceDoc, (Candidate Sentence, double Score)>();
        foreach (var (id, score) in _index.Similar(sentence.Profile, SameStatementCandidateThreshold, id => !ReferenceEquals(_indexed[id].Source, sentence.Source)))
        {
            var other = _indexed[id];
            if (!string.Equals(other.Text, sentence.Text, StringComparison.Ordinal) && !IsSameClaim(sentence, other))
            {
                continue;
            }

            if (!best.TryGetValue(other.Source, out var current) || score > current.Score)
            {
                best[other.Source] = (other, score);
            }
        }

        return best.Values.Select(b => b.Sentence).OrderBy(s => s.Source.Rank).ThenBy(s => s.Position).ToList();
    }

    /// <summary>Similarity-index threshold for same-statement candidates (SentenceSimilarity recall 0.976 on MSRP at 0.45).</summary>
    public const double SameStatementCandidateThreshold = 0.45;

    private readonly Dictionary<(Candidate, Candidate), bool> _sameClaim = [];

    private bool IsSameClaim(Candidate a, Candidate b)
    {
        var key = a.Source.Rank < b.Source.Rank || (a.Source.Rank == b.Source.Rank && a.Position <= b.Position) ? (a, b) : (b, a);
        if (!_sameClaim.TryGetValue(key, out var same))
        {
            same = Dossier.Stories.Claims.ClaimMatcher.Default.Compare(key.Item1.Text, key.Item2.Text).Same;
            _sameClaim[key] = same;
        }

        return same;
    }

    /// <summary>
    /// Citations for <paramref name="primary"/>: its own span and those of identical sentences elsewhere; similar
    /// sentences go to the support list; independent sources (other copy families) are counted.
    /// </summary>
    public static (List<Citation> Citations, List<Citation> Support, int SupportingSources) Cite(Candidate primary, IEnumerable<Candidate> others)
    {
        var citations = new List<Citation> { ToCitation(primary) };
        var support = new List<Citation>();
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in others.OrderBy(o => o.Source.Rank).ThenBy(o => o.Position))
        {
            if (ReferenceEquals(other, primary))
            {
                continue;
            }

            if (string.Equals(other.Text, primary.Text, StringComparison.Ordinal))
            {
                citations.Add(ToCitation(other));
            }
            else
            {
                support.Add(ToCitation(other));
            }

            if (!string.Equals(other.Source.Family, primary.Source.Family, StringComparison.Ordinal))
            {
                families.Add(other.Source.Family);
            }
        }

        return (citations, support, families.Count);
    }

    public static Citation ToCitation(Candidate sentence) =>
        new(sentence.Source.Document.Id, sentence.Span.Start, sentence.Span.End);

    /// <summary>
    /// The entity that spoke: a person named inside the speaker span ("Kremlin spokesman Dmitry Peskov"), or an entity
    /// that is the whole speaker ("the Kremlin"), else the one whose name or alias is the speaker name. A description
    /// that only mentions a place or body ("a senior Ukrainian official", "the Ukrainian delegation") stays
    /// anonymous: the speaker is not that place.
    /// </summary>
    public string? SpeakerIdOf(SourceDoc source, Quote quote)
    {
        if (quote.Speaker is { } speaker && _mentions.TryGetValue(source.Document.Id, out var mentions))
        {
            var text = source.Document.Text;
            var hit = mentions
                .Where(m => m.Start < speaker.End && speaker.Start < m.End)
                .Where(m => m.Type == EntityType.Person || IsWholeSpeaker(text, speaker, m.Start, m.End))
                .OrderBy(m => m.Type == EntityType.Person ? 0 : 1)
                .ThenBy(m => m.Start)
                .Select(m => m.EntityId)
                .FirstOrDefault();
            if (hit is not null)
            {
                return hit;
            }
        }

        if (string.IsNullOrWhiteSpace(quote.SpeakerName))
        {
            return null;
        }

        var name = quote.SpeakerName.Trim();
        var exact = Groups
            .Where(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)
                        || g.Aliases.Any(a => string.Equals(a.Text, name, StringComparison.OrdinalIgnoreCase)))
            .Select(g => g.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var surname = LastWord(name);
        var bySurname = Groups
            .Where(g => g.Type == EntityType.Person
                        && (string.Equals(LastWord(g.Name), surname, StringComparison.OrdinalIgnoreCase)
                            || g.Aliases.Any(a => string.Equals(LastWord(a.Text), surname, StringComparison.OrdinalIgnoreCase))))
            .Select(g => g.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return bySurname.Count == 1 ? bySurname[0] : null;
    }

    /// <summary>The mention covers the speaker span, give or take a leading article.</summary>
    private static bool IsWholeSpeaker(string text, TextSpan speaker, int start, int end)
    {
        var before = text.AsSpan(speaker.Start, Math.Max(0, start - speaker.Start)).Trim();
        var after = end >= speaker.End ? [] : text.AsSpan(end, speaker.End - end).Trim();
        return after.IsEmpty && (before.IsEmpty || before.Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    private static string LastWord(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 ? text : words[^1];
    }

    private string FamilyOf(SourceDoc source)
    {
        var current = source;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (current.Copy is { } copy && seen.Add(current.Document.Id) && ById.TryGetValue(copy.OriginalId, out var original))
        {
            current = original;
        }

        return current.Document.Id;
    }

    private void IndexEntities()
    {
        var stats = new List<(string Id, string Name, int Documents, int Mentions)>();
        foreach (var group in Groups)
        {
            var documents = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            foreach (var mention in group.Mentions)
            {
                if (!ById.TryGetValue(mention.DocumentId, out var source) || mention.Start < 0 || mention.End > source.Document.Text.Length || mention.Start >= mention.End)
                {
                    continue;
                }

                if (!_mentions.TryGetValue(mention.DocumentId, out var list))
                {
                    list = [];
                    _mentions[mention.DocumentId] = list;
                }

                list.Add((mention.Start, mention.End, group.Id, group.Type));
                documents.Add(mention.DocumentId);
                count++;
            }

            stats.Add((group.Id, group.Name, documents.Count, count));
            _entityNames[group.Id] = group.Name;
        }

        var rank = 0;
        foreach (var entry in stats
                     .OrderByDescending(s => s.Documents)
                     .ThenByDescending(s => s.Mentions)
                     .ThenBy(s => s.Name, StringComparer.Ordinal)
                     .ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            _entityRank.TryAdd(entry.Id, rank++);
        }

        foreach (var list in _mentions.Values)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.EntityId, b.EntityId));
        }
    }

    private void AddSentences(SourceDoc source)
    {
        var document = source.Document;
        _mentions.TryGetValue(document.Id, out var mentions);
        var position = 0;
        foreach (var span in ContentSentences.Of(document))
        {
            var text = span.Slice(document.Text);
            var words = TextNormalizer.Words(text).Count;
            var candidate = new Candidate(source, position++, span, text) { Words = words };
            var junk = SentenceFilters.IsJunk(text) || SentenceFilters.IsQuestion(text);
            var blockKind = ContentSentences.BlockKindOf(document, span);
            var heading = blockKind is BlockKind.Heading or BlockKind.Title;
            candidate.TimelineWorthy = !junk && words >= 4 && words <= 2 * _options.MaxSentenceWords;
            candidate.SummaryWorthy = !junk && !heading
                && words >= _options.MinSentenceWords && words <= _options.MaxSentenceWords
                && SentenceFilters.EndsLikeSentence(text) && SentenceFilters.StartsLikeSentence(text);
            if (mentions is not null)
            {
                foreach (var mention in mentions)
                {
                    if (mention.Start >= span.End)
                    {
                        break;
                    }

                    if (mention.End > span.Start)
                    {
                        candidate.EntityIds.Add(mention.EntityId);
                    }
                }
            }

            source.Sentences.Add(candidate);
        }
    }

    private void MarkCoveredCopySentences()
    {
        foreach (var source in Sources)
        {
            if (source.Copy is not { } copy || !ById.TryGetValue(copy.OriginalId, out var original))
            {
                continue;
            }

            foreach (var sentence in source.Sentences)
            {
                sentence.CoveredByOriginal = copy.Kind != CopyKind.Paraphrase
                    || _index.Similar(sentence.Profile, _options.SameStatementThreshold, id => ReferenceEquals(_indexed[id].Source, original)).Count > 0;
            }
        }
    }

    /// <summary>
    /// Centroid score (Radev et al., MEAD, 2004): TF-IDF cosine of a sentence to the sum of all original sentences,
    /// plus a position prior and the coverage of prominent entities.
    /// </summary>
    private void Score()
    {
        var pool = AllSentences.Where(s => s.Source.Copy is null || !s.CoveredByOriginal).ToList();
        var termCounts = new Dictionary<Candidate, Dictionary<string, int>>();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in AllSentences)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in TextNormalizer.ContentTerms(sentence.Text))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }

            termCounts[sentence] = counts;
        }

        foreach (var sentence in pool)
        {
            foreach (var term in termCounts[sentence].Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = Math.Max(1, pool.Count);
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sentence in AllSentences)
        {
            double norm = 0;
            foreach (var (term, count) in termCounts[sentence].OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var idf = Math.Log((double)(n + 1) / (df.GetValueOrDefault(term) + 1)) + 1;
                var weight = (1 + Math.Log(count)) * idf;
                sentence.Vector[term] = weight;
                norm += weight * weight;
            }

            sentence.VectorNorm = Math.Sqrt(norm);
        }

        foreach (var sentence in pool)
        {
            foreach (var (term, weight) in sentence.Vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        // Sum in a fixed order so that the result is the same whatever the dictionary order.
        var centroidNorm = Math.Sqrt(centroid.OrderBy(kv => kv.Key, StringComparer.Ordinal).Sum(kv => kv.Value * kv.Value));
        var centrality = new Dictionary<Candidate, double>();
        foreach (var sentence in AllSentences)
        {
            double dot = 0;
            foreach (var (term, weight) in sentence.Vector.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                dot += weight * centroid.GetValueOrDefault(term);
            }

            centrality[sentence] = sentence.VectorNorm == 0 || centroidNorm == 0 ? 0 : dot / (sentence.VectorNorm * centroidNorm);
        }

        var max = centrality.Count == 0 ? 0 : centrality.Values.Max();
        foreach (var sentence in AllSentences)
        {
            var central = max > 0 ? centrality[sentence] / max : 0;
            var position = 1 / Math.Sqrt(1 + sentence.Position);
            var prominent = sentence.EntityIds.Count(id => EntityRank(id) < 10);
            var entities = Math.Min(1.0, prominent / 3.0);
            sentence.Score = (0.6 * central) + (0.2 * position) + (0.2 * entities);
        }
    }
}
