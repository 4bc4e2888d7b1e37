using System.Collections.Immutable;

namespace Dossier.Core;

/// <summary>
/// An article: its original text, which is never changed, plus annotation layers added by stages.
/// A document is worked on by one thread at a time; the pipeline guarantees that.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<AnnotationKey, object> _annotations = [];

    /// <summary>Creates a document. The id is the content hash of <paramref name="text"/>.</summary>
    public Document(string text, SourceMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
        Id = ContentHash.Of(text);
    }

    /// <summary>Content-hash identity.</summary>
    public string Id { get; }

    /// <summary>The original text. Every annotation is a span into it.</summary>
    public string Text { get; }

    /// <summary>What the source said about the article.</summary>
    public SourceMetadata Metadata { get; }

    /// <summary>Map from text positions back to the raw source (HTML pages), when the reader built one.</summary>
    public SourceOffsetMap? SourceMap { get; init; }

    /// <summary>The keys currently attached.</summary>
    public IEnumerable<AnnotationKey> Keys => _annotations.Keys;

    /// <summary>True when <paramref name="key"/> has been set.</summary>
    public bool Has(AnnotationKey key) => _annotations.ContainsKey(key);

    /// <summary>Returns a layer, or an empty array when it has not been set.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key) where T : struct, ISpanned =>
        _annotations.TryGetValue(key, out var value) ? (ImmutableArray<T>)value : [];

    /// <summary>Returns a data value, or null when it has not been set.</summary>
    public T? Get<T>(DataKey<T> key) where T : class =>
        _annotations.TryGetValue(key, out var value) ? (T)value : null;

    /// <summary>
    /// Sets a layer after checking the span invariants: every span inside the text, Start &lt;= End,
    /// spans sorted by Start then End. A stage that breaks them fails loudly here rather than
    /// corrupting every later stage.
    /// </summary>
    public void Set<T>(LayerKey<T> key, ImmutableArray<T> spans) where T : struct, ISpanned
    {
        ArgumentNullException.ThrowIfNull(key);
        SpanInvariants.Check(key.Name, Text.Length, spans);
        _annotations[key] = spans;
    }

    /// <summary>Sets a data value.</summary>
    public void Set<T>(DataKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _annotations[key] = value;
    }

    /// <summary>The text of a span.</summary>
    public string TextOf<T>(T span) where T : ISpanned => Text[span.Start..span.End];

    /// <summary>True when the span overlaps a region that cleanup excluded.</summary>
    public bool IsExcluded(TextSpan span)
    {
        foreach (var region in Get(Layers.Excluded))
        {
            if (region.Start >= span.End)
            {
                break;
            }

            if (region.End > span.Start)
            {
                return true;
            }
        }

        return false;
    }
}
