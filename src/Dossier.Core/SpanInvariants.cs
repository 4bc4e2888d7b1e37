using System.Collections.Immutable;

namespace Dossier.Core;

/// <summary>The rules every layer obeys.</summary>
public static class SpanInvariants
{
    /// <summary>Throws <see cref="SpanInvariantException"/> when a layer breaks a rule.</summary>
    public static void Check<T>(string layer, int textLength, ImmutableArray<T> spans) where T : struct, ISpanned
    {
        var previous = default(T);
        for (var i = 0; i < spans.Length; i++)
        {
            var span = spans[i];
            if (span.Start < 0 || span.End > textLength || span.Start > span.End)
            {
                throw new SpanInvariantException(
                    $"Layer '{layer}': span {i} [{span.Start}, {span.End}) is outside the text (length {textLength}).");
            }

            if (i > 0 && (span.Start < previous.Start || (span.Start == previous.Start && span.End < previous.End)))
            {
                throw new SpanInvariantException(
                    $"Layer '{layer}': span {i} [{span.Start}, {span.End}) comes before span {i - 1} [{previous.Start}, {previous.End}).");
            }

            previous = span;
        }
    }
}

/// <summary>A layer broke the span rules.</summary>
public sealed class SpanInvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SpanInvariantException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public SpanInvariantException() { }

    /// <summary>Creates the exception.</summary>
    public SpanInvariantException(string message, Exception innerException) : base(message, innerException) { }
}
