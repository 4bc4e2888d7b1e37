using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Ingest.Html.Dom;
using Dossier.Ingest.Metadata;

namespace Dossier.Ingest.Html;

/// <summary>
/// Reads title, authors, date, language, canonical URL and site name from a page. Each field is taken
/// from the most trusted source that has it: structured data (JSON-LD) first, then meta tags written
/// for machines (Open Graph, Dublin Core, article:*), then marked-up elements (&lt;time&gt;, rel=author,
/// h1), then the URL and visible bylines.
/// </summary>
internal static partial class MetadataReader
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:article:published_time", "article.published", "datepublished", "dc.date.issued", "dcterms.issued",
        "dcterms.created", "dc.date.created", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "date",
        "sailthru.date", "parsely-pub-date", "article_date_original", "og:published_time", "cxenseparse:recs:publishtime",
        "originalpublicationdate", "dc.date", "release_date", "created", "last-modified",
    ];

    private static readonly string[] AuthorMetaNames =
    [
        "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:creator",
    ];

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "Review", "Recipe", "CreativeWork", "WebPage", "Blog",
    };

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    [GeneratedRegex(@"\s+(?:[|–—·•»:]|-|::)\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"(?:^|[\s_-])(?:author|byline|autor|auteur|writer|by-?line|article-?author|post-?author|entry-?author)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorClass();

    private sealed class JsonLdFacts
    {
        public string? Headline;
        public string? DatePublished;
        public List<string> Authors = [];
        public string? Publisher;
        public string? Language;
        public string? Url;
        public int Rank = int.MaxValue;
    }

    public static PageMetadata Read(HtmlDocument document, string? pageUrl)
    {
        var index = PageIndex.Build(document.DocumentElement);
        var meta = ReadMetaTags(index);
        var jsonLd = ReadJsonLd(index);
        var canonical = Absolute(index.CanonicalLinks.FirstOrDefault()?.GetAttribute("href"), pageUrl)
            ?? Absolute(First(meta, "og:url"), pageUrl)
            ?? Absolute(jsonLd?.Url, pageUrl)
            ?? pageUrl;
        var siteName = Clean(First(meta, "og:site_name")) ?? Clean(jsonLd?.Publisher) ?? Clean(First(meta, "application-name"));
        var title = Clean(jsonLd?.Headline) ?? Clean(First(meta, "og:title")) ?? Clean(First(meta, "twitter:title")) ?? Clean(First(meta, "dc.title"))
            ?? Clean(index.HeadlinesInArticle.FirstOrDefault()?.TextContent) ?? TitleFromTitleTag(document.Title, siteName)
            ?? Clean(index.Headlines.FirstOrDefault()?.TextContent);

        var (published, origin) = FindPublished(index, meta, jsonLd, canonical ?? pageUrl);
        return new PageMetadata
        {
            Title = title,
            Authors = FindAuthors(index, meta, jsonLd),
            Published = published,
            PublishedOrigin = origin,
            DeclaredLanguage = NormalizeLanguage(document.DocumentElement.GetAttribute("lang"))
                ?? NormalizeLanguage(document.DocumentElement.GetAttribute("xml:lang"))
                ?? NormalizeLanguage(First(meta, "content-language"))
                ?? NormalizeLanguage(First(meta, "dc.language"))
                ?? NormalizeLanguage(jsonLd?.Language)
                ?? NormalizeLanguage(First(meta, "og:locale")),
            CanonicalUrl = canonical,
            SiteName = siteName,
        };
    }

    private static Dictionary<string, List<string>> ReadMetaTags(PageIndex index)
    {
        var meta = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in index.Metas)
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (!meta.TryGetValue(key.Trim(), out var values))
            {
                values = [];
                meta[key.Trim()] = values;
            }

            values.Add(content.Trim());
        }

        return meta;
    }

    private static string? First(Dictionary<string, List<string>> meta, string key) =>
        meta.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    private static (DateTimeOffset? Date, string? Origin) FindPublished(PageIndex index, Dictionary<string, List<string>> meta, JsonLdFacts? jsonLd, string? url)
    {
        if (DateText.ParseMachine(jsonLd?.DatePublished) is { } fromJson)
        {
            return (fromJson, "json-ld");
        }

        foreach (var name in PublishedMetaNames)
        {
            if (meta.TryGetValue(name, out var values))
            {
                foreach (var value in values)
                {
                    if (DateText.ParseMachine(value) is { } fromMeta)
                    {
                        return (fromMeta, "meta");
                    }
                }
            }
        }

        foreach (var elements in index.DateElements)
        {
            foreach (var element in elements)
            {
                var value = element.GetAttribute("datetime") ?? element.GetAttribute("content");
                if (DateText.ParseMachine(value) is { } fromTime)
                {
                    return (fromTime, "time");
                }

                if (DateText.ParseWritten(element.TextContent) is { } written)
                {
                    return (written, "time");
                }
            }
        }

        if (DateText.FromUrl(url) is { } fromUrl)
        {
            return (fromUrl, "url");
        }

        foreach (var element in index.DateHints)
        {
            var text = element.TextContent;
            if (text.Length < 120 && DateText.ParseWritten(text) is { } visible)
            {
                return (visible, "byline");
            }
        }

        return (null, null);
    }

    private static IReadOnlyList<string> FindAuthors(PageIndex index, Dictionary<string, List<string>> meta, JsonLdFacts? jsonLd)
    {
        if (jsonLd is { Authors.Count: > 0 })
        {
            return Distinct(jsonLd.Authors);
        }

        foreach (var name in AuthorMetaNames)
        {
            if (meta.TryGetValue(name, out var values))
            {
                var names = values.Where(v => !v.Contains("://", StringComparison.Ordinal) && !v.StartsWith('@'))
                    .SelectMany(v => v.Split([',', ';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    .Where(v => v.Length is > 1 and < 80)
                    .ToList();
                if (names.Count > 0)
                {
                    return Distinct(names);
                }
            }
        }

        foreach (var element in index.AuthorMarks)
        {
            var text = Clean(element.FindDescendant(e => e.GetAttribute("itemprop") == "name")?.TextContent ?? element.TextContent);
            if (text is not null && text.Length < 80)
            {
                var names = BylineNames.Split(text);
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        foreach (var element in index.AuthorHints.Where(e => AuthorClass().IsMatch(e.ClassName + " " + e.Id)))
        {
            var text = Clean(element.TextContent);
            if (text is not null && text.Length < 120)
            {
                var names = BylineNames.Split(text);
                if (names.Count > 0)
                {
                    return names;
                }
            }
        }

        return [];
    }

    private static List<string> Distinct(IEnumerable<string> names) =>
        names.Select(n => Clean(n)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static JsonLdFacts? ReadJsonLd(PageIndex index)
    {
        JsonLdFacts? best = null;
        foreach (var script in index.JsonLdScripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, JsonOptions);
                var pending = new Stack<JsonElement>();
                pending.Push(json.RootElement);
                while (pending.Count > 0)
                {
                    var node = pending.Pop();
                    if (node.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in node.EnumerateArray().Reverse())
                        {
                            pending.Push(item);
                        }

                        continue;
                    }

                    if (node.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    if (node.TryGetProperty("@graph", out var graph))
                    {
                        pending.Push(graph);
                    }

                    var rank = TypeRank(node);
                    if (rank < (best?.Rank ?? int.MaxValue))
                    {
                        best = Facts(node, rank);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common; the other sources still count.
            }
        }

        return best;
    }

    /// <summary>0 for news articles, 1 for other articles, 2 for web pages; int.MaxValue for everything else.</summary>
    private static int TypeRank(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return int.MaxValue;
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        var rank = int.MaxValue;
        foreach (var name in names)
        {
            if (!ArticleTypes.Contains(name))
            {
                continue;
            }

            rank = Math.Min(rank, name.Contains("News", StringComparison.Ordinal) ? 0 : name is "WebPage" or "Blog" or "CreativeWork" ? 2 : 1);
        }

        return rank;
    }

    private static JsonLdFacts Facts(JsonElement node, int rank)
    {
        var facts = new JsonLdFacts
        {
            Rank = rank,
            Headline = Text(node, "headline") ?? Text(node, "name"),
            DatePublished = Text(node, "datePublished") ?? Text(node, "dateCreated"),
            Language = Text(node, "inLanguage"),
            Url = Text(node, "url"),
        };
        if (node.TryGetProperty("publisher", out var publisher))
        {
            facts.Publisher = publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : Text(publisher, "name");
        }

        if (node.TryGetProperty("author", out var author))
        {
            foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            {
                var name = item.ValueKind == JsonValueKind.String ? item.GetString() : Text(item, "name");
                if (!string.IsNullOrWhiteSpace(name) && !name.Contains("://", StringComparison.Ordinal))
                {
                    facts.Authors.Add(name.Trim());
                }
            }
        }

        return facts;
    }

    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(v => v is not null),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "name"),
            _ => null,
        };
    }

    private static string? TitleFromTitleTag(string? title, string? siteName)
    {
        var text = Clean(title);
        if (text is null)
        {
            return null;
        }

        var parts = TitleSeparator().Split(text);
        if (parts.Length == 1)
        {
            return text;
        }

        // "Headline | Site": drop the part naming the site, else keep the longest part.
        var withoutSite = parts.Where(p => siteName is null || !p.Equals(siteName, StringComparison.OrdinalIgnoreCase)).ToList();
        return withoutSite.Count == 0 ? text : withoutSite.MaxBy(p => p.Length);
    }

    /// <summary>"en-US", "en_US", "EN" → "en"; null when it is not a language tag.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_', ',', ';', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Absolute(string? href, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var resolved)
            ? resolved.ToString()
            : null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
