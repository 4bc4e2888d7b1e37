using System.Buffers;
using System.Collections.Frozen;

namespace Dossier.Ingest.Html.Dom;

/// <summary>
/// A streaming HTML tokenizer and a light tree builder written for extraction. The tokenizer follows the states of
/// the WHATWG HTML tokenizer that matter for text: data with character references, tags and attributes (quoted
/// values may hold '&gt;'), raw text (script, style, noscript, iframe, xmp...), escapable raw text (title,
/// textarea), comments, doctypes, processing instructions and CDATA as bogus comments, and end of input inside a
/// tag (the tag is dropped). The tree rules are in the other part of this class. Text nodes keep their exact
/// source range, so the source map needs no re-alignment. Attributes that extraction never reads are not kept.
/// </summary>
internal sealed partial class HtmlTreeParser
{
    private static readonly SearchValues<char> TextNeedsDecoding = SearchValues.Create("&\r\0");
    private static readonly SearchValues<char> RawNeedsDecoding = SearchValues.Create("\r\0");
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create("\t\n\f\r />");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create("\t\n\f\r />=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create("\t\n\f\r >");

    /// <summary>The attributes extraction reads (by lower-case name); the parser drops the rest (inline handlers, data-*, srcset...).</summary>
    private static readonly FrozenDictionary<string, string> AttributesRead = new[]
    {
        "class", "id", "role", "hidden", "aria-hidden", "style", "itemprop", "property", "name", "content", "http-equiv",
        "href", "rel", "type", "lang", "xml:lang", "datetime", "pubdate", "charset", "color", "face", "size",
    }.ToFrozenDictionary(name => name, name => name, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AttributeLookup =
        AttributesRead.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _source;
    private readonly List<string> _attributes = new(8);
    private Dictionary<string, string>? _otherNames;

    private HtmlTreeParser(string source)
    {
        _source = source;
        _document = new HtmlDocument(source);
        _html = new HtmlElement(_document, "html", TagTable.Known["html"].Flags, -1, null);
        _document.DocumentElement = _html;
        _open.Add(_html);
    }

    /// <summary>Parses a whole page. Never throws on malformed input; nesting beyond <see cref="MaxDepth"/> is flattened.</summary>
    public static HtmlDocument Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new HtmlTreeParser(source);
        parser.Run();
        return parser._document;
    }

    private void Run()
    {
        var source = _source;
        var n = source.Length;
        var textStart = 0;
        var i = 0;
        while (i < n)
        {
            var lt = source.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }

            var next = source[lt + 1];
            int resume;
            if (char.IsAsciiLetter(next))
            {
                Text(textStart, lt);
                resume = ReadStartTag(lt);
            }
            else if (next == '/')
            {
                if (lt + 2 < n && char.IsAsciiLetter(source[lt + 2]))
                {
                    Text(textStart, lt);
                    resume = ReadEndTag(lt);
                }
                else
                {
                    // "</>" is nothing; "</3" and the like are bogus comments.
                    Text(textStart, lt);
                    resume = lt + 2 < n && source[lt + 2] == '>' ? lt + 3 : SkipBogusComment(lt + 2);
                }
            }
            else if (next == '!')
            {
                Text(textStart, lt);
                resume = string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0 ? SkipComment(lt + 4) : SkipBogusComment(lt + 2);
            }
            else if (next == '?')
            {
                Text(textStart, lt);
                resume = SkipBogusComment(lt + 1);
            }
            else
            {
                // A '<' that opens no markup is text.
                i = lt + 1;
                continue;
            }

            if (resume < 0)
            {
                // End of input inside a tag: the tag is dropped, as are the characters after it.
                textStart = n;
                break;
            }

            i = textStart = resume;
        }

        Text(textStart, n);
    }

    private void Text(int start, int end)
    {
        if (start < end)
        {
            InsertText(start, end, _source.AsSpan(start, end - start).ContainsAny(TextNeedsDecoding));
        }
    }

    /// <summary>Reads a start tag at <paramref name="lt"/>; returns the index after it, or -1 at end of input.</summary>
    private int ReadStartTag(int lt)
    {
        var source = _source;
        var nameEnd = source.AsSpan(lt + 1).IndexOfAny(TagNameEnd);
        if (nameEnd < 0)
        {
            return -1;
        }

        nameEnd += lt + 1;
        var (name, flags) = Name(source.AsSpan(lt + 1, nameEnd - lt - 1));
        _attributes.Clear();
        var end = ReadAttributes(nameEnd, keep: true, out var selfClosing);
        if (end < 0)
        {
            return -1;
        }

        string[]? attributes = _attributes.Count == 0 ? null : [.. _attributes];
        var element = StartTag(name, flags, lt, attributes, selfClosing);
        if (element is null || (flags & (TagFlags.RawText | TagFlags.EscapableRawText)) == 0 || (selfClosing && _foreignDepth > 0))
        {
            return end;
        }

        return ReadRawText(element, end, escapable: (flags & TagFlags.EscapableRawText) != 0);
    }

