namespace Dossier.Core;

/// <summary>
/// A typed key for something stages attach to a document. Keys compare by reference, so two
/// components cannot collide by choosing the same string.
/// </summary>
public abstract class AnnotationKey
{
    private protected AnnotationKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Stable name, used in messages and when persisting.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A layer: a sorted array of spans of type <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : AnnotationKey where T : struct, ISpanned
{
    /// <summary>Creates a layer key.</summary>
    public LayerKey(string name) : base(name) { }
}

/// <summary>A single value attached to a document (not a span layer), such as its creation time.</summary>
public sealed class DataKey<T> : AnnotationKey where T : class
{
    /// <summary>Creates a data key.</summary>
    public DataKey(string name) : base(name) { }
}
