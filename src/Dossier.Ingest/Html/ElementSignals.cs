using System.Text.RegularExpressions;
using Dossier.Ingest.Html.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// What an element's tag, role, class and id say about it: never text (scripts, forms controls, hidden
/// parts), page furniture (navigation, footers, share bars, comments, related lists, cookie banners) or
/// the article itself. The class-name vocabulary follows the long-standing readability heuristics
/// (Arc90 Readability, Mozilla Readability.js), written anew here.
/// </summary>
internal static partial class ElementSignals
{
    /// <summary>How an element was recognised as page furniture.</summary>
    public enum Furniture
    {
        None,

        /// <summary>By tag or ARIA role (nav, aside, footer, role=navigation).</summary>
        Structural,

        /// <summary>By a class or id name such as "share", "related", "widget".</summary>
        Named,

        /// <summary>By a class or id naming comments or a discussion.</summary>
        Discussion,
    }

    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "select", "option", "button", "input", "textarea", "head", "title", "map", "datalist", "link", "meta", "source", "picture", "img",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "caption", "ul",
    };

    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "menu" };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "toolbar",
    };

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|navi|menu|mainmenu|submenu|breadcrumbs?|footer|site-?footer|foot|masthead|site-?header|top-?bar|sidebar|side-?bar|sidebox|widget|widgets|related|relatedposts|recommend(?:ed|ations)?|more-?(?:stories|articles|news)|read-?more|share|shares|sharing|sharebar|social|socials|sociable|shariff|addthis|follow|comments?|commentlist|comment-?list|disqus|respond|cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|promo|advert|advertisement|adsense|ads|ad|ad-?slot|sponsor|sponsored|banner|popup|modal|overlay|paywall|tags|tag-?list|tagcloud|keywords|categories|author-?(?:bio|box|info)|about-?author|byline|autor|autorin|autoren|autorzeile|auteur|autore|abo|abo-?box|post-?meta|entry-?meta|article-?meta|meta|metadata|dateline|timestamp|date|published|toolbar|pagination|pager|prev-?next|skip|login|search|rating|most-?popular|popular|trending|outbrain|taboola|copyright|legal|caption|captions|wp-caption-text|credits?|photo-?credit|image-?credit|bildunterschrift|bildnachweis|legende|disclaimer|teaser-?list|breaking|ticker|jump-?links|toc|visually-?hidden|sr-only|screen-?reader-?text)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"(?:^|[\s_-])(?:article-?body|articlebody|article-?content|article-?text|articletext|post-?body|post-?content|postcontent|entry-?content|entry-?body|story-?body|story-?content|storycontent|main-?content|maincontent|content-?body|body-?text|bodytext|text-?body|artikel-?text|articleBody|single-?content|news-?text|article__body|article__content)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex StrongContentName();

    [GeneratedRegex(@"article|body|content|entry|main|page|post|text|blog|story|artikel|beitrag|inhalt|hentry|column", RegexOptions.IgnoreCase)]
    private static partial Regex PositiveName();

    [GeneratedRegex(@"comment|footer|sidebar|widget|nav|menu|share|social|related|sponsor|ad-|promo|banner|meta|tags|cookie|popup|shopping|combx|masthead|outbrain|taboola", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeName();

    [GeneratedRegex(@"comment|disqus|respond|reply|discussion|forum", RegexOptions.IgnoreCase)]
    private static partial Regex DiscussionName();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    // Class values repeat within and across pages (theme names), so the regex verdicts on them are memoised;
    // ids are often unique ("post-1234"), so they get caches of their own that may churn without evicting classes.
    // Most names are no furniture at all, so that one pattern is judged first and alone; the rest is judged only
    // for names that need it (StrongContent and Discussion when an element looks like furniture, the weight for
    // the containers that selection scores). Every pattern is delimited by separators or is a plain substring,
    // so judging class and id apart is the same as judging "class id" at once.
    private static readonly BoundedCache<string, bool> ClassFurniture = new(20_000, StringComparer.Ordinal);
    private static readonly BoundedCache<string, bool> IdFurniture = new(20_000, StringComparer.Ordinal);
    private static readonly BoundedCache<string, FurnitureDetail> Details = new(20_000, StringComparer.Ordinal);
    private static readonly BoundedCache<string, int> Weights = new(20_000, StringComparer.Ordinal);

    /// <summary>What the patterns say about a class or id value that names furniture.</summary>
    private readonly record struct FurnitureDetail(bool StrongContent, bool Discussion)
    {
        public static FurnitureDetail Of(string name) => new(StrongContentName().IsMatch(name), DiscussionName().IsMatch(name));
    }

    private static bool NamesFurniture(string? name, BoundedCache<string, bool> cache) =>
        !string.IsNullOrEmpty(name) && cache.GetOrAdd(name, static n => FurnitureName().IsMatch(n));

    private static FurnitureDetail DetailOf(string? name) => string.IsNullOrEmpty(name) ? default : Details.GetOrAdd(name, FurnitureDetail.Of);

    private static int WeightOf(string? name) => string.IsNullOrEmpty(name)
        ? 0
        : Weights.GetOrAdd(name, static n => (NegativeName().IsMatch(n) ? -25 : 0) + (PositiveName().IsMatch(n) ? 25 : 0));

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    /// <summary>Elements whose content is never article text.</summary>
    public static bool IsSkipped(HtmlElement element)
    {
        var tag = element.LocalName;
        if (SkippedTags.Contains(tag))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>
    /// Whether the element is navigation, a footer, a share bar, comments, a related list, a cookie
    /// banner or the like, and how sure that is: tags and roles are meant for it, class names are
    /// only a hint (themes call whole articles "entry share" or "widget-container").
    /// </summary>
    public static Furniture FurnitureOf(HtmlElement element)
    {
        var tag = element.LocalName;
        if (tag is "body" or "html" or "main" or "article")
        {
            return Furniture.None;
        }

        if (FurnitureTags.Contains(tag))
        {
            return Furniture.Structural;
        }

        var role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role))
        {
            return Furniture.Structural;
        }

        var className = element.ClassName;
        var id = element.Id;
        if (!NamesFurniture(className, ClassFurniture) && !NamesFurniture(id, IdFurniture))
        {
            return Furniture.None;
        }

        var byClass = DetailOf(className);
        var byId = DetailOf(id);
        if (byClass.StrongContent || byId.StrongContent)
        {
            return Furniture.None;
        }

        return byClass.Discussion || byId.Discussion ? Furniture.Discussion : Furniture.Named;
    }

    /// <summary>Readability-style weight of class and id: +25 for content-like names, -25 for furniture-like ones.</summary>
    public static int ClassWeight(HtmlElement element)
    {
        var weight = WeightOf(element.ClassName) + WeightOf(element.Id);
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        return weight;
    }
}
