namespace Dossier.Core;

/// <summary>
/// Maps positions in a document's text back to positions in the source it was extracted from
/// (for HTML: the page's characters). Stored as runs of consecutive characters, so a page costs a few
/// integers per text node rather than one per character.
/// </summary>
public sealed class SourceOffsetMap
{
    private readonly int[] _textStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lengths;

    /// <summary>Builds a map from runs sorted by text position; positions between runs (inserted separators) map to no source.</summary>
    public SourceOffsetMap(IReadOnlyList<(int TextStart, int SourceStart, int Length)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        _textStarts = new int[runs.Count];
        _sourceStarts = new int[runs.Count];
        _lengths = new int[runs.Count];
        var previousEnd = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var (textStart, sourceStart, length) = runs[i];
            if (textStart < previousEnd || length < 0 || sourceStart < 0)
            {
                throw new ArgumentException($"Run {i} overlaps the previous one or is negative.", nameof(runs));
            }

            _textStarts[i] = textStart;
            _sourceStarts[i] = sourceStart;
            _lengths[i] = length;
            previousEnd = textStart + length;
        }
    }

    /// <summary>Number of runs.</summary>
    public int RunCount => _textStarts.Length;

    /// <summary>The runs as given to the constructor, in text order (what storage writes back).</summary>
    public IEnumerable<(int TextStart, int SourceStart, int Length)> Runs
    {
        get
        {
            for (var i = 0; i < _textStarts.Length; i++)
            {
                yield return (_textStarts[i], _sourceStarts[i], _lengths[i]);
            }
        }
    }

    /// <summary>The source position of text position <paramref name="textPosition"/>, or null for a separator the extractor inserted.</summary>
    public int? ToSource(int textPosition)
    {
        var index = Array.BinarySearch(_textStarts, textPosition);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            return null;
        }

        var offset = textPosition - _textStarts[index];
        return offset < _lengths[index] ? _sourceStarts[index] + offset : null;
    }
}
