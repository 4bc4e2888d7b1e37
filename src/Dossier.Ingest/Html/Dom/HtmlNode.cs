using System.Text;

namespace Dossier.Ingest.Html.Dom;

/// <summary>
/// A node of the light tree that <see cref="HtmlTreeParser"/> builds for extraction: elements and text only
/// (comments and doctypes are dropped), children as a linked list, every node tied to its place in the source.
/// </summary>
internal abstract class HtmlNode
{
    public HtmlElement? Parent { get; internal set; }

    public HtmlNode? NextSibling { get; internal set; }
}

/// <summary>
/// A run of text: the half-open source range it was read from. The characters are the source's own unless
/// <see cref="NeedsDecoding"/> (character references, CR, NUL), so most text costs no string at all.
/// </summary>
internal sealed class HtmlText : HtmlNode
{
    public HtmlText(int start, int end, bool needsDecoding, bool isRaw)
    {
        Start = start;
        End = end;
        NeedsDecoding = needsDecoding;
        IsRaw = isRaw;
    }

    /// <summary>Source index of the first character.</summary>
    public int Start { get; }

    /// <summary>Source index just after the last character.</summary>
    public int End { get; }

    /// <summary>The source range holds character references, carriage returns or NULs that the text does not.</summary>
    public bool NeedsDecoding { get; }

    /// <summary>Script or style content: no character references are decoded.</summary>
    public bool IsRaw { get; }

    /// <summary>The text as the DOM would hold it.</summary>
    public string Data(string source)
    {
        if (!NeedsDecoding)
        {
            return source.Substring(Start, End - Start);
        }

        var buffer = new char[End - Start];
        var length = CharacterReferences.DecodeText(source, Start, End, IsRaw, buffer, default);
        return new string(buffer, 0, length);
    }
}

/// <summary>An element with its lower-case name and the attributes extraction reads.</summary>
internal sealed class HtmlElement : HtmlNode
{
    private string[]? _attributes;

    public HtmlElement(HtmlDocument document, string localName, TagFlags flags, int sourceStart, string[]? attributes)
    {
        Document = document;
        LocalName = localName;
        Flags = flags;
        SourceStart = sourceStart;
        _attributes = attributes;
    }

    public HtmlDocument Document { get; }

    /// <summary>The tag name in lower case.</summary>
    public string LocalName { get; }

    internal TagFlags Flags { get; }

    /// <summary>Source index of the start tag's '&lt;', or -1 for an element the parser implied (html, head, body).</summary>
    public int SourceStart { get; }

    public HtmlNode? FirstChild { get; private set; }

    public HtmlNode? LastChild { get; private set; }

    public HtmlElement? ParentElement => Parent;

    /// <summary>Attribute names and values, alternating; names in lower case.</summary>
    internal string[]? Attributes => _attributes;

    public string? ClassName => GetAttribute("class");

    public string? Id => GetAttribute("id");

    /// <summary>The child elements, in document order.</summary>
    public IEnumerable<HtmlElement> Children
    {
        get
        {
            for (var child = FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is HtmlElement element)
                {
                    yield return element;
                }
            }
        }
    }

    /// <summary>The text of all descendants in document order, as the DOM's textContent.</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            var source = Document.Source;
            foreach (var node in Descendants())
            {
                if (node is HtmlText run)
                {
                    if (run.NeedsDecoding)
                    {
                        text.Append(run.Data(source));
                    }
                    else
                    {
                        text.Append(source, run.Start, run.End - run.Start);
                    }
                }
            }

            return text.ToString();
        }
    }

    public string? GetAttribute(string name)
    {
        if (_attributes is null)
        {
            return null;
        }

        for (var i = 0; i < _attributes.Length; i += 2)
        {
            if (string.Equals(_attributes[i], name, StringComparison.Ordinal))
            {
                return _attributes[i + 1];
            }
        }

        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>The first descendant element that <paramref name="match"/> accepts, in document order.</summary>
    public HtmlElement? FindDescendant(Func<HtmlElement, bool> match)
    {
        foreach (var node in Descendants())
        {
            if (node is HtmlElement element && match(element))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>All descendants in document order, without recursion (pages nest deep).</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        var node = FirstChild;
        while (node is not null)
        {
            yield return node;
            if (node is HtmlElement { FirstChild: { } first })
            {
                node = first;
                continue;
            }

            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (node == this)
                {
                    yield break;
                }
            }

            node = node?.NextSibling;
        }
    }

    internal void AppendChild(HtmlNode child)
    {
        child.Parent = this;
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
        }

        LastChild = child;
    }

    /// <summary>Adds the attributes of a repeated &lt;html&gt; or &lt;body&gt; tag that this element lacks, as browsers do.</summary>
    internal void MergeAttributes(string[]? extra)
    {
        if (extra is null)
        {
            return;
        }

        var merged = new List<string>(_attributes ?? []);
        for (var i = 0; i < extra.Length; i += 2)
        {
            if (GetAttribute(extra[i]) is null)
            {
                merged.Add(extra[i]);
                merged.Add(extra[i + 1]);
            }
        }

        _attributes = [.. merged];
    }
}

/// <summary>A parsed page: the source, the root element and the first &lt;title&gt;.</summary>
internal sealed class HtmlDocument
{
    private HtmlElement? _root;

    public HtmlDocument(string source) => Source = source;

    public string Source { get; }

    /// <summary>The &lt;html&gt; element, always present.</summary>
    public HtmlElement DocumentElement
    {
        get => _root ?? throw new InvalidOperationException("the document has no root yet");
        internal set => _root = value;
    }

    internal HtmlElement? TitleElement { get; set; }

    /// <summary>The text of the first &lt;title&gt; outside SVG and MathML, or null.</summary>
    public string? Title => TitleElement?.TextContent;
}
