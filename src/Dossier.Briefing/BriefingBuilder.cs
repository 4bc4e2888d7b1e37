using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Corpus;
using Dossier.Stories.Clustering;
using Dossier.Stories.Text;

namespace Dossier.Briefing;

/// <summary>
/// Builds a <see cref="Briefing"/> from analysed documents. The output depends only on the set of documents, not
/// on their order, so a briefing built from a store equals one built from the files.
/// </summary>
public sealed partial class BriefingBuilder(IEntityGrouper grouper, ICopyDetector copies, BriefingOptions options)
{
    private readonly IEntityGrouper _grouper = grouper ?? throw new ArgumentNullException(nameof(grouper));
    private readonly ICopyDetector _copies = copies ?? throw new ArgumentNullException(nameof(copies));
    private readonly BriefingOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Builds the briefing of <paramref name="documents"/>.</summary>
    public Briefing Build(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!_options.SplitStories && _options.StoryId is null)
        {
            return BuildOne(documents);
        }

        var stories = new StoryClusterer(_options.StoryClustering).Cluster(documents);
        var single = new BriefingBuilder(_grouper, _copies, _options with { SplitStories = false, StoryId = null });
        if (_options.StoryId is { } storyId)
        {
            var story = stories.FirstOrDefault(s => string.Equals(s.Id, storyId, StringComparison.Ordinal))
                ?? throw new ArgumentException($"no story '{storyId}' in the input (stories: {string.Join(", ", stories.Select(s => s.Id))})", nameof(documents));
            var members = story.Documents.ToHashSet(StringComparer.Ordinal);
            return single.Build(documents.Where(d => members.Contains(d.Id)).ToList());
        }

        var whole = single.Build(documents);
        if (stories.Count < 2)
        {
            return whole;
        }

        var byId = documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var parts = new List<BriefingStory>(stories.Count);
        foreach (var story in stories)
        {
            var part = single.Build(story.Documents.Select(id => byId[id]).ToList());
            parts.Add(new BriefingStory(story.Id, story.Title, [.. story.Documents], part.Summary, part.Timeline, part.Faq));
        }

