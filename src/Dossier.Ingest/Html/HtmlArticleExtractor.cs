using System.Collections.Immutable;
using System.Text;
using Dossier.Core;
using Dossier.Ingest.Html.Dom;
using Dossier.Ingest.Language;

namespace Dossier.Ingest.Html;

/// <summary>
/// Extracts the article from an HTML page: the body text without navigation, ads, share bars,
/// comments and related lists; the metadata; and a map from every extracted character back to the
/// page source. Thread-safe.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private const string BlockSeparator = "\n\n";

    /// <summary>Creates an extractor that identifies the language with <paramref name="languages"/> (the built-in profiles when null).</summary>
    public HtmlArticleExtractor(LanguageIdentifier? languages = null) => Languages = languages ?? LanguageIdentifier.Default;

    /// <summary>The language identifier used for <see cref="ExtractedArticle.Language"/>.</summary>
    public LanguageIdentifier Languages { get; }

    /// <summary>Extracts the article of a whole page. <paramref name="pageUrl"/> resolves relative links and dates in the URL.</summary>
    public ExtractedArticle Extract(string html, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlTreeParser.Parse(html);
        var metadata = MetadataReader.Read(document, pageUrl);
        var blocks = BlockCollector.Collect(document.DocumentElement, html);
        var chosen = WithoutHeadline(ContentSelector.SelectArticle(blocks), metadata.Title);
        return Assemble(chosen, metadata);
    }

    /// <summary>Every block of the page with whether extraction kept it (for tuning and error analysis).</summary>
    internal static List<(HtmlBlock Block, bool Kept)> Explain(string html)
    {
        var document = HtmlTreeParser.Parse(html);
        var metadata = MetadataReader.Read(document, null);
        var blocks = BlockCollector.Collect(document.DocumentElement, html);
        var kept = new HashSet<HtmlBlock>(WithoutHeadline(ContentSelector.SelectArticle(blocks), metadata.Title));
        return blocks.Select(b => (b, kept.Contains(b))).ToList();
    }

    /// <summary>Extracts the text of an HTML fragment (a feed item's content), keeping everything that is not page furniture.</summary>
    public ExtractedArticle ExtractFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlTreeParser.Parse(html);
        var blocks = BlockCollector.Collect(document.DocumentElement, html);
        var chosen = ContentSelector.SelectFragment(blocks);
        return Assemble(chosen, new PageMetadata());
    }

    /// <summary>
    /// The headline is metadata, not body: headings before the first paragraph that are the page's h1
    /// or repeat the title are left out.
    /// </summary>
    private static List<HtmlBlock> WithoutHeadline(List<HtmlBlock> blocks, string? title)
    {
        var normalizedTitle = Normalize(title);
        var kept = new List<HtmlBlock>(blocks.Count);
        var beforeBody = true;
        foreach (var block in blocks)
        {
            if (beforeBody && block.Kind == BlockKind.Heading
                && (block.Owner.LocalName == "h1" || (normalizedTitle.Length > 0 && Normalize(block.Text) == normalizedTitle)))
            {
                continue;
            }

            beforeBody &= block.Kind == BlockKind.Heading;
            kept.Add(block);
        }

        return kept;
    }

    private static string Normalize(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private ExtractedArticle Assemble(List<HtmlBlock> chosen, PageMetadata metadata)
    {
        var text = new StringBuilder();
        var blocks = ImmutableArray.CreateBuilder<Block>(chosen.Count);
        var runs = new List<(int TextStart, int SourceStart, int Length)>();
        foreach (var block in chosen)
        {
            if (text.Length > 0)
            {
                text.Append(BlockSeparator);
            }

            var start = text.Length;
            AddRuns(runs, start, block.Sources);
            text.Append(block.Text);
            blocks.Add(new Block(start, text.Length, block.Kind));
        }

        var body = text.ToString();
        return new ExtractedArticle
        {
            Text = body,
            Blocks = blocks.ToImmutable(),
            SourceMap = new SourceOffsetMap(runs),
            Title = metadata.Title,
            Authors = metadata.Authors,
            Published = metadata.Published,
            PublishedFrom = metadata.PublishedOrigin,
            DeclaredLanguage = metadata.DeclaredLanguage,
            Language = body.Length == 0 ? metadata.DeclaredLanguage : Languages.Identify(body, metadata.DeclaredLanguage),
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
        };
    }

    /// <summary>Turns per-character source positions into runs where both sides advance together.</summary>
    private static void AddRuns(List<(int TextStart, int SourceStart, int Length)> runs, int textStart, int[] sources)
    {
        var i = 0;
        while (i < sources.Length)
        {
            if (sources[i] < 0)
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i + 1 < sources.Length && sources[i + 1] == sources[i] + 1)
            {
                i++;
            }

            i++;
            runs.Add((textStart + runStart, sources[runStart], i - runStart));
        }
    }
}
