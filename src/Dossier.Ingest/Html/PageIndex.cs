using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// The elements metadata reading looks at, found in one iterative pass over the page (CSS selector
/// queries would walk a large page once per selector).
/// </summary>
internal sealed class PageIndex
{
    private const int MaxHintElements = 20;

    public List<IElement> Metas { get; } = [];

    public List<IElement> CanonicalLinks { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    public List<IElement> HeadlinesInArticle { get; } = [];

    public List<IElement> Headlines { get; } = [];

    /// <summary>Date elements in order of trust: itemprop=datePublished, time[pubdate], time in the article, any time.</summary>
    public List<IElement>[] DateElements { get; } = [[], [], [], []];

    /// <summary>Elements whose class or id mentions a date, time, byline or meta data.</summary>
    public List<IElement> DateHints { get; } = [];

    /// <summary>rel=author and itemprop=author elements.</summary>
    public List<IElement> AuthorMarks { get; } = [];

    /// <summary>Elements whose class or id mentions an author or byline.</summary>
    public List<IElement> AuthorHints { get; } = [];

    public static PageIndex Build(IElement root)
    {
        var index = new PageIndex();
        var stack = new Stack<(IElement Element, bool InArticle)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, inArticle) = stack.Pop();
            index.Visit(element, inArticle);
            var childInArticle = inArticle || element.LocalName is "article" or "main";
            // ChildNodes indexes in constant time; the Children collection is filtered on every access.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, childInArticle));
                }
            }
        }

        return index;
    }

    private void Visit(IElement element, bool inArticle)
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
