using AngleSharp.Dom;
using Dossier.Core;
using Dossier.Ingest.Cleanup;

namespace Dossier.Ingest.Html;

/// <summary>
/// Chooses the blocks that make up the article. Container scoring follows the Readability algorithm
/// (Arc90, later Mozilla Readability.js): every paragraph gives points for its length and commas to
/// its parent and, less, to further ancestors; the best-scoring container, discounted by its link
/// density, is the article, joined by siblings that score close to it. Blocks inside page furniture,
/// link lists and junk lines are then dropped from what was chosen.
/// </summary>
internal static class ContentSelector
{
    private const int MinParagraphLength = 25;
    private const int ScoredAncestorLevels = 5;
    private const int MaxAncestorWalk = 200;

    private sealed class Totals
    {
        public double Score;
        public bool Initialised;
        public int Visible;
        public int Links;
    }

    /// <summary>The article blocks of a whole page, in document order.</summary>
    public static List<HtmlBlock> SelectArticle(List<HtmlBlock> blocks, IReadOnlySet<IElement> furnitureWrappers)
    {
        var candidates = blocks.Where(b => !IsInFurniture(b, furnitureWrappers)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var totals = new Dictionary<IElement, Totals>(ReferenceEqualityComparer.Instance);
        foreach (var block in candidates)
        {
            var level = 0;
            for (var element = block.Owner; element is not null && level < MaxAncestorWalk; element = element.ParentElement, level++)
            {
                var total = TotalsOf(totals, element);
                total.Visible += block.VisibleLength;
                total.Links += block.LinkChars;
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

        IElement? top = null;
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
            var selected = SelectWithSiblings(top, topScore, totals);
            chosen = candidates.Where(b => IsInside(b.Owner, selected)).ToList();
        }

        return Clean(chosen);
    }

    /// <summary>The blocks of an HTML fragment (a feed item's content): everything except furniture and junk lines.</summary>
    public static List<HtmlBlock> SelectFragment(List<HtmlBlock> blocks, IReadOnlySet<IElement> furnitureWrappers)
    {
        var kept = Clean(blocks.Where(b => !IsInFurniture(b, furnitureWrappers)).ToList());
        return kept.Count > 0 ? kept : blocks;
    }

    private static bool IsInFurniture(HtmlBlock block, IReadOnlySet<IElement> wrappers) =>
        block.FurnitureAncestor is { } furniture && !wrappers.Contains(furniture);

    private static Totals TotalsOf(Dictionary<IElement, Totals> totals, IElement element)
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

    private static double InitialScore(IElement element)
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

    private static HashSet<IElement> SelectWithSiblings(IElement top, double topScore, Dictionary<IElement, Totals> totals)
    {
        var selected = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { top };
        var parent = top.ParentElement;
        if (parent is null)
        {
            return selected;
        }

        var threshold = Math.Max(10, topScore * 0.2);
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (totals.TryGetValue(sibling, out var total) && total.Initialised && FinalScore(total) + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if (sibling.LocalName == "p" && totals.TryGetValue(sibling, out var paragraph))
            {
                var text = sibling.TextContent.Trim();
                var linkDensity = paragraph.Visible == 0 ? 1 : (double)paragraph.Links / paragraph.Visible;
                if ((text.Length > 80 && linkDensity < 0.25) || (text.Length > 0 && linkDensity == 0 && text[^1] is '.' or '!' or '?'))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }

    private static bool IsInside(IElement element, HashSet<IElement> selected)
    {
        var level = 0;
        for (IElement? current = element; current is not null && level < MaxAncestorWalk; current = current.ParentElement, level++)
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
        var kept = new List<HtmlBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var linkDensity = block.LinkDensity;
            if (linkDensity > 0.5 || (linkDensity > 0.3 && block.VisibleLength < 120))
            {
                continue;
            }

            if (JunkLines.Classify(block.Text, i, blocks.Count) is not null)
            {
                continue;
            }

            kept.Add(block);
        }

        // A heading with nothing after it introduces something that was not kept (a related list, comments).
        while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

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
