using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Stories.Text;

namespace Dossier.Stories.Clustering;

/// <summary>Settings of <see cref="StoryClusterer"/>.</summary>
public sealed record StoryClusteringOptions
{
    /// <summary>
    /// Similarity a document needs to join a story; below it the document starts a new story. Applies to short
    /// texts (headlines); long texts get <see cref="LongThreshold"/>. Tuned on the UCI News Aggregator headlines and
    /// the T17 timeline articles (see the project README).
    /// </summary>
    public double Threshold { get; init; } = 0.08;

    /// <summary>How many times a title term counts against a body term.</summary>
    public double TitleWeight { get; init; } = 3;

    /// <summary>Share of the similarity given to entity overlap when both sides have entities.</summary>
    public double EntityWeight { get; init; } = 0.1;

    /// <summary>
    /// A document joins a story only when its date is within this span of the story's latest dated document
    /// (undated documents and undated stories are never kept apart by time).
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Similarity a long document (at least <see cref="LongTextTerms"/> distinct content terms) needs to join a story.
    /// Between <see cref="ShortTextTerms"/> and <see cref="LongTextTerms"/> the threshold rises from
    /// <see cref="Threshold"/> to this value on a log scale: long texts share generic topic words ("talks",
    /// "ceasefire") with any story on the same theme, so their cosine must be higher to mean the same event.
    /// </summary>
    public double LongThreshold { get; init; } = 0.10;

    /// <summary>Distinct content terms up to which a document counts as short (a headline) and gets <see cref="Threshold"/>.</summary>
    public int ShortTextTerms { get; init; } = 12;

    /// <summary>Distinct content terms from which a document counts as long and gets <see cref="LongThreshold"/>.</summary>
    public int LongTextTerms { get; init; } = 120;

    /// <summary>
    /// A document with at least this many distinct content terms cannot join a story with which it shares no named
    /// entity, when both name at least <see cref="EntityGateMinimum"/> entities: two articles that share no proper
    /// name are about different events however alike their wording. 0 turns the gate off.
    /// </summary>
    public int EntityGateTerms { get; init; } = 40;

    /// <summary>
    /// How many of the story's most often named entities the gate of <see cref="EntityGateTerms"/> looks at: a long
    /// document must share one of them, not just any name mentioned once in a large story.
    /// </summary>
    public int EntityGateSalient { get; init; } = 10;

    /// <summary>Entities both the document and the story need before <see cref="EntityGateTerms"/> applies.</summary>
    public int EntityGateMinimum { get; init; } = 3;
}

/// <summary>A group of documents about one evolving event.</summary>
/// <param name="Id">Stable id: "story-" plus the first twelve characters of the founding document's id.</param>
/// <param name="Title">Title of the founding document (its first sentence when it has no title).</param>
/// <param name="Documents">Ids of the member documents, in <see cref="DocumentOrder"/>.</param>
/// <param name="First">Date of the earliest dated member, if any.</param>
/// <param name="Last">Date of the latest dated member, if any.</param>
public sealed record Story(string Id, string Title, ImmutableArray<string> Documents, DateTimeOffset? First, DateTimeOffset? Last);

/// <summary>
/// Single-pass (online) clustering of documents into stories. Documents are taken in
/// <see cref="DocumentOrder.Canonical"/> order; each one joins the most similar existing story when the similarity
/// reaches <see cref="StoryClusteringOptions.Threshold"/> and its date falls within the window of the story's latest
/// document, else it founds a new story. Similarity is the TF-IDF cosine of content terms (title terms weighted up)
/// between the document and the story's centroid, blended with the overlap of named entities (the Entities layer,
/// else capitalised words that do not start a sentence). IDF comes from the given set, so the result is
/// deterministic for a given set of documents regardless of input order.
/// </summary>
public sealed class StoryClusterer(StoryClusteringOptions? options = null)
{
    private readonly StoryClusteringOptions _options = options ?? new StoryClusteringOptions();

    /// <summary>The settings in use.</summary>
    public StoryClusteringOptions Options => _options;

