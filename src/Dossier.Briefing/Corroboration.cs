using Dossier.Core;

namespace Dossier.Briefing;

/// <summary>
/// Counts how many independent sources state each briefing statement. Sources are independent when they are
/// neither copies of one another (a copy family counts once) nor from the same publisher (site name, else the
/// URL's host); a source without either is its own publisher.
/// </summary>
internal static class Corroboration
{
    /// <summary>The independence key of a source: the publisher of its copy family's original, else that original's id.</summary>
    public static string KeyOf(Corpus corpus, SourceDoc source)
    {
        var root = corpus.ById.TryGetValue(source.Family, out var original) ? original : source;
        return Publisher(root.Document.Metadata) is { } publisher ? "publisher:" + publisher : "document:" + root.Document.Id;
    }

    /// <summary>The publisher of a source: its site name, else the host of its URL without "www.", lower-cased; or null.</summary>
    public static string? Publisher(SourceMetadata metadata)
    {
        if (!string.IsNullOrWhiteSpace(metadata.SiteName))
        {
            return metadata.SiteName.Trim().ToLowerInvariant();
        }

        if (metadata.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
        {
            var host = uri.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }

        return null;
    }

    /// <summary>
    /// The statement with every source that states the same thing: sentences of other sources found by the same-
    /// statement index join its citations (identical text) or its support (similar text), and the independent
    /// sources among all of them are counted.
    /// </summary>
    public static CitedSentence Apply(Corpus corpus, CitedSentence statement)
    {
        var citations = statement.Citations.ToList();
        var support = statement.Support.ToList();
        if (SentenceAt(corpus, statement.Citations[0]) is { } sentence)
        {
            var cited = citations.Concat(support).Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
            foreach (var other in corpus.SameStatements(sentence))
            {
                if (!cited.Add(other.Source.Document.Id))
                {
                    continue;
                }

                (string.Equals(other.Text, sentence.Text, StringComparison.Ordinal) ? citations : support).Add(Corpus.ToCitation(other));
            }
        }

        var sources = Count(corpus, citations.Concat(support));
        return statement with { Citations = citations, Support = support, SupportingSources = sources - 1, IndependentSources = sources };
    }

    /// <summary>A timeline entry's count: its own citations and support only (the same thing on the same date).</summary>
    public static TimelineEntry Apply(Corpus corpus, TimelineEntry entry)
    {
        var sources = Count(corpus, entry.Citations.Concat(entry.Support));
        return entry with { SupportingSources = sources - 1, IndependentSources = sources };
    }

    /// <summary>Independent sources among the cited documents (at least 1).</summary>
    public static int Count(Corpus corpus, IEnumerable<Citation> citations)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            keys.Add(corpus.ById.TryGetValue(citation.Source, out var source) ? KeyOf(corpus, source) : "document:" + citation.Source);
        }

        return Math.Max(1, keys.Count);
    }

    /// <summary>The content sentence that contains the cited range, or null.</summary>
    private static Candidate? SentenceAt(Corpus corpus, Citation citation)
    {
        if (!corpus.ById.TryGetValue(citation.Source, out var source))
        {
            return null;
        }

        return source.Sentences.FirstOrDefault(s => s.Span.Start <= citation.Start && citation.End <= s.Span.End);
    }
}