    private int ReadEndTag(int lt)
    {
        var source = _source;
        var nameEnd = source.AsSpan(lt + 2).IndexOfAny(TagNameEnd);
        if (nameEnd < 0)
        {
            return -1;
        }

        nameEnd += lt + 2;
        var (name, flags) = Name(source.AsSpan(lt + 2, nameEnd - lt - 2));
        var end = ReadAttributes(nameEnd, keep: false, out _);
        if (end < 0)
        {
            return -1;
        }

        EndTag(name, flags, lt);
        return end;
    }

    /// <summary>Reads attributes up to and including the closing '&gt;'; returns the index after it, or -1 at end of input.</summary>
    private int ReadAttributes(int p, bool keep, out bool selfClosing)
    {
        var source = _source;
        var n = source.Length;
        selfClosing = false;
        while (true)
        {
            while (p < n && (IsSpace(source[p]) || source[p] == '/'))
            {
                if (source[p] == '/' && p + 1 < n && source[p + 1] == '>')
                {
                    selfClosing = true;
                }

                p++;
            }

            if (p >= n)
            {
                return -1;
            }

            if (source[p] == '>')
            {
                return p + 1;
            }

            // An attribute name may start with '='; it ends at space, '/', '>' or '='.
            var nameStart = p++;
            var rest = source.AsSpan(p).IndexOfAny(AttributeNameEnd);
            if (rest < 0)
            {
                return -1;
            }

            p += rest;
            var nameEnd = p;
            while (p < n && IsSpace(source[p]))
            {
                p++;
            }

            int valueStart = -1, valueEnd = -1;
            if (p < n && source[p] == '=')
            {
                p++;
                while (p < n && IsSpace(source[p]))
                {
                    p++;
                }

                if (p >= n)
                {
                    return -1;
                }

                if (source[p] is '"' or '\'')
                {
                    var close = source.IndexOf(source[p], p + 1);
                    if (close < 0)
                    {
                        return -1;
                    }

                    valueStart = p + 1;
                    valueEnd = close;
                    p = close + 1;
                }
                else
                {
                    var length = source.AsSpan(p).IndexOfAny(UnquotedValueEnd);
                    if (length < 0)
                    {
                        return -1;
                    }

                    valueStart = p;
                    valueEnd = p += length;
                }
            }

            if (keep && AttributeLookup.TryGetValue(source.AsSpan(nameStart, nameEnd - nameStart), out var name) && !HasAttribute(name))
            {
                _attributes.Add(name);
                _attributes.Add(valueStart < 0 ? "" : CharacterReferences.DecodeAttribute(source, valueStart, valueEnd));
            }
        }
    }

    private bool HasAttribute(string name)
    {
        // A repeated attribute is ignored: the first one counts.
        for (var k = 0; k < _attributes.Count; k += 2)
        {
            if (ReferenceEquals(_attributes[k], name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the content of a raw-text element up to its end tag (or the end of input) as one text node.</summary>
    private int ReadRawText(HtmlElement element, int start, bool escapable)
    {
        var source = _source;
        var name = element.LocalName;
        var end = source.Length;
        var resume = source.Length;
        if (name != "plaintext")
        {
            for (var at = source.IndexOf("</", start, StringComparison.Ordinal); at >= 0; at = source.IndexOf("</", at + 2, StringComparison.Ordinal))
            {
                var after = at + 2 + name.Length;
                if (after <= source.Length && source.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (after == source.Length || TagNameEnd.Contains(source[after])))
                {
                    end = at;
                    resume = ReadAttributes(after, keep: false, out _);
                    break;
                }
            }
        }

        if (start < end)
        {
            var range = source.AsSpan(start, end - start);
            element.AppendChild(new HtmlText(start, end, escapable ? range.ContainsAny(TextNeedsDecoding) : range.ContainsAny(RawNeedsDecoding), !escapable));
        }

        return resume;
    }

    private int SkipComment(int p)
    {
        var source = _source;

        // "<!-->" and "<!--->" are empty comments that end at once.
        if (p < source.Length && source[p] == '>')
        {
            return p + 1;
        }

        if (p + 1 < source.Length && source[p] == '-' && source[p + 1] == '>')
        {
            return p + 2;
        }

        var close = source.IndexOf("-->", p, StringComparison.Ordinal);
        return close < 0 ? source.Length : close + 3;
    }

    private int SkipBogusComment(int p)
    {
        var close = _source.IndexOf('>', p);
        return close < 0 ? _source.Length : close + 1;
    }

    /// <summary>The interned lower-case name and flags of a tag name as written.</summary>
    private (string Name, TagFlags Flags) Name(ReadOnlySpan<char> written)
    {
        if (TagTable.Lookup.TryGetValue(written, out var known))
        {
            return (known.Name, known.Flags);
        }

        _otherNames ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lookup = _otherNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(written, out var name))
        {
            name = written.ToString().ToLowerInvariant();
            _otherNames[name] = name;
        }

        return (name, TagFlags.None);
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';
}