    /// <summary>Clusters <paramref name="documents"/> into stories, ordered by their founding document.</summary>
    public IReadOnlyList<Story> Cluster(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = DocumentOrder.Canonical(documents);
        var profiles = ordered.Select(Profile).ToList();

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            foreach (var term in p.Terms.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = profiles.Count;
        var stories = new List<Building>();
        for (var i = 0; i < n; i++)
        {
            var vector = Weigh(profiles[i].Terms, df, n);
            var threshold = ThresholdFor(profiles[i].Terms.Count);
            var gated = _options.EntityGateTerms > 0 && profiles[i].Terms.Count >= _options.EntityGateTerms
                && profiles[i].Entities.Count >= _options.EntityGateMinimum;
            var date = DocumentOrder.DateOf(ordered[i]);
            Building? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var story in stories)
            {
                if (date is { } d && story.Last is { } last && (d - last).Duration() > _options.Window)
                {
                    continue;
                }

                if (gated && story.Entities.Count >= _options.EntityGateMinimum && !story.Salient(_options.EntityGateSalient).Overlaps(profiles[i].Entities))
                {
                    continue;
                }

                var score = Similarity(vector, profiles[i].Entities, story);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = story;
                }
            }

            if (best is null || bestScore < threshold)
            {
                best = new Building(ordered[i], TitleOf(ordered[i]));
                stories.Add(best);
            }

            best.Add(ordered[i].Id, vector, profiles[i].Entities, date);
        }

