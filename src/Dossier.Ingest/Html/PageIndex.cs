using Dossier.Ingest.Html.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// The elements metadata reading looks at, found in one iterative pass over the page (CSS selector
/// queries would walk a large page once per selector).
/// </summary>
internal sealed class PageIndex
{
    private const int MaxHintElements = 20;

    public List<HtmlElement> Metas { get; } = [];

    public List<HtmlElement> CanonicalLinks { get; } = [];

    public List<HtmlElement> JsonLdScripts { get; } = [];

    public List<HtmlElement> HeadlinesInArticle { get; } = [];

    public List<HtmlElement> Headlines { get; } = [];

    /// <summary>Date elements in order of trust: itemprop=datePublished, time[pubdate], time in the article, any time.</summary>
    public List<HtmlElement>[] DateElements { get; } = [[], [], [], []];

    /// <summary>Elements whose class or id mentions a date, time, byline or meta data.</summary>
    public List<HtmlElement> DateHints { get; } = [];

    /// <summary>rel=author and itemprop=author elements.</summary>
    public List<HtmlElement> AuthorMarks { get; } = [];

    /// <summary>Elements whose class or id mentions an author or byline.</summary>
    public List<HtmlElement> AuthorHints { get; } = [];

    public static PageIndex Build(HtmlElement root)
    {
        // Document order without recursion or a stack: down to the first child, else on to the next sibling of the
        // nearest ancestor that has one. articleDepth counts the open article and main elements.
        var index = new PageIndex();
        index.Visit(root, false);
        var articleDepth = OpensArticle(root) ? 1 : 0;
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node is HtmlElement element)
            {
                index.Visit(element, articleDepth > 0);
                if (element.FirstChild is { } first)
                {
                    articleDepth += OpensArticle(element) ? 1 : 0;
                    node = first;
                    continue;
                }
            }

            while (node.NextSibling is null)
            {
                var parent = node.Parent;
                if (parent is null || parent == root)
                {
                    return index;
                }

                articleDepth -= OpensArticle(parent) ? 1 : 0;
                node = parent;
            }

            node = node.NextSibling;
        }

        return index;
    }

    private static bool OpensArticle(HtmlElement element) => element.LocalName is "article" or "main";

    private void Visit(HtmlElement element, bool inArticle)
    {
        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                return;
            case "link" when HasToken(element.GetAttribute("rel"), "canonical"):
                CanonicalLinks.Add(element);
                return;
            case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                JsonLdScripts.Add(element);
                return;
            case "h1":
                (inArticle ? HeadlinesInArticle : Headlines).Add(element);
                break;
            case "time":
                DateElements[element.HasAttribute("pubdate") ? 1 : inArticle ? 2 : 3].Add(element);
                break;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (string.Equals(itemprop, "datePublished", StringComparison.OrdinalIgnoreCase))
        {
            DateElements[0].Add(element);
        }

        if (AuthorMarks.Count < MaxHintElements
            && (string.Equals(itemprop, "author", StringComparison.OrdinalIgnoreCase) || HasToken(element.GetAttribute("rel"), "author")))
        {
            AuthorMarks.Add(element);
        }

        var className = element.ClassName;
        var id = element.Id;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return;
        }

        if (DateHints.Count < MaxHintElements && (Mentions(className, id, "DATE") || Mentions(className, id, "TIME")
            || Mentions(className, id, "BYLINE") || Mentions(className, id, "META")))
        {
            DateHints.Add(element);
        }

        if (AuthorHints.Count < MaxHintElements && (Mentions(className, id, "AUTH") || Mentions(className, id, "BYLINE")
            || Mentions(className, id, "AUTOR") || Mentions(className, id, "WRITER")))
        {
            AuthorHints.Add(element);
        }
    }

    private static bool Mentions(string? className, string? id, string word) =>
        (className is not null && className.Contains(word, StringComparison.OrdinalIgnoreCase))
        || (id is not null && id.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
}
