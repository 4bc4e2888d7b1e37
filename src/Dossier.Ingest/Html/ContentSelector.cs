using Dossier.Ingest.Html.Dom;
using Dossier.Core;
using Dossier.Ingest.Cleanup;

namespace Dossier.Ingest.Html;

/// <summary>
/// Chooses the blocks that make up the article. Container scoring follows the Readability algorithm
/// (Arc90, later Mozilla Readability.js): every paragraph gives points for its length and commas to
/// its parent and, less, to further ancestors; the best-scoring container, discounted by its link
/// density, is the article, joined by siblings that score close to it. The container then grows to
/// its parent while that adds a good share of article-like text (sectioned pages, tables, lists).
/// Blocks inside page furniture, link lists and junk lines are dropped from what was chosen.
/// </summary>
internal static class ContentSelector
{
    private const int MinParagraphLength = 25;
    private const int ScoredAncestorLevels = 5;
    private const int MaxAncestorWalk = 200;
    private const int MinArticleLength = 250;
    private const int MaxGrowLevels = 12;
    private const double MinGrowShare = 0.15;
    private const double MaxGrowLinkDensity = 0.4;
    private const int MaxPendingBlocks = 2;

    /// <summary>Receives the selection steps when set (error analysis in eval/extraction).</summary>
    internal static Action<string>? Trace { get; set; }

    private sealed class Totals
    {
        public double Score;
        public bool Initialised;
        public int Visible;
        public int Links;
        public int Good;
    }

    /// <summary>The article blocks of a whole page, in document order.</summary>
    public static List<HtmlBlock> SelectArticle(List<HtmlBlock> blocks)
    {
        var strict = Select(blocks, FurnitureToDrop(blocks, trustNames: true));
        if (TextLength(strict) >= MinArticleLength)
        {
            return strict;
        }

        // Class names misled us (a theme that calls the article "widget"): try again trusting only tags.
        var lenient = Select(blocks, FurnitureToDrop(blocks, trustNames: false));
        return TextLength(lenient) > TextLength(strict) ? lenient : strict;
    }

    /// <summary>The blocks of an HTML fragment (a feed item's content): everything except furniture and junk lines.</summary>
    public static List<HtmlBlock> SelectFragment(List<HtmlBlock> blocks)
    {
        var dropped = FurnitureToDrop(blocks, trustNames: true);
        var kept = Clean(blocks.Where(b => b.FurnitureAncestor is null || !dropped.Contains(b.FurnitureAncestor)).ToList());
        return kept.Count > 0 ? kept : blocks;
    }

    private static int TextLength(List<HtmlBlock> blocks) => blocks.Sum(b => b.Text.Length);

    /// <summary>
    /// Furniture whose blocks are dropped. Tags and roles are trusted unless they hold most of the
    /// page's article-like text; class names only when the element holds little of it; comment
    /// sections always.
    /// </summary>
    private static HashSet<HtmlElement> FurnitureToDrop(List<HtmlBlock> blocks, bool trustNames)
    {
        var good = new Dictionary<HtmlElement, int>(ReferenceEqualityComparer.Instance);
        var kinds = new Dictionary<HtmlElement, ElementSignals.Furniture>(ReferenceEqualityComparer.Instance);
        var total = 0;
        foreach (var block in blocks)
        {
            var goodLength = block.IsGoodText ? block.VisibleLength : 0;
            total += goodLength;
            if (block.FurnitureAncestor is { } furniture)
            {
                good[furniture] = good.GetValueOrDefault(furniture) + goodLength;
                kinds[furniture] = block.FurnitureKind;
            }
        }

        var dropped = new HashSet<HtmlElement>(ReferenceEqualityComparer.Instance);
        foreach (var (furniture, kind) in kinds)
        {
            var share = good[furniture];
            var drop = kind switch
            {
                ElementSignals.Furniture.Discussion => true,
                ElementSignals.Furniture.Structural => share < Math.Max(1000, total * 0.6),
                _ => trustNames && share < Math.Max(400, total * 0.3),
            };
            if (drop)
            {
                dropped.Add(furniture);
            }
        }

        return dropped;
    }

