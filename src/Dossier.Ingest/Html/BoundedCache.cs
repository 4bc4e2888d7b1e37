using System.Collections.Concurrent;

namespace Dossier.Ingest.Html;

/// <summary>
/// A thread-safe memo for a pure function that empties itself when it grows past a capacity, so that a
/// long batch of pages with ever-new class names cannot make it grow without bound.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    // ConcurrentDictionary.Count takes every lock; an approximate count of our own is enough for a bound.
    private int _added;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (_entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (Interlocked.Increment(ref _added) > capacity)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        return _entries.GetOrAdd(key, compute);
    }
}
