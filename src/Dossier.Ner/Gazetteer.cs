using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dossier.Ner;

/// <summary>Gazetteer categories. Values are stored in model files.</summary>
internal enum GazetteerCategory
{
    City = 0,
    BigCity = 1,
    MegaCity = 2,
    Capital = 3,
    Country = 4,
    Demonym = 5,
    Region = 6,
    Language = 7,
    Count = 8,
}

/// <summary>
/// A compact lexicon of multi-token names: the hash of the lower-cased token sequence maps to a set of categories.
/// Built from the GeoNames and country lists at training time and stored inside the model.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxTokens = 6;

    private readonly LongIntMap _entries;

    public Gazetteer(LongIntMap entries, int maxLength)
    {
        _entries = entries;
        MaxLength = Math.Min(maxLength, MaxTokens);
    }

    public static Gazetteer Empty { get; } = new(new LongIntMap(), 0);

    public int MaxLength { get; }

    public int Count => _entries.Count;

    public static ulong SequenceStart => 0x51ED270B27E3C5A1UL;

    public static ulong Append(ulong sequence, ulong lowerToken) => FeatureHash.Mix(sequence, lowerToken);

    /// <summary>The categories of a name given as text (tokenised on spaces), 0 when absent.</summary>
    public int Lookup(string name)
    {
        var h = SequenceStart;
        foreach (var token in TokenizeName(name))
        {
            h = Append(h, FeatureHash.Lower(token));
        }

        return _entries.TryGetValue(h, out var flags) ? flags : 0;
    }

    /// <summary>
    /// Marks every token covered by a gazetteer match: bit 2c for the first token of a category-c match, bit 2c+1
    /// for the following tokens. All matches are marked (overlapping ones too); the tagger weighs them.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> lowerTokens, Span<uint> marks)
    {
        marks.Clear();
        if (MaxLength == 0)
        {
            return;
        }

        for (var start = 0; start < lowerTokens.Length; start++)
        {
            var h = SequenceStart;
            var end = Math.Min(lowerTokens.Length, start + MaxLength);
            for (var j = start; j < end; j++)
            {
                h = Append(h, lowerTokens[j]);
                if (!_entries.TryGetValue(h, out var flags))
                {
                    continue;
                }

                uint begin = 0, inside = 0;
                for (var c = 0; c < (int)GazetteerCategory.Count; c++)
                {
                    if ((flags & (1 << c)) != 0)
                    {
                        begin |= 1u << (2 * c);
                        inside |= 1u << ((2 * c) + 1);
                    }
                }

                marks[start] |= begin;
                for (var k = start + 1; k <= j; k++)
                {
                    marks[k] |= inside;
                }
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(MaxLength);
        _entries.Write(writer);
    }

    public static Gazetteer Read(SpanReader reader)
    {
        var max = reader.ReadInt32();
        return new Gazetteer(LongIntMap.Read(reader), max);
    }

    /// <summary>Splits a name into tokens the way CoNLL text is tokenised (spaces; commas and brackets apart).</summary>
    public static List<string> TokenizeName(string name)
    {
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            name = name[..paren];
        }

        var tokens = new List<string>();
        foreach (var part in name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 1 && part[^1] == ',')
            {
                tokens.Add(part[..^1]);
                tokens.Add(",");
            }
            else
            {
                tokens.Add(part);
            }
        }

        return tokens;
    }

    /// <summary>Removes diacritics (é to e), so names match text written without them.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>Builds a <see cref="Gazetteer"/> from the shared gazetteer folder.</summary>
internal sealed class GazetteerBuilder
{
    private readonly LongIntMap _entries = new(1 << 18);
    private int _maxLength;

    public void Add(string name, GazetteerCategory category)
    {
        name = name.Trim();
        if (name.Length < 2)
        {
            return;
        }

        AddOne(name, category);
        var folded = Gazetteer.Fold(name);
        if (!string.Equals(folded, name, StringComparison.Ordinal))
        {
            AddOne(folded, category);
        }
    }

    public Gazetteer Build() => new(_entries, _maxLength);

    /// <summary>
    /// Reads cities1000.tsv (GeoNames), world-countries, countries-list and i18n-iso-countries (English names)
    /// from <paramref name="directory"/>. Missing files are skipped.
    /// </summary>
    public static Gazetteer FromDirectory(string directory)
    {
        var builder = new GazetteerBuilder();
        var cities = Path.Combine(directory, "cities1000.tsv");
        if (File.Exists(cities))
        {
            builder.AddCities(cities);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "countries.json", SearchOption.AllDirectories))
        {
            if (file.Contains("world-countries", StringComparison.Ordinal) && !file.Contains("dist", StringComparison.Ordinal))
            {
                builder.AddWorldCountries(file);
            }
        }

        foreach (var file in Directory.EnumerateFiles(directory, "countries.min.json", SearchOption.AllDirectories))
        {
            if (file.Contains("countries-list", StringComparison.Ordinal) && !file.Contains("minimal", StringComparison.Ordinal))
            {
                builder.AddCountriesList(file);
            }
        }

        foreach (var file in Directory.EnumerateFiles(directory, "languages.min.json", SearchOption.AllDirectories))
        {
            if (file.Contains("countries-list", StringComparison.Ordinal) && !file.Contains("minimal", StringComparison.Ordinal))
            {
                builder.AddLanguages(file);
            }
        }