    private static List<HtmlBlock> Select(List<HtmlBlock> blocks, HashSet<HtmlElement> droppedFurniture)
    {
        var candidates = blocks.Where(b => b.FurnitureAncestor is null || !droppedFurniture.Contains(b.FurnitureAncestor)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var totals = new Dictionary<HtmlElement, Totals>(ReferenceEqualityComparer.Instance);
        foreach (var block in candidates)
        {
            var level = 0;
            var good = block.IsGoodText ? block.Text.Length : 0;
            for (var element = block.Owner; element is not null && level < MaxAncestorWalk; element = element.ParentElement, level++)
            {
                var total = TotalsOf(totals, element);
                total.Visible += block.VisibleLength;
                total.Links += block.LinkChars;
                total.Good += good;
            }
        }

        foreach (var block in candidates)
        {
            if (block.Kind != BlockKind.Paragraph || block.Text.Length < MinParagraphLength || block.InCaption)
            {
                continue;
            }

            var points = 1.0 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            var level = 0;
            for (var element = block.Owner.LocalName is "p" or "pre" or "td" or "blockquote" or "li" ? block.Owner.ParentElement : block.Owner;
                 element is not null && level < ScoredAncestorLevels;
                 element = element.ParentElement, level++)
            {
                var total = TotalsOf(totals, element);
                if (!total.Initialised)
                {
                    total.Initialised = true;
                    total.Score += InitialScore(element);
                }

                total.Score += level switch
                {
                    0 => points,
                    1 => points / 2,
                    _ => points / (level * 3),
                };
            }
        }

        HtmlElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, total) in totals)
        {
            if (!total.Initialised)
            {
                continue;
            }

            var final = FinalScore(total);
            if (final > topScore)
            {
                topScore = final;
                top = element;
            }
        }

        List<HtmlBlock> chosen;
        if (top is null)
        {
            chosen = candidates;
        }
        else
        {
            top = Grow(top, totals);
            var selected = SelectWithSiblings(top, topScore, totals);
            chosen = Extend(candidates, candidates.Where(b => IsInside(b.Owner, selected)).ToList());
        }

