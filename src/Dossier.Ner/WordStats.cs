using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Ner;

/// <summary>
/// What unlabeled text says about words: a hierarchical word clustering (fine cluster ids plus coarser levels) and
/// how often each lower-cased word is written capitalised in mid-sentence (its case profile).
/// </summary>
internal sealed class WordStats
{
    private readonly LongIntMap _clusters;
    private readonly LongIntMap _caseProfile;

    public WordStats(LongIntMap clusters, int[][] levels, LongIntMap caseProfile)
    {
        _clusters = clusters;
        Levels = levels;
        _caseProfile = caseProfile;
    }

    public static WordStats Empty { get; } = new(new LongIntMap(), [], new LongIntMap());

    /// <summary>For each coarser level, the map from a fine cluster id to that level's id.</summary>
    public int[][] Levels { get; }

    public int ClusterCount => _clusters.Count;

    public int ProfileCount => _caseProfile.Count;

    /// <summary>The fine cluster of a word: its exact form, else title case, else lower case; -1 when unknown.</summary>
    public int Cluster(ulong exact, ulong title, ulong lower)
    {
        if (_clusters.Count == 0)
        {
            return -1;
        }

        if (_clusters.TryGetValue(exact, out var c) || _clusters.TryGetValue(title, out c) || _clusters.TryGetValue(lower, out c))
        {
            return c;
        }

        return -1;
    }

    /// <summary>Case profile bucket 1..5 (never .. always capitalised), 0 when unknown.</summary>
    public int CaseProfile(ulong lower) => _caseProfile.TryGetValue(lower, out var b) ? b & 7 : 0;

    /// <summary>
    /// How a word is usually written in running text when that is not lower case: 1 title case, 2 all capitals;
    /// 0 when it is usually lower case or unknown. Used to restore case in lower-cased text.
    /// </summary>
    public int PreferredCase(ulong lower)
    {
        if (!_caseProfile.TryGetValue(lower, out var b) || (b & 7) < 4)
        {
            return 0;
        }

        return (b & 8) != 0 ? 2 : 1;
    }

    public static int Bucket(long capitalised, long lowercase)
    {
        var total = capitalised + lowercase;
        if (total < 3)
        {
            return 0;
        }

        var r = (double)capitalised / total;
        return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
    }

    /// <summary>Reads the TSV written by <see cref="WordClusterer"/> (gzip when the name ends in .gz).</summary>
    public static WordStats Load(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var clusters = new LongIntMap(1 << 16);
        var profile = new LongIntMap(1 << 16);
        var levelLists = new List<List<int>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f[0] == "w" && f.Length >= 4)
            {
                var fine = int.Parse(f[2], CultureInfo.InvariantCulture);
                clusters.Set(FeatureHash.Exact(f[1]), fine);
                for (var l = 3; l < f.Length - 1; l++)
                {
                    while (levelLists.Count <= l - 3)
                    {
                        levelLists.Add([]);
                    }

                    var list = levelLists[l - 3];
                    while (list.Count <= fine)
                    {
                        list.Add(0);
                    }

                    list[fine] = int.Parse(f[l], CultureInfo.InvariantCulture);
                }
            }
            else if (f[0] == "c" && f.Length >= 4)
            {
                var capitalised = long.Parse(f[2], CultureInfo.InvariantCulture);
                var bucket = Bucket(capitalised, long.Parse(f[3], CultureInfo.InvariantCulture));
                var upper = f.Length > 4 ? long.Parse(f[4], CultureInfo.InvariantCulture) : 0;
                if (bucket > 0)
                {
                    // Bits 0-2: the bucket; bit 3: the capitalised form is mostly all capitals (UN, NATO).
                    profile.Set(FeatureHash.Lower(f[1]), bucket | (upper * 2 > capitalised ? 8 : 0));
                }
            }
        }

        return new WordStats(clusters, [.. levelLists.Select(l => l.ToArray())], profile);
    }

    public void Write(BinaryWriter writer)
    {
        _clusters.Write(writer);
        writer.Write(Levels.Length);
        foreach (var level in Levels)
        {
            writer.Write(level.Length);
            foreach (var v in level)
            {
                writer.Write(v);
            }
        }

        _caseProfile.Write(writer);
    }

    public static WordStats Read(SpanReader reader)
    {
        var clusters = LongIntMap.Read(reader);
        var levels = new int[reader.ReadInt32()][];
        for (var l = 0; l < levels.Length; l++)
        {
            levels[l] = new int[reader.ReadInt32()];
            for (var i = 0; i < levels[l].Length; i++)
            {
                levels[l][i] = reader.ReadInt32();
            }
        }

        return new WordStats(clusters, levels, LongIntMap.Read(reader));
    }
}
