using System.Xml;
using System.Xml.Linq;
using Dossier.Core;
using Dossier.Ingest.Html;
using Dossier.Ingest.Metadata;

namespace Dossier.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with System.Xml: one article per item. DTDs are
/// ignored and no resolver is set, so external entities are never fetched or expanded.
/// </summary>
internal static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>A single item's content, before it becomes a document.</summary>
    public sealed record FeedItem(string? Title, string? Link, DateTimeOffset? Published, IReadOnlyList<string> Authors, string? Html, string? PlainText, string? Language);

    /// <summary>The parsed feed: its format ("rss" or "atom"), title, language and items.</summary>
    public sealed record Feed(string Format, string? Title, string? Language, IReadOnlyList<FeedItem> Items);

    /// <summary>True when the bytes look like an RSS, RDF or Atom document.</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a feed; throws <see cref="InputRejectedException"/> for malformed XML or a document that is not a feed.</summary>
    public static Feed Parse(byte[] bytes)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new InputRejectedException("malformed XML: " + OneLine(ex.Message));
        }

        var root = document.Root ?? throw new InputRejectedException("malformed XML: no root element");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root.Element("channel"), root.Element("channel")?.Elements("item") ?? []),
            "RDF" => ParseRss(root.Element(Rss10 + "channel"), root.Elements(Rss10 + "item")),
            "feed" when root.Name.Namespace == Atom || root.Name.Namespace == XNamespace.None => ParseAtom(root),
            _ => throw new InputRejectedException($"not an RSS or Atom feed (root element <{root.Name.LocalName}>)"),
        };
    }

    private static Feed ParseRss(XElement? channel, IEnumerable<XElement> items)
    {
        var ns = channel?.Name.Namespace ?? XNamespace.None;
        var feedLanguage = Value(channel?.Element(ns + "language")) ?? Value(channel?.Element(DublinCore + "language"));
        var list = new List<FeedItem>();
        foreach (var item in items)
        {
            var itemNs = item.Name.Namespace;
            var authors = item.Elements(DublinCore + "creator").Concat(item.Elements(itemNs + "author"))
                .Select(e => Value(e)).OfType<string>().Select(AuthorName).Where(a => a.Length > 0).Distinct().ToList();
            list.Add(new FeedItem(
                Value(item.Element(itemNs + "title")),
                Value(item.Element(itemNs + "link")) ?? PermalinkGuid(item.Element(itemNs + "guid")),
                DateText.ParseMachine(Value(item.Element(itemNs + "pubDate"))) ?? DateText.ParseMachine(Value(item.Element(DublinCore + "date"))),
                authors,
                Value(item.Element(Content + "encoded")) ?? Value(item.Element(itemNs + "description")),
                null,
                Value(item.Element(DublinCore + "language")) ?? feedLanguage));
        }

        return new Feed("rss", Value(channel?.Element(ns + "title")), feedLanguage, list);
    }

    private static Feed ParseAtom(XElement root)
    {
        var ns = root.Name.Namespace;
        var feedLanguage = root.Attribute(XNamespace.Xml + "lang")?.Value;
        var list = new List<FeedItem>();
        foreach (var entry in root.Elements(ns + "entry"))
        {
            var link = entry.Elements(ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            var authors = entry.Elements(ns + "author").Select(a => Value(a.Element(ns + "name"))).OfType<string>().ToList();
            var body = entry.Element(ns + "content") ?? entry.Element(ns + "summary");
            var type = (string?)body?.Attribute("type") ?? "text";
            string? html = null, plain = null;
            if (body is not null)
            {
                if (type == "xhtml")
                {
                    html = string.Concat(body.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
                }
                else if (type is "html" or "text/html")
                {
                    html = body.Value;
                }
                else
                {
                    plain = body.Value;
                }
            }

            list.Add(new FeedItem(
                Value(entry.Element(ns + "title")),
                link,
                DateText.ParseMachine(Value(entry.Element(ns + "published"))) ?? DateText.ParseMachine(Value(entry.Element(ns + "updated"))),
                authors,
                html,
                plain,
                entry.Attribute(XNamespace.Xml + "lang")?.Value ?? feedLanguage));
        }

        return new Feed("atom", Value(root.Element(ns + "title")), feedLanguage, list);
    }

    private static string? PermalinkGuid(XElement? guid) =>
        guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && guid.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid.Value.Trim() : null;

    /// <summary>RSS author fields are often "mail@example.com (Name)".</summary>
    private static string AuthorName(string value)
    {
        var open = value.IndexOf('(', StringComparison.Ordinal);
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open ? value[(open + 1)..close].Trim() : value.Trim();
    }

    private static string? Value(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
