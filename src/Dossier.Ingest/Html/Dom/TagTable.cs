using System.Collections.Frozen;

namespace Dossier.Ingest.Html.Dom;

/// <summary>What the tree-construction rules need to know about a tag name (WHATWG HTML, "tree construction").</summary>
[Flags]
internal enum TagFlags
{
    None = 0,

    /// <summary>Never has content (br, img, meta...).</summary>
    Void = 1 << 0,

    /// <summary>Content is raw text up to the matching end tag (script, style...).</summary>
    RawText = 1 << 1,

    /// <summary>Content is text with character references up to the matching end tag (title, textarea).</summary>
    EscapableRawText = 1 << 2,

    /// <summary>Its start tag closes an open &lt;p&gt; (block-level elements).</summary>
    ClosesParagraph = 1 << 3,

    /// <summary>The "special" category: generic end tags do not close past it.</summary>
    Special = 1 << 4,

    /// <summary>h1 to h6.</summary>
    Heading = 1 << 5,

    /// <summary>Bounds the default element scope (html, table, td, th, caption, object...).</summary>
    ScopeBoundary = 1 << 6,

    /// <summary>Also bounds the list-item scope (ol, ul).</summary>
    ListScopeBoundary = 1 << 7,

    /// <summary>Also bounds the button scope.</summary>
    ButtonScopeBoundary = 1 << 8,

    /// <summary>Bounds the table scope (html, table, template).</summary>
    TableScopeBoundary = 1 << 9,

    /// <summary>Closed by "generate implied end tags" (p, li, dd, dt, option...).</summary>
    ImpliedEnd = 1 << 10,

    /// <summary>Belongs in &lt;head&gt; when it comes before the body (meta, link, title, script...).</summary>
    HeadContent = 1 << 11,

    /// <summary>Starts SVG or MathML content, where "/&gt;" closes any element.</summary>
    Foreign = 1 << 12,

    /// <summary>A start tag that ends SVG or MathML content (the HTML elements listed in "parsing foreign content").</summary>
    BreaksOutOfForeign = 1 << 13,

    /// <summary>Its end tag closes it only when it is in scope, past any inline elements (div, section, ul...).</summary>
    BlockEnd = 1 << 14,

    /// <summary>td, th.</summary>
    TableCell = 1 << 15,

    /// <summary>tbody, thead, tfoot.</summary>
    TableSection = 1 << 16,
}

/// <summary>A tag name, interned, with its flags.</summary>
internal sealed record TagInfo(string Name, TagFlags Flags);

/// <summary>The tag names the tree builder treats specially; every other name is an ordinary inline element.</summary>
internal static class TagTable
{
    private const TagFlags Block = TagFlags.ClosesParagraph | TagFlags.Special | TagFlags.BlockEnd;

    public static readonly FrozenDictionary<string, TagInfo> Known = Build();

    public static readonly FrozenDictionary<string, TagInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, TagInfo> Build()
    {
        var flags = new Dictionary<string, TagFlags>(StringComparer.Ordinal);

        void Add(TagFlags f, params string[] names)
        {
            foreach (var name in names)
            {
                flags[name] = flags.GetValueOrDefault(name) | f;
            }
        }

        Add(TagFlags.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
            "meta", "param", "source", "track", "wbr");
        Add(TagFlags.RawText, "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");
        Add(TagFlags.EscapableRawText, "title", "textarea");
        Add(Block, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section",
            "summary", "ul", "form");
        Add(TagFlags.ClosesParagraph | TagFlags.Special, "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "plaintext", "table",
            "hr", "xmp");
        Add(TagFlags.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(TagFlags.Special, "applet", "area", "base", "basefont", "bgsound", "body", "br", "button", "caption", "col", "colgroup",
            "embed", "frame", "frameset", "head", "html", "iframe", "img", "input", "keygen", "link", "marquee", "meta", "noembed",
            "noframes", "noscript", "object", "param", "script", "select", "source", "style", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "title", "tr", "track", "wbr");
        Add(TagFlags.ScopeBoundary, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");
        Add(TagFlags.ListScopeBoundary, "ol", "ul");
        Add(TagFlags.ButtonScopeBoundary, "button");
        Add(TagFlags.TableScopeBoundary, "html", "table", "template");
        Add(TagFlags.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");
        Add(TagFlags.HeadContent, "base", "basefont", "bgsound", "link", "meta", "title", "noscript", "script", "style", "template", "noframes");
        Add(TagFlags.Foreign, "svg", "math");
        Add(TagFlags.BreaksOutOfForeign, "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby",
            "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");
        Add(TagFlags.TableCell, "td", "th");
        Add(TagFlags.TableSection, "tbody", "thead", "tfoot");
        foreach (var name in new[] { "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "code", "tt", "nobr", "strike",
                     "tr", "option", "optgroup", "head", "body", "html", "caption", "colgroup", "image", "frameset", "rb", "rp", "rt", "rtc",
                     "time", "label", "sup", "sub", "abbr", "cite", "q", "mark", "picture", "video", "audio", "canvas", "map", "datalist",
                     "math", "svg", "var", "ruby", "button", "select", "object" })
        {
            flags.TryAdd(name, TagFlags.None);
        }

        // Case-insensitive, so that a name is looked up straight from the source and comes back interned in lower case.
        return flags.ToFrozenDictionary(kv => kv.Key, kv => new TagInfo(kv.Key, kv.Value), StringComparer.OrdinalIgnoreCase);
    }
}
