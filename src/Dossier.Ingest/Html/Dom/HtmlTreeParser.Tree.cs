namespace Dossier.Ingest.Html.Dom;

/// <summary>
/// The tree rules, after the "in body" insertion mode of WHATWG HTML and simplified for extraction: implied
/// html, head and body; void elements; start tags of blocks close an open paragraph; li, dd and dt close the
/// previous item; headings do not nest; table rows, cells and sections close their open siblings; end tags close
/// only what is in scope, and a stray inline end tag does not close a block ("any other end tag"); "&lt;/p&gt;"
/// without an open paragraph makes an empty one and "&lt;/br&gt;" is a line break; a new &lt;a&gt; closes an open
/// one; table parts outside a table are ignored. Not done: the adoption agency and the reconstruction of
/// formatting elements (they copy inline elements around and change no text) and foster parenting out of tables.
/// Nesting is capped at <see cref="MaxDepth"/>: deeper start tags and their end tags are ignored, which keeps every
/// scope check bounded. HtmlTreeParserReferenceTests compares the trees with a full WHATWG tree builder.
/// </summary>
internal sealed partial class HtmlTreeParser
{
    /// <summary>Deepest nesting kept; real pages nest a few dozen deep.</summary>
    public const int MaxDepth = 400;

    private const TagFlags DefaultScope = TagFlags.ScopeBoundary;
    private const TagFlags ListScope = TagFlags.ScopeBoundary | TagFlags.ListScopeBoundary;
    private const TagFlags ButtonScope = TagFlags.ScopeBoundary | TagFlags.ButtonScopeBoundary;
    private const TagFlags TableScope = TagFlags.TableScopeBoundary;

    private readonly HtmlDocument _document;
    private readonly HtmlElement _html;
    private readonly List<HtmlElement> _open = new(64);
    private HtmlElement? _head;
    private HtmlElement? _body;
    private Dictionary<string, int>? _dropped;
    private int _foreignDepth;

    // Open <p> elements: every block start tag closes a paragraph in scope, and without one open that check would
    // walk the whole stack (up to MaxDepth) for nothing.
    private int _openParagraphs;

    private HtmlElement Current => _open[^1];

    private void InsertText(int start, int end, bool needsDecoding)
    {
        if (_body is null)
        {
            // Spaces before the body belong to the head and show nowhere; any other text starts the body.
            if (_source.AsSpan(start, end - start).IndexOfAnyExcept(" \t\n\r\f") < 0)
            {
                return;
            }

            EnsureBody(-1, null);
        }

        Current.AppendChild(new HtmlText(start, end, needsDecoding, isRaw: false));
    }

    /// <summary>Applies a start tag; returns the element inserted, or null when the tag was merged or ignored.</summary>
    private HtmlElement? StartTag(string name, TagFlags flags, int position, string[]? attributes, bool selfClosing)
    {
        switch (name)
        {
            case "html":
                _html.MergeAttributes(attributes);
                return null;
            case "body":
                if (_body is null)
                {
                    EnsureBody(position, attributes);
                }
                else
                {
                    _body.MergeAttributes(attributes);
                }

                return null;
            case "head":
                if (_body is null && _head is null)
                {
                    _head = new HtmlElement(_document, "head", flags, position, attributes);
                    _html.AppendChild(_head);
                }

                return null;
            case "image":
                (name, flags) = ("img", TagTable.Known["img"].Flags);
                break;
        }

        if (_body is null)
        {
            if ((flags & TagFlags.HeadContent) != 0 && (flags & (TagFlags.Void | TagFlags.RawText | TagFlags.EscapableRawText)) != 0)
            {
                if (_head is null)
                {
                    _head = new HtmlElement(_document, "head", TagTable.Known["head"].Flags, -1, null);
                    _html.AppendChild(_head);
                }

                var headElement = new HtmlElement(_document, name, flags, position, attributes);
                _head.AppendChild(headElement);
                NoteTitle(headElement);
                return headElement;
            }

            EnsureBody(-1, null);
        }

        if (_foreignDepth > 0 && ((flags & TagFlags.BreaksOutOfForeign) != 0 || (name == "font" && attributes is not null)))
        {
            while (_foreignDepth > 0)
            {
                Pop();
            }
        }

        if (((flags & (TagFlags.TableCell | TagFlags.TableSection)) != 0 || name is "tr" or "caption" or "col" or "colgroup")
            && !IsInScope("table", TableScope))
        {
            // Table parts outside a table are ignored; their content stays where it is.
            return null;
        }

        CloseImpliedBy(name, flags);
        var element = new HtmlElement(_document, name, flags, position, attributes);
        if ((flags & (TagFlags.Void | TagFlags.RawText | TagFlags.EscapableRawText)) != 0
            || (selfClosing && (_foreignDepth > 0 || (flags & TagFlags.Foreign) != 0)))
        {
            // Raw-text content is read right away by the tokenizer, so these never stay open.
            Current.AppendChild(element);
            NoteTitle(element);
            return element;
        }

        if (_open.Count >= MaxDepth)
        {
            _dropped ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
            return null;
        }

        Current.AppendChild(element);
        _open.Add(element);
        _openParagraphs += name == "p" ? 1 : 0;
        if ((flags & TagFlags.Foreign) != 0)
        {
            _foreignDepth++;
        }

        return element;
    }