        return new Briefing
        {
            Title = whole.Title,
            Sources = whole.Sources,
            Entities = whole.Entities,
            Quotes = whole.Quotes,
            Timeline = whole.Timeline,
            TimelineWithoutYear = whole.TimelineWithoutYear,
            Summary = whole.Summary,
            Faq = whole.Faq,
            Contradictions = whole.Contradictions,
            Stories = parts,
        };
    }

    private Briefing BuildOne(IReadOnlyList<Document> documents)
    {
        var corpus = new Corpus(documents, _copies.Detect, _grouper.Group, _options);
        var entities = BuildEntities(corpus);
        var quotes = BuildQuotes(corpus);
        var summary = new SummarySelector(corpus, _options).Select().Select(s => Corroboration.Apply(corpus, s)).ToList();
        var (dated, withoutYear) = BuildTimelines(corpus);
        var timeline = dated.Select(e => Corroboration.Apply(corpus, e)).ToList();
        var faq = new FaqWriter(corpus, _options).Write(entities, quotes, timeline)
            .Select(f => f with { Answer = [.. f.Answer.Select(a => Corroboration.Apply(corpus, a))] })
            .ToList();
        var contradictions = ContradictionFinder.Find(corpus, _options).Concat(StatusConflictFinder.Find(corpus)).ToList();
        var casing = SourceQualityAssessor.Casing(corpus);
        var functionWords = SourceQualityAssessor.FunctionWordRates(corpus);
        return new Briefing
        {
            Title = corpus.Sources.FirstOrDefault(s => s.Copy is null && !string.IsNullOrWhiteSpace(s.Document.Metadata.Title))?.Document.Metadata.Title,
            Sources = corpus.Sources.Select(s => ToSource(s) with
            {
                CopyEvidence = CopyEvidenceFinder.Of(corpus, s, _options.SameStatementThreshold - 0.1),
                Quality = SourceQualityAssessor.Of(corpus, s, casing, functionWords),
            }).ToList(),
            Entities = entities,
            Quotes = quotes,
            Timeline = timeline,
            TimelineWithoutYear = [.. withoutYear.Select(e => Corroboration.Apply(corpus, e))],
            Summary = summary,
            Faq = faq,
            Contradictions = contradictions,
        };
    }

    private static BriefingSource ToSource(SourceDoc source)
    {
        var metadata = source.Document.Metadata;
        var dct = source.Document.Get(Layers.CreationTime);
        var copy = source.Copy;
        return new BriefingSource(
            source.Document.Id,
            metadata.Source,
            metadata.Title,
            metadata.Url,
            metadata.SiteName,
            metadata.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            dct?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dct?.Estimated,
            copy?.OriginalId,
            copy is null ? null : KindName(copy.Kind),
            copy?.Similarity,
            copy?.SharedSentences);
    }

    internal static string KindName(CopyKind kind) => kind switch
    {
        CopyKind.Exact => "exact",
        CopyKind.NearDuplicate => "nearDuplicate",
        _ => "paraphrase",
    };

    private static List<BriefingEntity> BuildEntities(Corpus corpus)
    {
        var result = new List<BriefingEntity>();
        foreach (var group in corpus.Groups)
        {
            var mentions = new List<BriefingMention>();
            foreach (var mention in group.Mentions)
            {
                if (!corpus.ById.TryGetValue(mention.DocumentId, out var source))
                {
                    continue;
                }

                var text = source.Document.Text;
                var span = new TextSpan(mention.Start, mention.End);
                if (span.Start < 0 || span.End > text.Length || span.IsEmpty || source.Document.IsExcluded(span))
                {
                    continue;
                }

                mentions.Add(new BriefingMention(source.Document.Id, span.Start, span.End, span.Slice(text)));
            }

            if (mentions.Count == 0)
            {
                continue;
            }

            mentions.Sort((a, b) =>
            {
                var byRank = corpus.ById[a.Source].Rank.CompareTo(corpus.ById[b.Source].Rank);
                return byRank != 0 ? byRank : a.Start.CompareTo(b.Start);
            });
            var aliases = group.Aliases
                .OrderByDescending(a => a.Count)
                .ThenBy(a => a.Text, StringComparer.Ordinal)
                .Select(a => a.Text)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var documents = mentions.Select(m => m.Source).Distinct(StringComparer.Ordinal).Count();
            var links = new List<BriefingMention>();
            foreach (var link in group.Links)
            {
                if (corpus.ById.TryGetValue(link.DocumentId, out var linked) && link.End <= linked.Document.Text.Length
                    && !linked.Document.IsExcluded(new TextSpan(link.Start, link.End)))
                {
                    links.Add(new BriefingMention(link.DocumentId, link.Start, link.End, linked.Document.Text[link.Start..link.End]));
                }
            }

            result.Add(new BriefingEntity(group.Id, group.Name, TypeName(group.Type), aliases, documents, mentions)
            {
                AliasCounts = [.. group.Aliases.Select(a => new BriefingAlias(a.Text, a.Count, [.. a.DocumentIds.Where(corpus.ById.ContainsKey)]))],
                Titles = [.. group.Titles.Select(t => new BriefingTitle(t.Text, t.Count))],
                Links = links,
                Place = group.Place is { } p ? new BriefingPlace(p.GazetteerId, p.Name, p.Kind, p.CountryCode, p.Latitude, p.Longitude) : null,
            });
        }

        result.Sort((a, b) =>
        {
            var c = b.Documents.CompareTo(a.Documents);
            if (c == 0)
            {
                c = b.Mentions.Count.CompareTo(a.Mentions.Count);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Name, b.Name);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return result;
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        _ => "MISC",
    };

    private static List<BriefingQuote> BuildQuotes(Corpus corpus)
    {
        var result = new List<BriefingQuote>();
        foreach (var source in corpus.Sources)
        {
            var document = source.Document;
            foreach (var quote in document.Get(Layers.Quotes))
            {
                var span = TextSpan.Of(quote);
                if (span.IsEmpty || document.IsExcluded(span))
                {
                    continue;
                }

                // The speaker is named as the briefing names the entity (Hakan Fidan, however this source spells
                // him), so that one person's quotes read alike and only different people count as a misattribution.
                var speakerId = corpus.SpeakerIdOf(source, quote);
                var speakerName = speakerId is null ? quote.SpeakerName : corpus.EntityName(speakerId) ?? quote.SpeakerName;
                result.Add(new BriefingQuote(
                    document.Id,
                    span.Start,
                    span.End,
                    span.Slice(document.Text),
                    speakerName,
                    speakerId,
                    quote.Direct));
            }
        }

        return QuoteGrouper.Group(result);
    }

    private (List<TimelineEntry> Dated, List<TimelineEntry> WithoutYear) BuildTimelines(Corpus corpus)
    {
        var all = BuildTimeline(corpus).ToLookup(e => e.Date.StartsWith(UnknownYear, StringComparison.Ordinal));
        return ([.. all[false]], [.. all[true]]);
    }

    private List<TimelineEntry> BuildTimeline(Corpus corpus)
    {
        // Originals first, so that an event reported by an original and its copies is cited from the original.
        var dated = new List<(Candidate Sentence, ResolvedDate Date)>();
        foreach (var source in corpus.Sources.OrderBy(s => s.Copy is null ? 0 : 1).ThenBy(s => s.Rank))
        {
            foreach (var sentence in source.Sentences)
            {
                if (!sentence.TimelineWorthy)
                {
                    continue;
                }

                var date = DateOf(source.Document, sentence.Span);
                if (date is not null)
                {
                    dated.Add((sentence, date));
                }
            }
        }

        var entries = new List<EventGroup>();
        foreach (var (sentence, date) in dated)
        {
            var match = entries.FirstOrDefault(e =>
                string.Equals(e.Date.Value, date.Value, StringComparison.Ordinal)
                && SentenceSimilarity.Score(e.Primary.Profile, sentence.Profile) >= _options.SameStatementThreshold);
            if (match is null)
            {
                entries.Add(new EventGroup(date, sentence));
            }
            else
            {
                match.Others.Add(sentence);
            }
        }

        if (entries.Count > _options.MaxTimelineEntries)
        {
            entries = entries
                .OrderByDescending(e => Corpus.FamiliesOf(e.Others.Append(e.Primary)).Count)
                .ThenBy(e => e.Primary.Source.Copy is null ? 0 : 1)
                .ThenByDescending(e => e.Primary.Score)
                .ThenBy(e => e.Primary.Source.Rank)
                .ThenBy(e => e.Primary.Position)
                .Take(_options.MaxTimelineEntries)
                .ToList();
        }

        return entries
            .OrderBy(e => e.Date.Value, StringComparer.Ordinal)
            .ThenBy(e => e.Primary.Source.Rank)
            .ThenBy(e => e.Primary.Position)
            .Select(e =>
            {
                var cited = Corpus.Cite(e.Primary, e.Others);
                return new TimelineEntry(e.Date.Value, e.Primary.Text, cited.Citations, cited.SupportingSources, cited.Support)
                {
                    Precision = e.Date.Precision,
                    DateText = e.Date.Words,
                    YearFromDocumentDate = e.Date.YearFromDocumentDate,
                };
            })
            .ToList();
    }

    private sealed record ResolvedDate(string Value, string Precision, string Words, bool YearFromDocumentDate);

    private const string UnknownYear = "XXXX-";

    /// <summary>
    /// The first date of day (else month, else year) precision inside the span, with the words it came from. A date
    /// whose year the text left unknown (XXXX-04-24) is placed in the document date's year, or the year before when
    /// that would put it after the document date, and marked as placed. When the document date is only a guess (an
    /// undated article), only dates that write their year out count: "Monday" or "May 16" would be dated by the guess.
    /// A month and day, or a month, without a year then keeps its unknown year (XXXX-05-16), for the list of dates
    /// without a year.
    /// </summary>
    private static ResolvedDate? DateOf(Document document, TextSpan span)
    {
        ResolvedDate? month = null, year = null;
        var creationTime = document.Get(Layers.CreationTime);
        var guessed = creationTime?.IsGuess == true;
        var dct = guessed ? null : creationTime?.Value;
        foreach (var timex in document.Get(Layers.Timexes))
        {
            if (timex.Start >= span.End)
            {
                break;
            }

            if (timex.Type != TimexType.Date || timex.Start < span.Start || timex.End > span.End || timex.Value is null)
            {
                continue;
            }

            var value = timex.Value;
            var placed = false;
            if (value.StartsWith("XXXX-", StringComparison.Ordinal) && dct is { } d && !value.Contains('W', StringComparison.Ordinal))
            {
                var sameYear = d.Year.ToString("D4", CultureInfo.InvariantCulture) + value[4..];
                var y = string.CompareOrdinal(sameYear, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) > 0 ? d.Year - 1 : d.Year;
                value = y.ToString("D4", CultureInfo.InvariantCulture) + value[4..];
                placed = true;
            }

            var words = document.TextOf(timex);
            if (guessed && value.StartsWith(UnknownYear, StringComparison.Ordinal))
            {
                if (YearlessDayValue().IsMatch(value))
                {
                    return new ResolvedDate(value, "day", words, false);
                }

                month ??= YearlessMonthValue().IsMatch(value) ? new ResolvedDate(value, "month", words, false) : null;
                continue;
            }

            if (guessed && (value.Length < 4 || !words.Contains(value[..4], StringComparison.Ordinal)))
            {
                continue;
            }

            if (DayValue().IsMatch(value))
            {
                return new ResolvedDate(value, "day", words, placed);
            }

            if (month is null && MonthValue().IsMatch(value))
            {
                month = new ResolvedDate(value, "month", words, placed);
            }

            if (year is null && YearValue().IsMatch(value))
            {
                year = new ResolvedDate(value, "year", words, placed);
            }
        }

        return month ?? year;
    }

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearValue();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayValue();

    [GeneratedRegex(@"^\d{4}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthValue();

    [GeneratedRegex(@"^XXXX-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearlessDayValue();

    [GeneratedRegex(@"^XXXX-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearlessMonthValue();

    private sealed class EventGroup(ResolvedDate date, Candidate primary)
    {
        public ResolvedDate Date { get; } = date;

        public Candidate Primary { get; } = primary;

        public List<Candidate> Others { get; } = [];
    }
}
