namespace Dossier.Ingest;

/// <summary>How an input's bytes are to be read.</summary>
internal enum InputFormat
{
    Text,
    Markdown,
    Html,
    Feed,
    JsonLines,
}

/// <summary>Chooses the reader from a file name, a media type, or the first bytes.</summary>
internal static class InputFormats
{
    private static readonly Dictionary<string, InputFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".md"] = InputFormat.Markdown,
        [".markdown"] = InputFormat.Markdown,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".shtml"] = InputFormat.Html,
        [".xml"] = InputFormat.Feed,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".rdf"] = InputFormat.Feed,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
    };

    /// <summary>The format named by a file's extension (looking through ".gz"), or null when unknown.</summary>
    public static InputFormat? FromFileName(string path)
    {
        var name = StripGzip(path);
        return Extensions.TryGetValue(Path.GetExtension(name), out var format) ? format : null;
    }

    /// <summary>The path without a trailing ".gz".</summary>
    public static string StripGzip(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;

    /// <summary>True for names a folder scan reads.</summary>
    public static bool IsKnown(string path) => FromFileName(path) is not null;

    /// <summary>The format for an HTTP media type, or null when the body must be sniffed.</summary>
    public static InputFormat? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => InputFormat.Html,
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" => InputFormat.Feed,
        "text/plain" => InputFormat.Text,
        "text/markdown" or "text/x-markdown" => InputFormat.Markdown,
        "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => InputFormat.JsonLines,
        _ => null,
    };

    /// <summary>Guesses from the first bytes: markup that opens a feed or a page, else text.</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('<'))
        {
            if (Feeds.FeedParser.LooksLikeFeed(bytes))
            {
                return InputFormat.Feed;
            }

            if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p>", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.Html;
            }
        }

        return InputFormat.Text;
    }
}
