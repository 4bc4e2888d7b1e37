using System.Runtime.CompilerServices;
using System.Text.Json;
using Dossier.Core;
using Dossier.Ingest.Decoding;
using Dossier.Ingest.Feeds;
using Dossier.Ingest.Html;
using Dossier.Ingest.Language;
using Dossier.Ingest.Metadata;
using Dossier.Ingest.Text;
using Dossier.Ingest.Web;

namespace Dossier.Ingest;

/// <summary>
/// Reads articles from files, folders and URLs: text, Markdown, HTML (main text extracted), RSS/Atom
/// feeds and JSON lines, each optionally gzip-compressed. Every input yields documents or exactly one
/// failure with a one-line reason; a bad input never stops the rest of the batch.
/// </summary>
public sealed class ArticleReader(IngestOptions options)
{
    private readonly IngestOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly HtmlArticleExtractor _html = new();

    /// <summary>
    /// Reads <paramref name="inputs"/> in order. Folders are read recursively in ordinal path order
    /// (files with unknown extensions skipped); a file named twice is read once.
    /// </summary>
    public IAsyncEnumerable<IngestItem> ReadAsync(IEnumerable<string> inputs, CancellationToken cancellationToken = default) =>
        ReadAsync(inputs, 1, cancellationToken);

    /// <summary>
    /// Reads <paramref name="inputs"/> as <see cref="ReadAsync(IEnumerable{string}, CancellationToken)"/> does, with up
    /// to <paramref name="parallelism"/> files or URLs decoded and extracted at once. Items still come back in input
    /// order, and at most <paramref name="parallelism"/> inputs are held in memory ahead of the consumer.
    /// </summary>
    public async IAsyncEnumerable<IngestItem> ReadAsync(IEnumerable<string> inputs, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var inFlight = new Queue<Task<IReadOnlyList<IngestItem>>>();
        foreach (var read in Reads(inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Enqueue(parallelism == 1 ? read(cancellationToken) : Task.Run(() => read(cancellationToken), cancellationToken));
            while (inFlight.Count >= parallelism)
            {
                foreach (var item in await inFlight.Dequeue().ConfigureAwait(false))
                {
                    yield return item;
                }
            }
        }

        while (inFlight.Count > 0)
        {
            foreach (var item in await inFlight.Dequeue().ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>One deferred read per URL or file, in input order; folders expanded, repeats dropped.</summary>
    private IEnumerable<Func<CancellationToken, Task<IReadOnlyList<IngestItem>>>> Reads(IEnumerable<string> inputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (IsUrl(input))
            {
                if (seen.Add(input))
                {
                    yield return token => ReadUrlAsync(input, token);
                }

                continue;
            }

            if (Directory.Exists(input))
            {
                var (files, failure) = ListFolder(input);
                if (failure is not null)
                {
                    yield return _ => Task.FromResult<IReadOnlyList<IngestItem>>([failure]);
                }

                foreach (var file in files)
                {
                    if (seen.Add(Path.GetFullPath(file)))
                    {
                        yield return token => ReadFileAsync(file, token);
                    }
                }

                continue;
            }

            if (seen.Add(SafeFullPath(input)))
            {
                yield return token => ReadFileAsync(input, token);
            }
        }
    }

    private static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static (List<string> Files, IngestFailure? Failure) ListFolder(string folder)
    {
        try
        {
            var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None })
                .Where(InputFormats.IsKnown)
                .Order(StringComparer.Ordinal)
                .ToList();
            return (files, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], Fail(folder, ex is UnauthorizedAccessException ? "permission denied" : OneLine(ex.Message)));
        }
    }

