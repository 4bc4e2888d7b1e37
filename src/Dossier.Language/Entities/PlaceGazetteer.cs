using System.Globalization;
using System.IO.Compression;
using System.Text;
using Dossier.Core.Corpus;

namespace Dossier.Language.Entities;

/// <summary>
/// The shipped place gazetteer (<c>models/places.tsv.gz</c>, built by <c>dossier gazetteer build</c>): countries
/// with their alternate names and demonyms, and cities above a population threshold, with coordinates. Looks names
/// up exactly (after <see cref="NameMatching.Normalize"/>) and by sound key, so a respelled place (Kiev, Kyiv)
/// resolves to one gazetteer entry.
/// </summary>
public sealed class PlaceGazetteer
{
    /// <summary>The environment variable that names a gazetteer file to use instead of the shipped one.</summary>
    public const string PathVariable = "DOSSIER_PLACES";

    /// <summary>First line of the file format.</summary>
    public const string Header = "# dossier places v1";

    /// <summary>The population from which a city counts as a big place of its country.</summary>
    public const long BigPlacePopulation = 100_000;

    private static readonly Lazy<PlaceGazetteer> LazyDefault = new(LoadDefault);

    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Name, int Index)>> _demonymsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bigPlacesByLooseKey = new(StringComparer.Ordinal);

    private sealed record Entry(GazetteerPlace Place, long Population, string Normalized);

    /// <summary>A gazetteer with no places.</summary>
    public static PlaceGazetteer Empty { get; } = new();

    /// <summary>
    /// The shipped gazetteer: the file in <c>DOSSIER_PLACES</c>, else <c>models/places.tsv.gz</c> next to the
    /// assembly or in a parent folder of the application; <see cref="Empty"/> when there is none (grouping then
    /// works on spelling alone).
    /// </summary>
    public static PlaceGazetteer Default => LazyDefault.Value;

    /// <summary>Number of places.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads a gazetteer file (gzip-compressed or plain TSV).</summary>
    /// <exception cref="InvalidDataException">The file does not start with <see cref="Header"/>.</exception>
    public static PlaceGazetteer Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads the TSV format written by <see cref="PlaceGazetteerBuilder"/>.</summary>
    public static PlaceGazetteer Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith(Header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Not a Dossier place gazetteer (expected a first line starting with '{Header}').");
        }

        var g = new PlaceGazetteer();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // kind, id, name, country, population, latitude, longitude, alternate names, demonyms
            var f = line.Split('\t');
            if (f.Length < 9)
            {
                throw new InvalidDataException($"Bad gazetteer line (9 tab-separated fields expected): {line}");
            }

            var place = new GazetteerPlace(f[1], f[2], f[0], f[3],
                double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture));
            g.Add(place, long.Parse(f[4], CultureInfo.InvariantCulture), SplitList(f[7]), SplitList(f[8]));
        }

        return g;
    }

    private static string[] SplitList(string field) => field.Length == 0 ? [] : field.Split('|');

    private void Add(GazetteerPlace place, long population, string[] alternates, string[] demonyms)
    {
        var index = _entries.Count;
        var normalized = NameMatching.Normalize(place.Name);
        _entries.Add(new Entry(place, population, normalized));
        foreach (var name in alternates.Prepend(place.Name))
        {
            var n = NameMatching.Normalize(name);
            if (n.Length == 0)
            {
                continue;
            }

            AddTo(_byName, n, index);
            if (place.Kind != "country" && population >= BigPlacePopulation && n.Length >= 4)
            {
                AddTo(_bigPlacesByLooseKey, place.CountryCode + "|" + PhoneticKey.Loose(n), index);
            }

            if (n.Length >= 4)
            {
                foreach (var key in PhoneticKey.WithDeletions(NameVariants.KeyOfName(n)))
                {
                    AddTo(_byKey, key, index);
                }
            }
        }

        foreach (var demonym in demonyms)
        {
            var n = NameMatching.Normalize(demonym);
            if (n.Length > 0)
            {
                foreach (var form in (ReadOnlySpan<string>)[n, n + "s"]) // plural: Ukrainians
                {
                    if (_demonyms.TryAdd(form, index) && !form.Contains(' ', StringComparison.Ordinal))
                    {
                        foreach (var key in PhoneticKey.WithDeletions(PhoneticKey.Of(form)))
                        {
                            if (!_demonymsByKey.TryGetValue(key, out var list))
                            {
                                list = [];
                                _demonymsByKey[key] = list;
                            }

                            list.Add((form, index));
                        }
                    }
                }
            }
        }
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        if (!list.Contains(index))
        {
            list.Add(index);
        }
    }

    /// <summary>
    /// The place a normalised name refers to: an exact name or alternate name (countries before cities, then the
    /// most populous), else a spelling variant of one (same sound key; cities only above 100,000 people when the
    /// name is short); null when none.
    /// </summary>
    public GazetteerPlace? Resolve(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length == 0)
        {
            return null;
        }

        return ResolveExact(normalized) ?? ResolveSimilar(normalized);
    }

    /// <summary>The place whose name or alternate name is exactly <paramref name="normalized"/>, or null.</summary>
    public GazetteerPlace? ResolveExact(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return _byName.TryGetValue(normalized, out var exact) ? Best(exact) : null;
    }

    // A respelled name of a country or of a city of 100,000 people or more: same sound key, same first letter, close
    // letters (Kiev → Kyiv). Smaller places are too many to guess at.
    private GazetteerPlace? ResolveSimilar(string normalized)
    {
        if (normalized.Length < 4)
        {
            return null;
        }

        var similar = new SortedSet<int>();
        foreach (var key in PhoneticKey.WithDeletions(NameVariants.KeyOfName(normalized)))
        {
            similar.UnionWith(_byKey.GetValueOrDefault(key) ?? []);
        }

        var candidates = similar.Where(i =>
        {
            var e = _entries[i];
            if (e.Normalized.Length == 0 || e.Normalized[0] != normalized[0] || Math.Abs(e.Normalized.Length - normalized.Length) > 3
                || (e.Place.Kind != "country" && e.Population < 100_000)
                || NameMatching.JaroWinkler(normalized, e.Normalized) < 0.8)
            {
                return false;
            }

            // A real place must sound the same (same key: Kiev, Kyiv); a made-up or unlisted place that differs by a
            // consonant is another place (Valdoria is not Valdivia). A long key (four sounds or more) may carry more
            // changed letters (Zaporizhzhya, Zaporizhia). Countries are few and their names distinct, so one typo or
            // swapped pair is enough there (Irael, Gemrany); for a city a letter left out or typed twice in a name of
            // five letters or more (Lodon, Mosccow).
            var distance = NameMatching.EditDistance(normalized, e.Normalized);
            var strength = NameVariants.CompareNames(normalized, e.Normalized);
            // Without the b/p, d/t, g/k fold: a real place one voicing away is another place (Marinka is not Maringá).
            var key = NameVariants.KeyOfName(normalized, foldVoicing: false);
            var sameKey = key.Equals(NameVariants.KeyOfName(e.Normalized, foldVoicing: false), StringComparison.Ordinal);
            var oneTypo = distance <= 1 || NameVariants.IsTransposition(normalized, e.Normalized);
            var droppedOrDoubled = distance == 1 && normalized.Length != e.Normalized.Length && Math.Min(normalized.Length, e.Normalized.Length) >= 5;
            var jw = NameMatching.JaroWinkler(normalized, e.Normalized);
            return (sameKey && strength == VariantStrength.Strong && jw >= 0.84 && (distance <= 2 || key.Length >= 4))
                || (strength != VariantStrength.None && jw >= 0.84 && distance <= 2 && (e.Place.Kind == "country" ? oneTypo : droppedOrDoubled));
        }).ToList();
        return candidates.Count == 0 ? null : Best(candidates);
    }

    /// <summary>
    /// The one big place (a city of <see cref="BigPlacePopulation"/> people or more) of the country
    /// <paramref name="countryCode"/> whose name or alternate name has the same <see cref="PhoneticKey.Loose"/> key as
    /// <paramref name="normalized"/>; null when none or several. For a name the gazetteer does not know that the text
    /// names beside places of that country ("Kharkiv, Poltava, Shernihiv and Sumy").
    /// </summary>
    public GazetteerPlace? ResolveBigPlaceLoosely(string normalized, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(countryCode);
        var key = PhoneticKey.Loose(normalized);
        if (normalized.Length < 5 || key.Length < 3
            || !_bigPlacesByLooseKey.TryGetValue(countryCode + "|" + key, out var found))
        {
            return null;
        }

        // The first letter may change (kh/sh, c/s) but not the length by much: Shernihiv, Chernihiv.
        var matches = found.Where(i => Math.Abs(_entries[i].Normalized.Length - normalized.Length) <= 3).ToList();
        return matches.Count == 1 ? _entries[matches[0]].Place : null;
    }

    /// <summary>True when <paramref name="normalized"/> is exactly a demonym of the gazetteer ("french", "ukrainians").</summary>
    public bool IsExactDemonym(string normalized) => _demonyms.ContainsKey(normalized);

    /// <summary>
    /// The country a demonym names ("French" → France, "Ukrainians" → Ukraine), also respelled ("Itallian"), or null.
    /// </summary>
    public GazetteerPlace? CountryOfDemonym(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (_demonyms.TryGetValue(normalized, out var i))
        {
            return _entries[i].Place;
        }

        if (normalized.Length < 6)
        {
            return null;
        }

        var similar = PhoneticKey.WithDeletions(PhoneticKey.Of(normalized)).SelectMany(k => _demonymsByKey.GetValueOrDefault(k) ?? []);
        var matches = similar.Where(d => d.Name[0] == normalized[0] && NameVariants.CompareWords(normalized, d.Name) == VariantStrength.Strong)
            .Select(d => d.Index).Distinct().ToList();
        return matches.Count == 1 ? _entries[matches[0]].Place : null;
    }

    private GazetteerPlace Best(List<int> indexes)
    {
        var best = indexes[0];
        foreach (var i in indexes)
        {
            var e = _entries[i];
            var b = _entries[best];
            var better = (e.Place.Kind == "country") != (b.Place.Kind == "country")
                ? e.Place.Kind == "country"
                : e.Population != b.Population ? e.Population > b.Population : string.CompareOrdinal(e.Place.GazetteerId, b.Place.GazetteerId) < 0;
            if (better)
            {
                best = i;
            }
        }

        return _entries[best].Place;
    }

    private static PlaceGazetteer LoadDefault()
    {
        var path = FindDefaultPath();
        return path is null ? Empty : Load(path);
    }

    /// <summary>Finds the shipped gazetteer file (see <see cref="Default"/>); null when there is none.</summary>
    public static string? FindDefaultPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        var assemblyDir = Path.GetDirectoryName(typeof(PlaceGazetteer).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDir) && File.Exists(Path.Combine(assemblyDir, "models", "places.tsv.gz")))
        {
            return Path.Combine(assemblyDir, "models", "places.tsv.gz");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "places.tsv.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
