using System.Text;
using AngleSharp.Dom;
using Dossier.Core;

namespace Dossier.Ingest.Html;

/// <summary>
/// Walks the DOM in document order and cuts its visible text into blocks, with whitespace collapsed
/// and each character's source position. The walk uses an explicit stack: pages nest elements
/// thousands deep, and recursion would overflow the thread's stack.
/// </summary>
internal sealed class BlockCollector
{
    private const string CellSeparator = " | ";
    private const int MaxHeadingLength = 200;

    private readonly SourceAligner _aligner;
    private readonly List<HtmlBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly List<int> _sources = [];
    private readonly List<IElement> _blockOwners = [];
    private readonly List<IElement> _furniture = [];
    private readonly List<ElementSignals.Furniture> _furnitureKinds = [];
    private int _linkChars;
    private int _visible;
    private bool _pendingSpace;
    private int _pendingSpaceSource = -1;
    private int _linkDepth;
    private readonly Stack<bool> _linkCounted = new();
    private int _preDepth;
    private int _captionDepth;
    private int[] _positions = new int[256];

    private BlockCollector(string source) => _aligner = new SourceAligner(source);

    public static List<HtmlBlock> Collect(IElement root, string source)
    {
        var collector = new BlockCollector(source);
        collector.Walk(root);
        return collector._blocks;
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (exit)
                {
                    Leave(element);
                    continue;
                }

                if (ElementSignals.IsSkipped(element))
                {
                    continue;
                }

                Enter(element);
                stack.Push((element, true));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    var child = children[i];
                    if (child.NodeType is NodeType.Element or NodeType.Text)
                    {
                        stack.Push((child, false));
                    }
                }
            }
            else if (node is IText text)
            {
                AppendText(text.Data);
            }
        }

        Flush();
    }

    private void Enter(IElement element)
    {
        _aligner.AnchorAt(element.SourceReference?.Position.Index ?? -1);
        var tag = element.LocalName;
        if (ElementSignals.IsBlock(tag))
        {
            Flush();
            _blockOwners.Add(element);
        }

        switch (tag)
        {
            case "a" when element.HasAttribute("href"):
                var counts = !IsReopenedLink(element);
                _linkCounted.Push(counts);
                if (counts)
                {
                    _linkDepth++;
                }

                break;
            case "pre":
                _preDepth++;
                break;
            case "figcaption":
                _captionDepth++;
                break;
            case "br":
                LineBreak();
                break;
            case "td" or "th":
                if (_visible > 0)
                {
                    AppendSeparator(CellSeparator);
                }

                break;
        }

        var furniture = ElementSignals.FurnitureOf(element);
        if (furniture != ElementSignals.Furniture.None)
        {
            _furniture.Add(element);
            _furnitureKinds.Add(furniture);
        }
    }

    private void Leave(IElement element)
    {
        var tag = element.LocalName;
        if (ElementSignals.IsBlock(tag))
        {
            Flush();
            if (_blockOwners.Count > 0 && _blockOwners[^1] == element)
            {
                _blockOwners.RemoveAt(_blockOwners.Count - 1);
            }
        }

        switch (tag)
        {
            case "a" when element.HasAttribute("href"):
                if (_linkCounted.Count > 0 && _linkCounted.Pop())
                {
                    _linkDepth--;
                }

                break;
            case "pre":
                _preDepth--;
                break;
            case "figcaption":
                _captionDepth--;
                break;
        }

        if (_furniture.Count > 0 && _furniture[^1] == element)
        {
            _furniture.RemoveAt(_furniture.Count - 1);
            _furnitureKinds.RemoveAt(_furnitureKinds.Count - 1);
        }
    }

    /// <summary>
    /// An unclosed &lt;a&gt; is re-opened by the HTML parser inside every following paragraph
    /// ("reconstruct the active formatting elements"). Such a copy starts, in the source, before the
    /// paragraph that now contains it; it would turn a whole article into "links", so it is not counted.
    /// </summary>
    private bool IsReopenedLink(IElement anchor)
    {
        if (_blockOwners.Count == 0)
        {
            return false;
        }

        var anchorStart = anchor.SourceReference?.Position.Index ?? -1;
        var ownerStart = _blockOwners[^1].SourceReference?.Position.Index ?? -1;
        return anchorStart >= 0 && ownerStart >= 0 && anchorStart < ownerStart;
    }

    private void LineBreak()
    {
        if (_visible == 0)
        {
            return;
        }

        // Two line breaks in a row end the paragraph, as they do on screen.
        if (_text.Length > 0 && _text[^1] == '\n')
        {
            Flush();
            return;
        }

        TrimTrailingSpace();
        _pendingSpace = false;
        _text.Append('\n');
        _sources.Add(-1);
    }

    private void AppendSeparator(string separator)
    {
        TrimTrailingSpace();
        _pendingSpace = false;
        _text.Append(separator);
        for (var i = 0; i < separator.Length; i++)
        {
            _sources.Add(-1);
        }
    }

    private void AppendText(string data)
    {
        if (data.Length == 0)
        {
            return;
        }

        if (_positions.Length < data.Length)
        {
            _positions = new int[Math.Max(data.Length, _positions.Length * 2)];
        }

        var positions = _positions.AsSpan(0, data.Length);
        _aligner.Align(data, positions);
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (_preDepth > 0 && c is '\n' or '\t' or ' ')
            {
                if (_visible > 0)
                {
                    _text.Append(c);
                    _sources.Add(positions[i]);
                }

                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\uFEFF')
            {
                if (!_pendingSpace && _visible > 0 && c is not '\uFEFF')
                {
                    _pendingSpace = true;
                    _pendingSpaceSource = c == ' ' ? positions[i] : -1;
                }

                continue;
            }

            if (_pendingSpace)
            {
                if (_text.Length > 0 && _text[^1] != '\n')
                {
                    _text.Append(' ');
                    _sources.Add(_pendingSpaceSource);
                }

                _pendingSpace = false;
            }

            _text.Append(c);
            _sources.Add(positions[i]);
            _visible++;
            if (_linkDepth > 0)
            {
                _linkChars++;
            }
        }
    }

    private void TrimTrailingSpace()
    {
        while (_text.Length > 0 && _text[^1] is ' ' or '\n' or '\t')
        {
            _text.Length--;
            _sources.RemoveAt(_sources.Count - 1);
        }
    }

    private void Flush()
    {
        TrimTrailingSpace();
        if (_visible > 0 && _text.Length > 0 && _blockOwners.Count > 0)
        {
            var owner = _blockOwners[^1];
            _blocks.Add(new HtmlBlock
            {
                Owner = owner,
                Kind = KindOf(owner.LocalName, _text.Length),
                Text = _text.ToString(),
                Sources = [.. _sources],
                LinkChars = _linkChars,
                VisibleLength = _visible,
                FurnitureAncestor = _furniture.Count > 0 ? _furniture[^1] : null,
                FurnitureKind = _furnitureKinds.Count > 0 ? _furnitureKinds[^1] : ElementSignals.Furniture.None,
                InCaption = _captionDepth > 0,
                Index = _blocks.Count,
            });
        }

        _text.Clear();
        _sources.Clear();
        _linkChars = 0;
        _visible = 0;
        _pendingSpace = false;
    }

    /// <summary>The block kind; a "heading" of several sentences is a paragraph set in large type.</summary>
    private static BlockKind KindOf(string tag, int length) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when length <= MaxHeadingLength => BlockKind.Heading,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Paragraph,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        _ => BlockKind.Paragraph,
    };
}
