using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Dossier.Language.Entities;

/// <summary>
/// Builds the compact place gazetteer from the public lists in <c>../shared/data/gazetteers</c>: countries from
/// world-countries (common and official names, alternate spellings, Latin-script translations, English demonyms,
/// coordinates) plus the English names of i18n-iso-countries and countries-list (with its English short and former
/// names: Britain, Holland, Burma), and GeoNames cities (cities1000)
/// with at least <see cref="MinPopulation"/> people. The output is sorted, so the same input gives the same file.
/// </summary>
public sealed class PlaceGazetteerBuilder
{
    // Latin-script translations only: the gazetteer matches names as news in Latin script spells them.
    private static readonly string[] TranslationLanguages =
        ["ces", "deu", "est", "fin", "fra", "hrv", "hun", "ita", "nld", "pol", "por", "slk", "spa", "swe", "tur"];

    private sealed class Country
    {
        public required string Code;
        public required string Name;
        public double Latitude;
        public double Longitude;
        public bool IsUnMember;
        public readonly SortedSet<string> Alternates = new(StringComparer.Ordinal);
        public readonly SortedSet<string> Demonyms = new(StringComparer.Ordinal);

        /// <summary>countries-list's aliases (Britain, Holland, Burma, Persia): checked against the cities on writing.</summary>
        public readonly SortedSet<string> Aliases = new(StringComparer.Ordinal);
    }

    private readonly SortedDictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly List<(long Id, string Name, string Country, long Population, double Latitude, double Longitude)> _cities = [];

    /// <summary>Cities with fewer people are left out (15,000 keeps about 24,000 cities and the file near 0.55 MB).</summary>
    public long MinPopulation { get; init; } = 15_000;