    private async Task<IReadOnlyList<IngestItem>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return [Fail(path, "no such file or directory")];
            }

            if (info.Length > _options.MaxInputBytes)
            {
                return [Fail(path, ByteLimits.TooLarge(_options.MaxInputBytes, info.Length))];
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return [Fail(path, "empty file")];
            }

            var name = path;
            if (ByteLimits.IsGzip(bytes))
            {
                bytes = ByteLimits.Gunzip(bytes, _options.MaxInputBytes);
                name = InputFormats.StripGzip(path);
                if (bytes.Length == 0)
                {
                    return [Fail(path, "empty file (after decompression)")];
                }
            }

            var format = InputFormats.FromFileName(name) ?? InputFormats.Sniff(bytes);
            return Parse(path, bytes, format, pageUrl: null, charset: null, fromUrl: false);
        }
        catch (InputRejectedException ex)
        {
            return [Fail(path, ex.Message)];
        }
        catch (UnauthorizedAccessException)
        {
            return [Fail(path, "permission denied")];
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            return [Fail(path, ex is DirectoryNotFoundException or FileNotFoundException ? "no such file or directory" : OneLine(ex.Message))];
        }
    }

    private async Task<IReadOnlyList<IngestItem>> ReadUrlAsync(string input, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(input, UriKind.Absolute, out var url))
        {
            return [Fail(input, "not a valid URL")];
        }

        try
        {
            var response = await new UrlFetcher(_options).FetchAsync(url, cancellationToken).ConfigureAwait(false);
            if (response.Body.Length == 0)
            {
                return [Fail(input, "empty response")];
            }

            var bytes = ByteLimits.IsGzip(response.Body) ? ByteLimits.Gunzip(response.Body, _options.MaxInputBytes) : response.Body;
            var format = InputFormats.FromMediaType(response.MediaType) ?? InputFormats.Sniff(bytes);
            return Parse(input, bytes, format, response.FinalUrl.ToString(), response.Charset, fromUrl: true);
        }
        catch (InputRejectedException ex)
        {
            return [Fail(input, ex.Message)];
        }
    }

    private List<IngestItem> Parse(string source, byte[] bytes, InputFormat format, string? pageUrl, string? charset, bool fromUrl)
    {
        if (TextDecoding.BinaryReason(bytes) is { } binary)
        {
            return [Fail(source, binary)];
        }

        try
        {
            return format switch
            {
                InputFormat.Text or InputFormat.Markdown => [ReadText(source, bytes, format == InputFormat.Markdown, pageUrl, charset, fromUrl)],
                InputFormat.Html => [ReadHtml(source, bytes, pageUrl, charset, fromUrl)],
                InputFormat.Feed => ReadFeed(source, bytes),
                InputFormat.JsonLines => ReadJsonLines(source, bytes),
                _ => [Fail(source, "unsupported input format")],
            };
        }
        catch (InputRejectedException ex)
        {
            return [Fail(source, ex.Message)];
        }
    }

    private IngestedDocument ReadText(string source, byte[] bytes, bool markdown, string? pageUrl, string? charset, bool fromUrl)
    {
        var text = charset is not null && TextDecoding.EncodingFromName(charset) is { CodePage: not 65001 } declared
            ? declared.GetString(bytes)
            : TextDecoding.DecodeUtf8Strict(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputRejectedException("empty file (only whitespace)");
        }

        var metadata = new SourceMetadata
        {
            Source = source,
            Format = fromUrl ? "url" : markdown ? "md" : "txt",
            Url = pageUrl,
            Language = IdentifyLanguage(text, null),
        };
        return new IngestedDocument(PlainTextParser.Parse(text, metadata, markdown));
    }

    private IngestedDocument ReadHtml(string source, byte[] bytes, string? pageUrl, string? charset, bool fromUrl)
    {
        var html = TextDecoding.DecodeHtml(bytes, charset);
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new InputRejectedException("empty file (only whitespace)");
        }

        var article = _html.Extract(html, pageUrl);
        if (article.Text.Length == 0)
        {
            throw new InputRejectedException("no article text found");
        }

        var metadata = new SourceMetadata
        {
            Source = source,
            Format = fromUrl ? "url" : "html",
            Title = article.Title,
            Url = article.CanonicalUrl ?? pageUrl,
            Published = article.Published,
            PublishedFrom = article.PublishedFrom,
            Authors = article.Authors,
            SiteName = article.SiteName,
            // The extractor has already identified the body's language.
            Language = _options.IdentifyLanguage ? article.Language : article.DeclaredLanguage,
        };
        var document = new Document(article.Text, metadata) { SourceMap = article.SourceMap };
        document.Set(Layers.Blocks, article.Blocks);
        return new IngestedDocument(document);
    }

    private List<IngestItem> ReadFeed(string source, byte[] bytes)
    {
        var feed = FeedParser.Parse(bytes);
        if (feed.Items.Count == 0)
        {
            return [Fail(source, "feed has no items")];
        }

        var items = new List<IngestItem>(feed.Items.Count);
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var itemSource = $"{source}#{i + 1}";
            var item = feed.Items[i];
            var metadata = new SourceMetadata
            {
                Source = itemSource,
                Format = feed.Format,
                Title = item.Title,
                Url = item.Link,
                Published = item.Published,
                PublishedFrom = item.Published is null ? null : "feed",
                Authors = item.Authors,
                SiteName = feed.Title,
            };
            items.Add(item.Html is not null
                ? FromHtmlFragment(itemSource, item.Html, metadata, item.Language)
                : FromPlainText(itemSource, item.PlainText, metadata, item.Language, "feed item has no text"));
        }

        return items;
    }

    private IngestItem FromHtmlFragment(string source, string html, SourceMetadata metadata, string? declaredLanguage)
    {
        var article = _html.ExtractFragment(html);
        if (article.Text.Length == 0)
        {
            return Fail(source, "no article text found");
        }

        var document = new Document(article.Text, metadata with { Language = IdentifyLanguage(article.Text, MetadataReader.NormalizeLanguage(declaredLanguage)) });
        document.Set(Layers.Blocks, article.Blocks);
        return new IngestedDocument(document);
    }

    private IngestItem FromPlainText(string source, string? text, SourceMetadata metadata, string? declaredLanguage, string emptyReason)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(source, emptyReason);
        }

        var language = IdentifyLanguage(text, MetadataReader.NormalizeLanguage(declaredLanguage));
        return new IngestedDocument(PlainTextParser.Parse(text, metadata with { Language = language }, markdown: false));
    }

    private List<IngestItem> ReadJsonLines(string source, byte[] bytes)
    {
        var text = TextDecoding.DecodeUtf8Strict(bytes);
        var items = new List<IngestItem>();
        var number = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            number++;
            items.Add(ReadJsonLine($"{source}#{number}", line));
        }

        return items.Count > 0 ? items : [Fail(source, "empty file (only whitespace)")];
    }

    private IngestItem ReadJsonLine(string source, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return Fail(source, "invalid JSON: " + OneLine(ex.Message));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(source, "invalid JSON: a line must be an object");
            }

            var url = String(root, "url") ?? String(root, "link");
            var metadata = new SourceMetadata
            {
                Source = source,
                Format = "jsonl",
                Title = String(root, "title") ?? String(root, "headline"),
                Url = url,
                Published = DateText.ParseMachine(String(root, "published") ?? String(root, "date") ?? String(root, "datePublished")),
                Authors = Strings(root, "authors") is { Count: > 0 } authors ? authors : Strings(root, "author"),
                SiteName = String(root, "source") ?? String(root, "sourceName") ?? String(root, "site") ?? String(root, "siteName"),
            };
            metadata = metadata with { PublishedFrom = metadata.Published is null ? null : "jsonl" };
            var declared = MetadataReader.NormalizeLanguage(String(root, "language") ?? String(root, "lang"));
            if (String(root, "text") is { } text && !string.IsNullOrWhiteSpace(text))
            {
                return FromPlainText(source, text, metadata, declared, "no text");
            }

            if (String(root, "html") is { } html && !string.IsNullOrWhiteSpace(html))
            {
                var article = _html.Extract(html, url);
                if (article.Text.Length == 0)
                {
                    return FromHtmlFragment(source, html, metadata, declared ?? article.DeclaredLanguage);
                }

                var document = new Document(article.Text, metadata with
                {
                    Title = metadata.Title ?? article.Title,
                    Url = metadata.Url ?? article.CanonicalUrl,
                    Published = metadata.Published ?? article.Published,
                    PublishedFrom = metadata.PublishedFrom ?? article.PublishedFrom,
                    Authors = metadata.Authors.Count > 0 ? metadata.Authors : article.Authors,
                    SiteName = metadata.SiteName ?? article.SiteName,
                    Language = IdentifyLanguage(article.Text, declared ?? article.DeclaredLanguage),
                })
                { SourceMap = article.SourceMap };
                document.Set(Layers.Blocks, article.Blocks);
                return new IngestedDocument(document);
            }

            return Fail(source, "no \"text\" or \"html\" field");
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => [value.GetString()!.Trim()],
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0).ToList(),
            _ => [],
        };
    }

    private string? IdentifyLanguage(string text, string? declared) =>
        _options.IdentifyLanguage ? _html.Languages.Identify(text, declared) : declared;

    private static IngestFailure Fail(string source, string reason) => new(new InputFailure(source, reason));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
