namespace Dossier.Stories.Copies;

/// <summary>
/// MinHash signatures of word shingles (Broder, "On the resemblance and containment of documents", 1997):
/// the share of equal signature positions estimates the Jaccard similarity of the shingle sets.
/// </summary>
internal static class MinHash
{
    /// <summary>Hashes of the <paramref name="size"/>-word shingles of <paramref name="words"/>.</summary>
    public static HashSet<ulong> Shingles(IReadOnlyList<string> words, int size)
    {
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }

        var width = Math.Min(size, words.Count);
        for (var i = 0; i + width <= words.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < width; k++)
            {
                foreach (var c in words[i + k])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    /// <summary>The signature: for each of <paramref name="functions"/> seeded hash functions, the minimum over the set.</summary>
    public static ulong[] Signature(HashSet<ulong> shingles, int functions)
    {
        var signature = new ulong[functions];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var f = 0; f < functions; f++)
            {
                var value = Mix(shingle ^ (0x9E3779B97F4A7C15UL * (ulong)(f + 1)));
                if (value < signature[f])
                {
                    signature[f] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the sets behind two signatures.</summary>
    public static double Estimate(ulong[] first, ulong[] second)
    {
        var equal = 0;
        for (var i = 0; i < first.Length; i++)
        {
            if (first[i] == second[i] && first[i] != ulong.MaxValue)
            {
                equal++;
            }
        }

        return first.Length == 0 ? 0 : (double)equal / first.Length;
    }

    /// <summary>Exact Jaccard similarity of two sets.</summary>
    public static double Jaccard(HashSet<ulong> first, HashSet<ulong> second)
    {
        if (first.Count == 0 && second.Count == 0)
        {
            return 0;
        }

        var (small, large) = first.Count <= second.Count ? (first, second) : (second, first);
        var shared = small.Count(large.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }

    // SplitMix64 finaliser: a cheap, well-distributed 64-bit mixer.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
