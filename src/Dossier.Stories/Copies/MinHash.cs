namespace Dossier.Stories.Copies;

/// <summary>
/// MinHash signatures (Broder, "On the resemblance and containment of documents", 1997): the share of equal
/// signature positions estimates the Jaccard similarity of the sets behind them. The k hash functions are derived
/// from two base hashes by double hashing (Kirsch and Mitzenmacher 2006), so a signature costs two mixes and k
/// multiply-adds per element instead of k mixes.
/// </summary>
internal static class MinHash
{
    /// <summary>A signature with every position empty (no element seen yet).</summary>
    public static uint[] Empty(int functions)
    {
        var signature = new uint[functions];
        Array.Fill(signature, uint.MaxValue);
        return signature;
    }

    /// <summary>Adds one element (already hashed) to the signature held in <paramref name="signature"/>.</summary>
    public static void Add(Span<uint> signature, ulong element)
    {
        var a = Mix(element);
        var b = Mix(element ^ 0x9E3779B97F4A7C15UL) | 1;
        for (var f = 0; f < signature.Length; f++)
        {
            var value = (uint)((a + ((ulong)f * b)) >> 32);
            if (value < signature[f])
            {
                signature[f] = value;
            }
        }
    }

    /// <summary>Estimated Jaccard similarity of the sets behind two signatures of the same length.</summary>
    public static double Estimate(ReadOnlySpan<uint> first, ReadOnlySpan<uint> second)
    {
        var equal = 0;
        for (var i = 0; i < first.Length; i++)
        {
            if (first[i] == second[i] && first[i] != uint.MaxValue)
            {
                equal++;
            }
        }

        return first.Length == 0 ? 0 : (double)equal / first.Length;
    }

    /// <summary>FNV-1a hash of a string (64 bits), the element hash of words and terms.</summary>
    public static ulong Hash(string text, ulong seed = 14695981039346656037UL)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The LSH bucket key of rows [<paramref name="start"/>, +<paramref name="rows"/>) of a signature.</summary>
    public static ulong BandKey(ReadOnlySpan<uint> signature, int band, int start, int rows)
    {
        var key = Mix((ulong)band + 1);
        for (var r = 0; r < rows; r++)
        {
            key = Mix(key ^ signature[start + r]);
        }

        return key;
    }

    /// <summary>SplitMix64 finaliser: a cheap, well-distributed 64-bit mixer.</summary>
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
