using Dossier.Core;

namespace Dossier.Ner;

/// <summary>An IOB2 tag over the CoNLL-2003 classes. The numeric values are part of the model format.</summary>
public enum NerLabel : byte
{
    /// <summary>Outside any entity.</summary>
    O = 0,

    /// <summary>First token of a person.</summary>
    BPer = 1,

    /// <summary>Inside a person.</summary>
    IPer = 2,

    /// <summary>First token of a location.</summary>
    BLoc = 3,

    /// <summary>Inside a location.</summary>
    ILoc = 4,

    /// <summary>First token of an organisation.</summary>
    BOrg = 5,

    /// <summary>Inside an organisation.</summary>
    IOrg = 6,

    /// <summary>First token of a miscellaneous entity.</summary>
    BMisc = 7,

    /// <summary>Inside a miscellaneous entity.</summary>
    IMisc = 8,
}

/// <summary>Helpers for <see cref="NerLabel"/>: IOB2 strings, entity types and the IOB2 transition rule.</summary>
public static class NerLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 9;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>The IOB2 string, for example <c>B-PER</c>.</summary>
    public static string ToIob(this NerLabel label) => Names[(int)label];

    /// <summary>True for B-X labels.</summary>
    public static bool IsBegin(this NerLabel label) => label != NerLabel.O && ((int)label & 1) == 1;

    /// <summary>True for I-X labels.</summary>
    public static bool IsInside(this NerLabel label) => label != NerLabel.O && ((int)label & 1) == 0;

    /// <summary>The entity class index 0..3 (PER, LOC, ORG, MISC), or -1 for O.</summary>
    public static int ClassIndex(this NerLabel label) => label == NerLabel.O ? -1 : ((int)label - 1) >> 1;

    /// <summary>The entity type, or null for O.</summary>
    public static EntityType? EntityTypeOf(this NerLabel label) => label == NerLabel.O ? null : (EntityType)label.ClassIndex();

    /// <summary>The B- label of a class index 0..3.</summary>
    public static NerLabel Begin(int classIndex) => (NerLabel)(1 + (2 * classIndex));

    /// <summary>The I- label of a class index 0..3.</summary>
    public static NerLabel Inside(int classIndex) => (NerLabel)(2 + (2 * classIndex));

    /// <summary>
    /// The IOB2 rule: I-X may only follow B-X or I-X. <paramref name="previous"/> is null at the start of a sentence.
    /// </summary>
    public static bool IsValidTransition(NerLabel? previous, NerLabel next)
    {
        if (!next.IsInside())
        {
            return true;
        }

        return previous is { } p && p != NerLabel.O && p.ClassIndex() == next.ClassIndex();
    }

    /// <summary>True when a whole sequence is valid IOB2.</summary>
    public static bool IsValidSequence(ReadOnlySpan<NerLabel> labels)
    {
        NerLabel? previous = null;
        foreach (var label in labels)
        {
            if (!IsValidTransition(previous, label))
            {
                return false;
            }

            previous = label;
        }

        return true;
    }

    /// <summary>
    /// Parses an IOB1 or IOB2 tag (O, B-X, I-X with X one of PER, LOC, ORG, MISC). Returns false for anything else.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NerLabel label)
    {
        label = NerLabel.O;
        if (text is "O")
        {
            return true;
        }

        if (text.Length < 3 || text[1] != '-' || (text[0] != 'B' && text[0] != 'I'))
        {
            return false;
        }

        int cls;
        switch (text[2..])
        {
            case "PER": cls = 0; break;
            case "LOC": cls = 1; break;
            case "ORG": cls = 2; break;
            case "MISC": cls = 3; break;
            default: return false;
        }

        label = text[0] == 'B' ? Begin(cls) : Inside(cls);
        return true;
    }

    /// <summary>
    /// Rewrites a sequence read as IOB1 or loose IOB2 into strict IOB2: an I-X that does not continue an X entity
    /// becomes B-X (what conlleval does when it reads spans).
    /// </summary>
    public static void NormalizeToIob2(Span<NerLabel> labels)
    {
        NerLabel? previous = null;
        for (var i = 0; i < labels.Length; i++)
        {
            if (!IsValidTransition(previous, labels[i]))
            {
                labels[i] = Begin(labels[i].ClassIndex());
            }

            previous = labels[i];
        }
    }
}
