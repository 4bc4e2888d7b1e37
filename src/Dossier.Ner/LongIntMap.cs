using System.Runtime.CompilerServices;

namespace Dossier.Ner;

/// <summary>
/// An open-addressing hash map from 64-bit keys (already well mixed) to ints. Reads are thread-safe once building
/// is over. Key 0 marks an empty slot, so a zero key is stored as 1 (a collision of negligible probability).
/// </summary>
internal sealed class LongIntMap
{
    private ulong[] _keys;
    private int[] _values;
    private int _mask;

    public LongIntMap(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new int[size];
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

        var keys = _keys;
        var slot = (int)(key ^ (key >> 32)) & _mask;
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                value = _values[slot];
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
            var k = _keys[slot];
            if (k == key)
            {
                added = false;
                return _values[slot];
            }

            if (k == 0)
            {
                _keys[slot] = key;
                _values[slot] = valueIfAbsent;
                Count++;
                added = true;
                if (Count * 2 > _keys.Length)
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
            var k = _keys[slot];
            if (k == key)
            {
                _values[slot] = value;
                return;
            }

            if (k == 0)
            {
                _keys[slot] = key;
                _values[slot] = value;
                Count++;
                if (Count * 2 > _keys.Length)
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
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return new KeyValuePair<ulong, int>(_keys[i], _values[i]);
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

    public static LongIntMap Read(BinaryReader reader)
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
        var oldKeys = _keys;
        var oldValues = _values;
        _keys = new ulong[oldKeys.Length * 2];
        _values = new int[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        Count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Set(oldKeys[i], oldValues[i]);
            }
        }
    }
}
