using System.Text;

namespace Dossier.Ingest.Html;

/// <summary>
/// Flattens pathological nesting before parsing. The HTML tree builder checks element scopes by
/// walking the stack of open elements, so a page nested thousands deep costs quadratic time. Start
/// tags beyond <see cref="MaxDepth"/> (and their end tags) are overwritten with spaces of the same
/// length: text keeps its source positions, and real pages, which nest a few dozen deep, are untouched.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxDepth = 400;

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noscript" };

    /// <summary>The page itself when it nests less than <see cref="MaxDepth"/> deep, else a flattened copy of the same length.</summary>
    public static string Limit(string html)
    {
        if (!MayBeDeep(html))
        {
            return html;
        }

        StringBuilder? flattened = null;
        var depth = 0;
        var blanked = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = html[nameStart..nameEnd];
            var selfClosing = html[tagEnd - 1] == '/';
            if (closing)
            {
                if (blanked.TryGetValue(name, out var pending) && pending > 0)
                {
                    blanked[name] = pending - 1;
                    Blank(ref flattened, html, i, tagEnd + 1);
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            else if (!VoidTags.Contains(name) && !selfClosing)
            {
                if (RawTextTags.Contains(name))
                {
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : close;
                    continue;
                }

                if (depth >= MaxDepth)
                {
                    blanked[name] = blanked.GetValueOrDefault(name) + 1;
                    Blank(ref flattened, html, i, tagEnd + 1);
                }
                else
                {
                    depth++;
                }
            }

            i = tagEnd + 1;
        }

        return flattened?.ToString() ?? html;
    }

    /// <summary>Cheap pre-check: fewer start tags than the limit cannot nest that deep.</summary>
    private static bool MayBeDeep(string html)
    {
        var tags = 0;
        foreach (var c in html)
        {
            if (c == '<' && ++tags > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    private static void Blank(ref StringBuilder? flattened, string html, int start, int end)
    {
        flattened ??= new StringBuilder(html);
        for (var k = start; k < end; k++)
        {
            flattened[k] = ' ';
        }
    }
}
