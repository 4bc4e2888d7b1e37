namespace Dossier.Core;

/// <summary>Anything that occupies a half-open [Start, End) range of UTF-16 code units in a document's text.</summary>
public interface ISpanned
{
    /// <summary>First code unit, inclusive.</summary>
    int Start { get; }

    /// <summary>One past the last code unit.</summary>
    int End { get; }
}

/// <summary>A half-open [Start, End) range of UTF-16 code units into a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End) : ISpanned
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="position"/> is inside this span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Builds the span covering any annotation.</summary>
    public static TextSpan Of<T>(T spanned) where T : ISpanned => new(spanned.Start, spanned.End);

    /// <summary>The text this span covers.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }
}
