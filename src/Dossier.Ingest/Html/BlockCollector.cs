using System.Text;
using Dossier.Core;
using Dossier.Ingest.Html.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Walks the tree in document order and cuts its visible text into blocks, with whitespace collapsed
/// and each character's source position (text nodes know their source range). The walk follows parent and
/// sibling links instead of recursing: pages nest elements deep, and recursion would overflow the thread's stack.
/// </summary>
internal sealed class BlockCollector
{
    private const string CellSeparator = " | ";
    private const int MaxHeadingLength = 200;

    private readonly string _source;
    private readonly List<HtmlBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly List<int> _sources = [];
    private readonly List<HtmlElement> _blockOwners = [];
    private readonly List<HtmlElement> _furniture = [];
    private readonly List<ElementSignals.Furniture> _furnitureKinds = [];
    private int _linkChars;
    private int _visible;
    private bool _pendingSpace;
    private int _pendingSpaceSource = -1;
    private int _linkDepth;
    private int _preDepth;
    private int _captionDepth;
    private int[] _positions = new int[256];
    private char[] _decoded = new char[256];

    private BlockCollector(string source) => _source = source;

    public static List<HtmlBlock> Collect(HtmlElement root, string source)
    {
        var collector = new BlockCollector(source);
        collector.Walk(root);
        return collector._blocks;
    }

    private void Walk(HtmlElement root)
    {
        if (ElementSignals.IsSkipped(root))
        {
            return;
        }

        Enter(root);
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node is HtmlElement element)
            {
                if (!ElementSignals.IsSkipped(element))
                {
                    Enter(element);
                    if (element.FirstChild is { } first)
                    {
                        node = first;
                        continue;
                    }

                    Leave(element);
                }
            }
            else if (node is HtmlText text)
            {
                AppendText(text);
            }

            // On to the next sibling of the nearest ancestor that has one, leaving the elements finished on the way.
            while (node.NextSibling is null)
            {
                var parent = node.Parent;
                if (parent is null || parent == root)
                {
                    node = null;
                    break;
                }

                Leave(parent);
                node = parent;
            }

            node = node?.NextSibling;
        }

        Leave(root);
        Flush();
    }

    private void Enter(HtmlElement element)
    {
        var tag = element.LocalName;
        if (ElementSignals.IsBlock(tag))
        {
            Flush();
            _blockOwners.Add(element);
        }

        switch (tag)
        {
            case "a" when element.HasAttribute("href"):
                _linkDepth++;

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

    private void Leave(HtmlElement element)
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
                _linkDepth--;

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

    private void AppendText(HtmlText node)
    {
        var length = node.End - node.Start;
        if (length == 0)
        {
            return;
        }

        if (!node.NeedsDecoding)
        {
            AppendText(_source.AsSpan(node.Start, length), node.Start, default);
            return;
        }

        if (_positions.Length < length)
        {
            _positions = new int[Math.Max(length, _positions.Length * 2)];
            _decoded = new char[_positions.Length];
        }

        var decoded = CharacterReferences.DecodeText(_source, node.Start, node.End, node.IsRaw, _decoded, _positions);
        AppendText(_decoded.AsSpan(0, decoded), -1, _positions.AsSpan(0, decoded));
    }

    /// <summary>Appends text whose i-th character comes from <paramref name="positions"/>[i], or from start + i when there are none.</summary>
    private void AppendText(ReadOnlySpan<char> data, int start, ReadOnlySpan<int> positions)
    {
        var mapped = !positions.IsEmpty;
        for (var i = 0; i < data.Length; i++)
        {
            var position = mapped ? positions[i] : start + i;
            var c = data[i];
            if (_preDepth > 0 && c is '\n' or '\t' or ' ')
            {
                if (_visible > 0)
                {
                    _text.Append(c);
                    _sources.Add(position);
                }

                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\uFEFF')
            {
                if (!_pendingSpace && _visible > 0 && c is not '\uFEFF')
                {
                    _pendingSpace = true;
                    _pendingSpaceSource = c == ' ' ? position : -1;
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
            _sources.Add(position);
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
