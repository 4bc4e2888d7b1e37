using System.Runtime.CompilerServices;

namespace Dossier.Ner;

/// <summary>
/// An open-addressing hash map from 64-bit keys (already well mixed) to ints. Reads are thread-safe once building
/// is over. Key 0 marks an empty slot, so a zero key is stored as 1 (a collision of negligible probability).
/// </summary>
internal sealed class LongIntMap
{
    // Keys and values side by side: one cache miss per lookup.
    private Entry[] _entries;
    private int _mask;

    public LongIntMap(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _entries = new Entry[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out int value)
    {
        if (key == 0)
        {
            key = 1;
        }

        var entries = _entries;
        var slot = (int)(key ^ (key >> 32)) & _mask;
        while (true)
        {
            ref var e = ref entries[slot];
            var k = e.Key;
            if (k == key)
            {
                value = e.Value;
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Returns the value for <paramref name="key"/>, adding <paramref name="valueIfAbsent"/> when missing.</summary>
    public int GetOrAdd(ulong key, int valueIfAbsent, out bool added)
    {
        if (key == 0)
        {
            key = 1;
        }

        var slot = (int)(key ^ (key >> 32)) & _mask;
        while (true)
        {
            ref var e = ref _entries[slot];
            if (e.Key == key)
            {
                added = false;
                return e.Value;
            }

            if (e.Key == 0)
            {
                e.Key = key;
                e.Value = valueIfAbsent;
                Count++;
                added = true;
                if (Count * 2 > _entries.Length)
                {
                    Grow();
                }

                return valueIfAbsent;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Sets the value for a key.</summary>
    public void Set(ulong key, int value)
    {
        if (key == 0)
        {
            key = 1;
        }

        var slot = (int)(key ^ (key >> 32)) & _mask;
        while (true)
        {
            ref var e = ref _entries[slot];
            if (e.Key == key)
            {
                e.Value = value;
                return;
            }

            if (e.Key == 0)
            {
                e.Key = key;
                e.Value = value;
                Count++;
                if (Count * 2 > _entries.Length)
                {
                    Grow();
                }

                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The entries in slot order.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Entries()
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key != 0)
            {
                yield return new KeyValuePair<ulong, int>(_entries[i].Key, _entries[i].Value);
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        // Sorted by key, so that the same map always gives the same bytes whatever its capacity.
        writer.Write(Count);
        foreach (var (key, value) in Entries().OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static LongIntMap Read(SpanReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("Corrupt model file: negative map size.");
        }

        var map = new LongIntMap(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            map.Set(key, reader.ReadInt32());
        }

        return map;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _mask = _entries.Length - 1;
        Count = 0;
        foreach (var e in old)
        {
            if (e.Key != 0)
            {
                Set(e.Key, e.Value);
            }
        }
    }

    private struct Entry
    {
        public ulong Key;
        public int Value;
    }
}
