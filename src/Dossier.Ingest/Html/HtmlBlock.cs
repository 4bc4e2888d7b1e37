using Dossier.Ingest.Html.Dom;
using Dossier.Core;

namespace Dossier.Ingest.Html;

/// <summary>A run of text that the page shows as one block (paragraph, heading, list item, table row).</summary>
internal sealed class HtmlBlock
{
    public required HtmlElement Owner { get; init; }

    public required BlockKind Kind { get; init; }

    public required string Text { get; init; }

    /// <summary>Source index of each character of <see cref="Text"/>, or -1.</summary>
    public required int[] Sources { get; init; }

    /// <summary>Non-space characters inside links.</summary>
    public required int LinkChars { get; init; }

    /// <summary>Innermost ancestor (or the owner) whose tag, role or class marks page furniture, if any.</summary>
    public HtmlElement? FurnitureAncestor { get; init; }

    /// <summary>How <see cref="FurnitureAncestor"/> was recognised.</summary>
    public ElementSignals.Furniture FurnitureKind { get; init; }

    /// <summary>True when the block sits inside a figure caption.</summary>
    public bool InCaption { get; init; }

    /// <summary>Position in document order.</summary>
    public int Index { get; init; }

    /// <summary>Characters that are not spaces.</summary>
    public int VisibleLength { get; init; }

    /// <summary>Long, sentence-like, few links: the kind of block an article is made of.</summary>
    public bool IsGoodText => Kind != BlockKind.Heading && Text.Length >= 80 && LinkDensity < 0.3;

    public double LinkDensity => VisibleLength == 0 ? 0 : (double)LinkChars / VisibleLength;
}