        return Clean(chosen);
    }

    /// <summary>
    /// Moves up to the parent while the parent adds at least 15 % more article-like text at a low link
    /// density: articles split into sections, or interrupted by a table or a list, are kept whole.
    /// </summary>
    private static HtmlElement Grow(HtmlElement top, Dictionary<HtmlElement, Totals> totals)
    {
        var current = top;
        if (Trace is not null)
        {
            var level = 0;
            for (var e = top; e is not null && level < 12; e = e.ParentElement, level++)
            {
                totals.TryGetValue(e, out var t);
                Trace($"  {e.LocalName}.{e.ClassName}#{e.Id} score={(t is null ? 0 : FinalScore(t)):0.0} good={t?.Good} visible={t?.Visible} links={t?.Links}");
            }
        }

        // Wrappers that add nothing are looked through: the decision is made at the next ancestor that adds text.
        var ancestor = current.ParentElement;
        for (var level = 0; ancestor is not null && ancestor.LocalName != "html" && level < MaxGrowLevels; ancestor = ancestor.ParentElement, level++)
        {
            if (!totals.TryGetValue(current, out var inner) || !totals.TryGetValue(ancestor, out var outer))
            {
                break;
            }

            var added = outer.Good - inner.Good;
            var addedVisible = outer.Visible - inner.Visible;
            var addedLinks = outer.Links - inner.Links;
            if (addedVisible <= 0 || added <= 0)
            {
                continue;
            }

            if (added < Math.Max(80, inner.Good * MinGrowShare) || (double)addedLinks / addedVisible > MaxGrowLinkDensity)
            {
                break;
            }

            current = ancestor;
            level = 0;
        }

        return current;
    }

    /// <summary>
    /// Adds article-like paragraphs just before the chosen container: pages often put the lead, or the
    /// first paragraphs, in a header element of their own. Scanning stops at link lists and junk lines,
    /// and after a few blocks that are not article-like. (Scanning past the end as well took in more
    /// comments and teasers than article text on extraction-dev.)
    /// </summary>
    private static List<HtmlBlock> Extend(List<HtmlBlock> candidates, List<HtmlBlock> chosen)
    {
        if (chosen.Count == 0)
        {
            return chosen;
        }

        var first = candidates.IndexOf(chosen[0]);
        var before = Scan(candidates, first - 1, -1);
        if (before.Count == 0)
        {
            return chosen;
        }

        var result = new List<HtmlBlock>(chosen.Count + before.Count);
        result.AddRange(before.OrderBy(i => i).Select(i => candidates[i]));
        result.AddRange(chosen);
        return result;
    }

    private static List<int> Scan(List<HtmlBlock> candidates, int start, int step)
    {
        var included = new List<int>();
        var pending = new List<int>();
        for (var i = start; i >= 0 && i < candidates.Count; i += step)
        {
            var block = candidates[i];
            if (block.LinkDensity > 0.3 || block.InCaption || JunkLines.Classify(block.Text, 5, 10) is not null || JunkLines.IsPageNoise(block.Text))
            {
                break;
            }

            if (block.IsGoodText)
            {
                included.AddRange(pending);
                included.Add(i);
                pending.Clear();
                continue;
            }

            pending.Add(i);
            if (pending.Count > MaxPendingBlocks)
            {
                break;
            }
        }

        return included;
    }

    private static Totals TotalsOf(Dictionary<HtmlElement, Totals> totals, HtmlElement element)
    {
        if (!totals.TryGetValue(element, out var total))
        {
            total = new Totals();
            totals[element] = total;
        }

        return total;
    }

    private static double FinalScore(Totals total)
    {
        var linkDensity = total.Visible == 0 ? 0 : (double)total.Links / total.Visible;
        return total.Score * (1 - linkDensity);
    }

    private static double InitialScore(HtmlElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ElementSignals.ClassWeight(element);
    }

    private static HashSet<HtmlElement> SelectWithSiblings(HtmlElement top, double topScore, Dictionary<HtmlElement, Totals> totals)
    {
        var selected = new HashSet<HtmlElement>(ReferenceEqualityComparer.Instance) { top };
        var parent = top.ParentElement;
        if (parent is null)
        {
            return selected;
        }

        var threshold = Math.Max(10, topScore * 0.2);
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || !totals.TryGetValue(sibling, out var total))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            var linkDensity = total.Visible == 0 ? 1 : (double)total.Links / total.Visible;
            if ((total.Initialised && FinalScore(total) + bonus >= threshold) || (total.Good > 0 && linkDensity < 0.25))
            {
                selected.Add(sibling);
            }
        }

        return selected;
    }

    private static bool IsInside(HtmlElement element, HashSet<HtmlElement> selected)
    {
        var level = 0;
        for (HtmlElement? current = element; current is not null && level < MaxAncestorWalk; current = current.ParentElement, level++)
        {
            if (selected.Contains(current))
            {
                return true;
            }
        }

        return false;
    }

    private static List<HtmlBlock> Clean(List<HtmlBlock> blocks)
    {
        var keep = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var linkHeavy = block.LinkDensity > 0.5 || (block.LinkDensity > 0.3 && block.VisibleLength < 120);

            // Captions describe pictures rather than tell the story, and end in credits.
            keep[i] = !block.InCaption && !linkHeavy && JunkLines.Classify(block.Text, i, blocks.Count) is null && !JunkLines.IsPageNoise(block.Text);
        }

        TrimTrailingNotes(blocks, keep);

        // A heading whose section was dropped (a teaser list, an author box) goes with it.
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (keep[i] && blocks[i].Kind == BlockKind.Heading)
            {
                var next = i + 1;
                while (next < blocks.Count && blocks[next].Kind == BlockKind.Heading)
                {
                    next++;
                }

                keep[i] = next < blocks.Count && keep[next];
            }
        }

        var kept = new List<HtmlBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i])
            {
                kept.Add(blocks[i]);
            }
        }

        // A heading with nothing after it introduces something that was not kept (a related list, comments).
        while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    /// <summary>
    /// Short lines after the last article-like paragraph that are not sentences ("Published in",
    /// "Contact:", dates, author names) close the page, not the story.
    /// </summary>
    private static void TrimTrailingNotes(List<HtmlBlock> blocks, bool[] keep)
    {
        var last = blocks.FindLastIndex(b => b.IsGoodText);
        if (last < 0)
        {
            return;
        }

        for (var i = last + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Text.Length < 80 && !EndsSentence(blocks[i].Text))
            {
                keep[i] = false;
            }
        }
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '“' or '»' or '«' or '。' or ')';

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }

        return count;
    }
}
