using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Ingest.Cleanup;

namespace Dossier.Ingest;

/// <summary>
/// Marks scraping junk (URL-only lines, share/subscribe prompts, comment counters, "Source link"
/// footers, logo and section labels, photo credits, navigation) as excluded regions. The text is
/// never changed, so every offset stays true.
/// </summary>
public sealed class BoilerplateCleaner : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "cleanup";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Blocks];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Excluded];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Excluded, FindRegions(document.Text, document.Get(Layers.Blocks)));
    }

    /// <summary>The excluded regions for <paramref name="blocks"/> of <paramref name="text"/>, sorted and non-overlapping.</summary>
    public static ImmutableArray<ExcludedRegion> FindRegions(string text, ImmutableArray<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = ImmutableArray.CreateBuilder<ExcludedRegion>();
        var lastEnd = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var content = text[block.Start..block.End];
            var trimmed = content.Trim();
            var offset = block.Start + content.IndexOf(trimmed, StringComparison.Ordinal);
            if (JunkLines.ClassifyBlock(text, blocks, i) is { } junk)
            {
                Add(regions, ref lastEnd, offset, offset + trimmed.Length, junk);
                continue;
            }

            foreach (var (start, end) in JunkLines.PartialCredits(trimmed))
            {
                Add(regions, ref lastEnd, offset + start, offset + end, ExclusionReason.PhotoCredit);
            }
        }

        return regions.ToImmutable();
    }

    private static void Add(ImmutableArray<ExcludedRegion>.Builder regions, ref int lastEnd, int start, int end, ExclusionReason reason)
    {
        start = Math.Max(start, lastEnd);
        if (end > start)
        {
            regions.Add(new ExcludedRegion(start, end, reason));
            lastEnd = end;
        }
    }
}