        foreach (var file in Directory.EnumerateFiles(directory, "en.json", SearchOption.AllDirectories))
        {
            if (file.Contains("i18n-iso-countries", StringComparison.Ordinal))
            {
                builder.AddIsoCountries(file);
            }
        }

        return builder.Build();
    }

    private void AddOne(string name, GazetteerCategory category)
    {
        var tokens = Gazetteer.TokenizeName(name);
        if (tokens.Count == 0 || tokens.Count > Gazetteer.MaxTokens)
        {
            return;
        }

        var h = Gazetteer.SequenceStart;
        foreach (var t in tokens)
        {
            h = Gazetteer.Append(h, FeatureHash.Lower(t));
        }

        var flags = _entries.GetOrAdd(h, 0, out _);
        _entries.Set(h, flags | (1 << (int)category));
        _maxLength = Math.Max(_maxLength, tokens.Count);
    }

    private void AddCities(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine();
        if (header is null)
        {
            return;
        }

        var columns = header.Split('\t');
        var nameAt = Array.IndexOf(columns, "name");
        var popAt = Array.IndexOf(columns, "population");
        var codeAt = Array.IndexOf(columns, "feature_code");
        if (nameAt < 0)
        {
            return;
        }

        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length <= nameAt)
            {
                continue;
            }

            var name = f[nameAt];
            long population = 0;
            if (popAt >= 0 && popAt < f.Length)
            {
                _ = long.TryParse(f[popAt], NumberStyles.Integer, CultureInfo.InvariantCulture, out population);
            }

            Add(name, GazetteerCategory.City);
            if (population >= 100_000)
            {
                Add(name, GazetteerCategory.BigCity);
            }

            if (population >= 1_000_000)
            {
                Add(name, GazetteerCategory.MegaCity);
            }

            if (codeAt >= 0 && codeAt < f.Length && f[codeAt] == "PPLC")
            {
                Add(name, GazetteerCategory.Capital);
            }
        }
    }

    private void AddWorldCountries(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        foreach (var country in doc.RootElement.EnumerateArray())
        {
            if (country.TryGetProperty("name", out var name))
            {
                AddString(name, "common", GazetteerCategory.Country);
                AddString(name, "official", GazetteerCategory.Country);
            }

            if (country.TryGetProperty("altSpellings", out var alts) && alts.ValueKind == JsonValueKind.Array)
            {
                foreach (var alt in alts.EnumerateArray())
                {
                    // Two- and three-letter codes would match ordinary words ("AD", "ME"); keep real names.
                    if (alt.GetString() is { Length: >= 4 } s)
                    {
                        Add(s, GazetteerCategory.Country);
                    }
                }
            }

            if (country.TryGetProperty("capital", out var capitals) && capitals.ValueKind == JsonValueKind.Array)
            {
                foreach (var capital in capitals.EnumerateArray())
                {
                    if (capital.GetString() is { } s)
                    {
                        Add(s, GazetteerCategory.Capital);
                    }
                }
            }

            foreach (var field in (ReadOnlySpan<string>)["region", "subregion"])
            {
                if (country.TryGetProperty(field, out var region) && region.GetString() is { } r)
                {
                    Add(r, GazetteerCategory.Region);
                }
            }

            if (country.TryGetProperty("languages", out var languages) && languages.ValueKind == JsonValueKind.Object)
            {
                foreach (var language in languages.EnumerateObject())
                {
                    if (language.Value.GetString() is { } s)
                    {
                        Add(s, GazetteerCategory.Language);
                    }
                }
            }

            if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
            {
                foreach (var gender in (ReadOnlySpan<string>)["f", "m"])
                {
                    if (eng.TryGetProperty(gender, out var d) && d.GetString() is { } s)
                    {
                        Add(s, GazetteerCategory.Demonym);
                        if (s.EndsWith("an", StringComparison.Ordinal) || s.EndsWith('i'))
                        {
                            Add(s + "s", GazetteerCategory.Demonym);
                        }
                    }
                }
            }
        }
    }

    private void AddString(JsonElement element, string property, GazetteerCategory category)
    {
        if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } s)
        {
            Add(s, category);
        }
    }

    private void AddCountriesList(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        foreach (var country in doc.RootElement.EnumerateObject())
        {
            AddString(country.Value, "name", GazetteerCategory.Country);
            AddString(country.Value, "capital", GazetteerCategory.Capital);
        }
    }

    private void AddLanguages(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        foreach (var language in doc.RootElement.EnumerateObject())
        {
            AddString(language.Value, "name", GazetteerCategory.Language);
        }
    }

    private void AddIsoCountries(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        if (!doc.RootElement.TryGetProperty("countries", out var countries))
        {
            return;
        }

        foreach (var country in countries.EnumerateObject())
        {
            if (country.Value.ValueKind == JsonValueKind.String && country.Value.GetString() is { } s)
            {
                Add(s, GazetteerCategory.Country);
            }
            else if (country.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in country.Value.EnumerateArray())
                {
                    if (item.GetString() is { } name)
                    {
                        Add(name, GazetteerCategory.Country);
                    }
                }
            }
        }
    }
}
