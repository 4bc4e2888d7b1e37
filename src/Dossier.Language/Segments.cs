using Dossier.Core;

namespace Dossier.Language;

/// <summary>The analysable parts of a document: its blocks (or the whole text) minus excluded regions.</summary>
internal static class Segments
{
    /// <summary>
    /// Returns sorted, non-overlapping spans of text to analyse. Each span lies inside one block and outside every
    /// excluded region, so nothing built within a span crosses either boundary.
    /// </summary>
    public static List<TextSpan> Of(Document document)
    {
        var blocks = document.Get(Layers.Blocks);
        var excluded = document.Get(Layers.Excluded);
        var result = new List<TextSpan>(blocks.Length + 1);
        var textLength = document.Text.Length;
        if (blocks.IsDefaultOrEmpty)
        {
            AddMinusExcluded(result, new TextSpan(0, textLength), excluded);
            return result;
        }

        var covered = 0;
        foreach (var block in blocks)
        {
            // Overlapping or nested blocks: analyse only the part not yet covered.
            var start = Math.Max(block.Start, covered);
            if (block.End <= start)
            {
                continue;
            }

            AddMinusExcluded(result, new TextSpan(start, block.End), excluded);
            covered = block.End;
        }

        return result;
    }

    private static void AddMinusExcluded(List<TextSpan> result, TextSpan span, System.Collections.Immutable.ImmutableArray<ExcludedRegion> excluded)
    {
        var start = span.Start;
        if (!excluded.IsDefaultOrEmpty)
        {
            foreach (var region in excluded)
            {
                if (region.End <= start)
                {
                    continue;
                }

                if (region.Start >= span.End)
                {
                    break;
                }

                if (region.Start > start)
                {
                    result.Add(new TextSpan(start, region.Start));
                }

                start = Math.Max(start, region.End);
            }
        }

        if (start < span.End)
        {
            result.Add(new TextSpan(start, span.End));
        }
    }
}