    /// <summary>Reads every known list under <paramref name="directory"/>; missing lists are skipped.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public PlaceGazetteerBuilder AddDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Gazetteer data folder not found: {directory}");
        }

        foreach (var file in Directory.EnumerateFiles(directory, "countries.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains("world-countries", StringComparison.Ordinal) && !file.Contains("dist", StringComparison.Ordinal))
            {
                AddWorldCountries(file);
            }
        }

        foreach (var file in Directory.EnumerateFiles(directory, "en.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains("i18n-iso-countries", StringComparison.Ordinal))
            {
                AddIsoCountries(file);
            }
        }

        foreach (var file in Directory.EnumerateFiles(directory, "countries.min.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains("countries-list", StringComparison.Ordinal) && !file.Contains("minimal", StringComparison.Ordinal))
            {
                AddCountriesList(file);
            }
        }

        var cities = Path.Combine(directory, "cities1000.tsv");
        if (File.Exists(cities))
        {
            AddCities(cities);
        }

        return this;
    }

    /// <summary>Number of countries and cities read so far.</summary>
    public (int Countries, int Cities) Counts => (_countries.Count, _cities.Count);

    private void AddWorldCountries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var code = c.GetProperty("cca2").GetString();
            var name = c.GetProperty("name").GetProperty("common").GetString();
            if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(name))
            {
                continue;
            }

            var country = new Country { Code = code, Name = name };
            if (c.TryGetProperty("latlng", out var latlng) && latlng.GetArrayLength() == 2)
            {
                country.Latitude = latlng[0].GetDouble();
                country.Longitude = latlng[1].GetDouble();
            }

            AddAlternate(country, c.GetProperty("name").GetProperty("official").GetString());
            if (c.TryGetProperty("altSpellings", out var alt))
            {
                foreach (var a in alt.EnumerateArray())
                {
                    // The bare ISO alpha-2 code is no name news uses for most countries, and as an alternate it made
                    // every "LA", "IS", "PM" or "CD" a country. A code news does use (US, UK, UAE, DRC) comes back
                    // from countries-list's aliases.
                    var spelling = a.GetString();
                    if (!code.Equals(spelling, StringComparison.Ordinal))
                    {
                        AddAlternate(country, spelling);
                    }
                }
            }

            if (c.TryGetProperty("translations", out var translations))
            {
                foreach (var language in TranslationLanguages)
                {
                    if (translations.TryGetProperty(language, out var t))
                    {
                        AddAlternate(country, t.GetProperty("common").GetString());
                    }
                }
            }

            if (c.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
            {
                foreach (var gender in (ReadOnlySpan<string>)["m", "f"])
                {
                    if (eng.TryGetProperty(gender, out var d) && d.GetString() is { Length: > 0 } demonym && IsLatin(demonym))
                    {
                        country.Demonyms.Add(demonym);
                    }
                }
            }

            country.IsUnMember = c.TryGetProperty("unMember", out var un) && un.ValueKind == JsonValueKind.True;
            _countries[code] = country;
        }

        // A demonym shared by a UN member and territories ("American": the United States, American Samoa, the
        // Northern Mariana Islands) names the member.
        var members = _countries.Values.Where(c => c.IsUnMember).SelectMany(c => c.Demonyms).ToHashSet(StringComparer.Ordinal);
        foreach (var c in _countries.Values.Where(c => !c.IsUnMember))
        {
            c.Demonyms.RemoveWhere(members.Contains);
        }
    }

    private void AddIsoCountries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in json.RootElement.GetProperty("countries").EnumerateObject())
        {
            if (!_countries.TryGetValue(p.Name, out var country))
            {
                continue;
            }

            if (p.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var n in p.Value.EnumerateArray())
                {
                    AddAlternate(country, n.GetString());
                }
            }
            else
            {
                AddAlternate(country, p.Value.GetString());
            }
        }
    }

    private void AddCountriesList(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in json.RootElement.EnumerateObject())
        {
            if (!_countries.TryGetValue(p.Name, out var country))
            {
                continue;
            }

            if (p.Value.TryGetProperty("name", out var name))
            {
                AddAlternate(country, name.GetString());
            }

            // The common English short and former names (Britain, Holland, Burma, Persia, US, UAE) that the other
            // lists lack.
            if (p.Value.TryGetProperty("alias", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in aliases.EnumerateArray())
                {
                    if (a.GetString() is { Length: > 0 } alias && IsLatin(alias) && !alias.Contains('\t', StringComparison.Ordinal) && !alias.Contains('|', StringComparison.Ordinal))
                    {
                        country.Aliases.Add(alias.Trim());
                    }
                }
            }
        }
    }

    private static void AddAlternate(Country country, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !IsLatin(name) || name.Equals(country.Name, StringComparison.Ordinal) || name.Contains('\t', StringComparison.Ordinal) || name.Contains('|', StringComparison.Ordinal))
        {
            return;
        }

        country.Alternates.Add(name.Trim());
    }

    private void AddCities(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var columns = (reader.ReadLine() ?? "").Split('\t');
        int At(string name) => Array.IndexOf(columns, name);
        int id = At("geonameid"), nameAt = At("name"), countryAt = At("country"), popAt = At("population"), latAt = At("lat"), lonAt = At("lon");
        if (Math.Min(Math.Min(id, nameAt), Math.Min(Math.Min(countryAt, popAt), Math.Min(latAt, lonAt))) < 0)
        {
            throw new InvalidDataException($"{path}: expected the columns geonameid, name, country, population, lat, lon.");
        }

        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < columns.Length
                || !long.TryParse(f[popAt], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population)
                || population < MinPopulation
                || !long.TryParse(f[id], NumberStyles.Integer, CultureInfo.InvariantCulture, out var geonameId)
                || !double.TryParse(f[latAt], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[lonAt], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || f[nameAt].Contains('|', StringComparison.Ordinal))
            {
                continue;
            }

            _cities.Add((geonameId, f[nameAt], f[countryAt], population, lat, lon));
        }
    }

    /// <summary>Writes the gazetteer (gzip-compressed when the path ends in .gz).</summary>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        Write(writer);
    }

    /// <summary>Writes the gazetteer as TSV.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(FormattableString.Invariant(
            $"{PlaceGazetteer.Header}; {_countries.Count} countries, {_cities.Count} cities with population >= {MinPopulation}"));
        writer.WriteLine("# kind\tid\tname\tcountry\tpopulation\tlatitude\tlongitude\talternate names\tdemonyms");

        // A former name that is now a large city elsewhere names the city (Gold Coast in Australia, not Ghana;
        // Formosa in Argentina), since countries win an exact lookup.
        var largeCities = _cities.Where(c => c.Population >= 100_000).ToLookup(c => c.Name, c => c.Country, StringComparer.Ordinal);
        foreach (var c in _countries.Values)
        {
            var alternates = new SortedSet<string>(c.Alternates, StringComparer.Ordinal);
            alternates.UnionWith(c.Aliases.Where(a => !a.Equals(c.Name, StringComparison.Ordinal) && largeCities[a].All(country => country == c.Code)));
            writer.WriteLine(string.Join('\t',
                "country", "country:" + c.Code, c.Name, c.Code, "0", Number(c.Latitude), Number(c.Longitude),
                string.Join('|', alternates), string.Join('|', c.Demonyms)));
        }

        foreach (var city in _cities.OrderBy(c => c.Id))
        {
            writer.WriteLine(string.Join('\t',
                "city", "geonames:" + city.Id.ToString(CultureInfo.InvariantCulture), city.Name, city.Country,
                city.Population.ToString(CultureInfo.InvariantCulture), Number(city.Latitude), Number(city.Longitude), "", ""));
        }
    }

    private static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    private static bool IsLatin(string s)
    {
        foreach (var ch in s)
        {
            if (ch > '\u024F' && !char.IsWhiteSpace(ch) && ch is not ('\u2019' or '\u2018'))
            {
                return false;
            }
        }

        return true;
    }
}