        return stories.Select(s => s.ToStory()).ToList();
    }

    private double ThresholdFor(int terms)
    {
        var low = Math.Max(1, _options.ShortTextTerms);
        var high = Math.Max(low + 1, _options.LongTextTerms);
        if (terms <= low)
        {
            return _options.Threshold;
        }

        var share = Math.Min(1, Math.Log((double)terms / low) / Math.Log((double)high / low));
        return _options.Threshold + (share * (_options.LongThreshold - _options.Threshold));
    }

    private double Similarity(Dictionary<string, double> vector, HashSet<string> entities, Building story)
    {
        var dot = 0.0;
        foreach (var (term, weight) in vector)
        {
            if (story.Centroid.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        var norm = story.Norm;
        var cosine = norm == 0 ? 0 : dot / norm;
        if (entities.Count == 0 || story.Entities.Count == 0)
        {
            return cosine;
        }

        // Overlap coefficient: the share of the document's entities that the story already names.
        var shared = entities.Count(story.Entities.ContainsKey);
        var overlap = shared / (double)entities.Count;
        return ((1 - _options.EntityWeight) * cosine) + (_options.EntityWeight * overlap);
    }

    private static Dictionary<string, double> Weigh(Dictionary<string, double> counts, Dictionary<string, int> df, int n)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (term, tf) in counts)
        {
            // log(1 + n / df) rather than log(n / df): in a small set, words every article shares (the story's own
            // names) must keep some weight instead of vanishing.
            var w = (1 + Math.Log(tf)) * Math.Log(1 + ((double)n / df[term]));
            vector[term] = w;
            norm += w * w;
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var term in vector.Keys.ToList())
            {
                vector[term] /= norm;
            }
        }

        return vector;
    }

    private (Dictionary<string, double> Terms, HashSet<string> Entities) Profile(Document document)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var title = document.Metadata.Title;
        if (!string.IsNullOrWhiteSpace(title))
        {
            foreach (var term in TextNormalizer.ContentTerms(title))
            {
                terms[term] = terms.GetValueOrDefault(term) + _options.TitleWeight;
            }
        }

        var sentences = document.Get(Layers.Sentences);
        if (sentences.IsDefaultOrEmpty)
        {
            // No sentence layer: the whole text, with the title weight when there is no separate title.
            var weight = string.IsNullOrWhiteSpace(title) ? _options.TitleWeight : 1;
            foreach (var term in TextNormalizer.ContentTerms(document.Text))
            {
                terms[term] = terms.GetValueOrDefault(term) + weight;
            }
        }
        else
        {
            foreach (var sentence in sentences)
            {
                if (document.IsExcluded(new TextSpan(sentence.Start, sentence.End)))
                {
                    continue;
                }

                foreach (var term in TextNormalizer.ContentTerms(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
                {
                    terms[term] = terms.GetValueOrDefault(term) + 1;
                }
            }
        }

        return (terms, EntitiesOf(document, sentences));
    }

    private static HashSet<string> EntitiesOf(Document document, ImmutableArray<Sentence> sentences)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var mentions = document.Get(Layers.Entities);
        if (!mentions.IsDefaultOrEmpty)
        {
            foreach (var mention in mentions)
            {
                var key = string.Join(' ', TextNormalizer.Words(document.Text.AsSpan(mention.Start, mention.End - mention.Start)));
                if (key.Length > 0)
                {
                    entities.Add(key);
                }
            }

            return entities;
        }

        // No entity layer: capitalised words that do not start a sentence (or the text) stand in for names.
        HashSet<int> starts = sentences.IsDefaultOrEmpty ? [0] : sentences.Select(s => s.Start).ToHashSet();
        var text = document.Text;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\''))
            {
                i++;
            }

            if (char.IsUpper(text[start]) && !IsSentenceStart(text, start, starts))
            {
                var word = TextNormalizer.Words(text.AsSpan(start, i - start));
                if (word.Count > 0 && !TextNormalizer.IsStopWord(word[0]))
                {
                    entities.Add(word[0]);
                }
            }
        }

        return entities;
    }

    private static bool IsSentenceStart(string text, int position, HashSet<int> starts)
    {
        var j = position - 1;
        while (j >= 0 && !char.IsLetterOrDigit(text[j]) && text[j] is not ('.' or '!' or '?' or ':' or '\n'))
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or ':' or '\n' || starts.Contains(position);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string TitleOf(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Metadata.Title))
        {
            return document.Metadata.Title.Trim();
        }

        // No headline in the metadata: a heading of a few words, else the first sentence that reads like one
        // (scraped pages often open with a short label or a subscription line).
        var heading = document.Get(Layers.Blocks)
            .Where(b => b.Kind is BlockKind.Title or BlockKind.Heading && !document.IsExcluded(new TextSpan(b.Start, b.End)))
            .Select(b => document.TextOf(b))
            .FirstOrDefault(t => WordCount(t) >= 4);
        var sentences = document.Get(Layers.Sentences);
        var title = heading
            ?? sentences.Select(s => document.TextOf(s)).FirstOrDefault(t => WordCount(t) >= 6)
            ?? (sentences.IsDefaultOrEmpty ? document.Text : document.TextOf(sentences[0]));
        title = title.Trim();
        return title.Length > 160 ? title[..160].TrimEnd() + "\u2026" : title;
    }

    private sealed class Building(Document founder, string title)
    {
        private readonly List<string> _documents = [];
        private DateTimeOffset? _first;
        private HashSet<string>? _salient;

        public Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Entities { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset? Last { get; private set; }

        public double Norm { get; private set; }

        public void Add(string id, Dictionary<string, double> vector, HashSet<string> entities, DateTimeOffset? date)
        {
            _documents.Add(id);
            _salient = null;
            foreach (var (term, weight) in vector)
            {
                Centroid[term] = Centroid.GetValueOrDefault(term) + weight;
            }

            Norm = Math.Sqrt(Centroid.Values.Sum(v => v * v));

            foreach (var entity in entities)
            {
                Entities[entity] = Entities.GetValueOrDefault(entity) + 1;
            }

            if (date is { } d)
            {
                _first = _first is null || d < _first ? d : _first;
                Last = Last is null || d > Last ? d : Last;
            }
        }

        public HashSet<string> Salient(int count) => _salient ??= Entities
            .OrderByDescending(e => e.Value)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(Math.Max(1, count))
            .Select(e => e.Key)
            .ToHashSet(StringComparer.Ordinal);

        public Story ToStory() => new("story-" + founder.Id[..Math.Min(12, founder.Id.Length)], title, [.. _documents], _first, Last);
    }
}