    /// <summary>What a start tag closes before it is inserted.</summary>
    private void CloseImpliedBy(string name, TagFlags flags)
    {
        if ((flags & TagFlags.ClosesParagraph) != 0)
        {
            if (name is "li" or "dd" or "dt")
            {
                CloseListItem(name);
            }

            if (_openParagraphs > 0)
            {
                CloseInScope("p", ButtonScope);
            }

            if ((flags & TagFlags.Heading) != 0 && (Current.Flags & TagFlags.Heading) != 0)
            {
                Pop();
            }

            return;
        }

        if ((flags & TagFlags.TableCell) != 0)
        {
            CloseCell();
        }
        else if ((flags & TagFlags.TableSection) != 0)
        {
            CloseTableSection();
        }

        switch (name)
        {
            case "tr":
                CloseInScope("tr", TableScope);
                break;
            case "a":
                CloseOpenAnchor();
                break;
            case "option":
                if (Current.LocalName == "option")
                {
                    Pop();
                }

                break;
            case "optgroup":
                if (Current.LocalName == "option")
                {
                    Pop();
                }

                if (Current.LocalName == "optgroup")
                {
                    Pop();
                }

                break;
            case "button":
                CloseInScope("button", DefaultScope);
                break;
        }
    }

    /// <summary>A new li closes the open li (a new dd or dt the open dd or dt) unless a block other than address, div or p lies between.</summary>
    private void CloseListItem(string name)
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var node = _open[k];
            var local = node.LocalName;
            if (name == "li" ? local == "li" : local is "dd" or "dt")
            {
                PopThrough(k);
                return;
            }

            if ((node.Flags & TagFlags.Special) != 0 && local is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseCell()
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var flags = _open[k].Flags;
            if ((flags & TagFlags.TableCell) != 0)
            {
                PopThrough(k);
                return;
            }

            if ((flags & TableScope) != 0)
            {
                return;
            }
        }
    }

    private void CloseTableSection()
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var flags = _open[k].Flags;
            if ((flags & TagFlags.TableSection) != 0)
            {
                PopThrough(k);
                return;
            }

            if ((flags & TableScope) != 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// An &lt;a&gt; inside an open one closes it. With blocks in between, the outer one only leaves the stack of open
    /// elements (the adoption agency would also split it), so the blocks stay open.
    /// </summary>
    private void CloseOpenAnchor()
    {
        var blockAbove = false;
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var node = _open[k];
            if (node.LocalName == "a")
            {
                if (blockAbove)
                {
                    _open.RemoveAt(k);
                }
                else
                {
                    PopThrough(k);
                }

                return;
            }

            if ((node.Flags & DefaultScope) != 0)
            {
                return;
            }

            blockAbove |= (node.Flags & TagFlags.Special) != 0;
        }
    }

    private void EndTag(string name, TagFlags flags, int position)
    {
        if (_dropped is not null && _dropped.TryGetValue(name, out var dropped) && dropped > 0)
        {
            _dropped[name] = dropped - 1;
            return;
        }

        switch (name)
        {
            case "html" or "body" or "head":
                // Content after </body> still goes into the body, as in browsers.
                return;
            case "p":
                if (!CloseInScope("p", ButtonScope))
                {
                    StartTag("p", flags, position, null, selfClosing: false);
                    CloseInScope("p", ButtonScope);
                }

                return;
            case "br":
                StartTag("br", flags, position, null, selfClosing: false);
                return;
            case "li":
                CloseInScope("li", ListScope);
                return;
            case "dd" or "dt" or "button":
                CloseInScope(name, DefaultScope);
                return;
            case "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "table" or "caption":
                CloseInScope(name, TableScope);
                return;
        }

        if ((flags & TagFlags.Heading) != 0)
        {
            CloseHeading();
        }
        else if ((flags & TagFlags.BlockEnd) != 0)
        {
            CloseInScope(name, DefaultScope);
        }
        else
        {
            CloseInline(name);
        }
    }

    private void CloseHeading()
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var flags = _open[k].Flags;
            if ((flags & TagFlags.Heading) != 0)
            {
                PopThrough(k);
                return;
            }

            if ((flags & DefaultScope) != 0)
            {
                return;
            }
        }
    }

    /// <summary>"Any other end tag": closes the nearest open element of that name unless a special element comes first.</summary>
    private void CloseInline(string name)
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var node = _open[k];
            if (node.LocalName == name)
            {
                PopThrough(k);
                return;
            }

            if ((node.Flags & TagFlags.Special) != 0)
            {
                return;
            }
        }
    }

    /// <summary>Closes the nearest open element named <paramref name="name"/> if it is in the given scope; false when it is not.</summary>
    private bool CloseInScope(string name, TagFlags boundaries)
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var node = _open[k];
            if (node.LocalName == name)
            {
                PopThrough(k);
                return true;
            }

            if ((node.Flags & boundaries) != 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsInScope(string name, TagFlags boundaries)
    {
        for (var k = _open.Count - 1; k > 0; k--)
        {
            var node = _open[k];
            if (node.LocalName == name)
            {
                return true;
            }

            if ((node.Flags & boundaries) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Pops the open elements down to and including index <paramref name="k"/> (never the root).</summary>
    private void PopThrough(int k)
    {
        while (_open.Count > Math.Max(k, 1))
        {
            Pop();
        }
    }

    private void Pop()
    {
        if (_open.Count <= 1)
        {
            return;
        }

        var top = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        _openParagraphs -= top.LocalName == "p" ? 1 : 0;
        if ((top.Flags & TagFlags.Foreign) != 0 && _foreignDepth > 0)
        {
            _foreignDepth--;
        }
    }

    private void EnsureBody(int position, string[]? attributes)
    {
        if (_body is not null)
        {
            return;
        }

        _body = new HtmlElement(_document, "body", TagTable.Known["body"].Flags, position, attributes);
        _html.AppendChild(_body);
        _open.Add(_body);
    }

    private void NoteTitle(HtmlElement element)
    {
        if (element.LocalName == "title" && _document.TitleElement is null && _foreignDepth == 0)
        {
            _document.TitleElement = element;
        }
    }
}
