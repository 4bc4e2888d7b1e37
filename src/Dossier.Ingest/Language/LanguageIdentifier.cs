using System.Globalization;
using System.Reflection;
using System.Text;

namespace Dossier.Ingest.Language;

/// <summary>
/// Identifies the language of a text (ISO 639-1) from character trigram profiles, after a first split
/// by writing system: kana means Japanese, Han without kana Chinese, Arabic script Arabic, Hangul
/// Korean; Latin and Cyrillic texts are scored against per-language trigram log-probabilities (a naive
/// Bayes classifier over trigrams, as in Cavnar &amp; Trenkle 1994 and Dunning 1994). The profiles are
/// built by eval/extraction (see its README) into an embedded resource.
/// </summary>
public sealed class LanguageIdentifier
{
    private const string ResourceName = "Dossier.Ingest.language-profiles.tsv";
    private const int MaxSampleLetters = 4000;
    private const int MinLetters = 12;

    /// <summary>Score margin (mean log-probability per trigram) below which a declared language is trusted over the text.</summary>
    private const double DeclaredMargin = 0.35;

    private readonly Dictionary<string, Dictionary<string, double>> _profiles;
    private readonly Dictionary<string, double> _floors;
    private readonly Dictionary<string, LetterScript> _scriptOf;

    // The same profiles laid out for scoring: languages in a fixed order, and for each trigram (packed into
    // a long, three UTF-16 units) the log-probability in every language, so that a sample costs one hash
    // lookup per trigram instead of one per trigram and language, and no substring allocations.
    private readonly string[] _languageOrder;
    private readonly double[] _floorByIndex;
    private readonly Dictionary<long, double[]> _trigramScores;

    /// <summary>The identifier with the built-in profiles.</summary>
    public static LanguageIdentifier Default { get; } = new(LoadEmbedded());

    /// <summary>Creates an identifier from profile lines "language TAB trigram TAB count".</summary>
    public LanguageIdentifier(IEnumerable<string> profileLines)
    {
        ArgumentNullException.ThrowIfNull(profileLines);
        var counts = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var line in profileLines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || line.StartsWith('#'))
            {
                continue;
            }

            if (!counts.TryGetValue(parts[0], out var table))
            {
                table = new Dictionary<string, long>(StringComparer.Ordinal);
                counts[parts[0]] = table;
            }

            table[parts[1]] = long.Parse(parts[2], CultureInfo.InvariantCulture);
        }

        _profiles = [];
        _floors = [];
        _scriptOf = [];
        foreach (var (language, table) in counts)
        {
            var total = (double)table.Values.Sum() + table.Count;
            _profiles[language] = table.ToDictionary(p => p.Key, p => Math.Log((p.Value + 1) / total), StringComparer.Ordinal);

            // Unseen trigrams cost a little more than the rarest seen one.
            _floors[language] = Math.Log(0.5 / total);
            _scriptOf[language] = DominantScript(string.Concat(table.Keys));
        }

        _languageOrder = [.. _profiles.Keys.Order(StringComparer.Ordinal)];
        _floorByIndex = [.. _languageOrder.Select(l => _floors[l])];
        _trigramScores = [];
        for (var index = 0; index < _languageOrder.Length; index++)
        {
            foreach (var (trigram, logProbability) in _profiles[_languageOrder[index]])
            {
                if (trigram.Length != 3)
                {
                    continue;
                }

                var key = Pack(trigram[0], trigram[1], trigram[2]);
                if (!_trigramScores.TryGetValue(key, out var row))
                {
                    row = [.. _floorByIndex];
                    _trigramScores[key] = row;
                }

                row[index] = logProbability;
            }
        }
    }

    private static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    /// <summary>Languages with a trigram profile.</summary>
    public IReadOnlyCollection<string> ProfiledLanguages => _profiles.Keys;

    /// <summary>
    /// The language of <paramref name="text"/>. <paramref name="declared"/> (what the page or feed says) wins
    /// when the text is too short to decide, when it names a language we have no profile for and the text
    /// is in the same script, or when the text is nearly as likely in the declared language.
    /// </summary>
    public string? Identify(string text, string? declared)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = Normalize(text);
        var letters = sample.Count(char.IsLetter);
        if (letters < MinLetters)
        {
            return declared;
        }

        var script = DominantScript(sample);
        switch (script)
        {
            case LetterScript.Kana:
                return "ja";
            case LetterScript.Han:
                return declared is "ja" or "zh" ? declared : "zh";
            case LetterScript.Arabic:
                return declared is "ar" or "fa" or "ur" ? declared : "ar";
            case LetterScript.Hangul:
                return "ko";
            case LetterScript.Greek:
                return "el";
            case LetterScript.Hebrew:
                return "he";
            case LetterScript.Other:
                return declared;
        }

        var scores = Score(sample, script);
        if (scores.Count == 0)
        {
            return declared;
        }

        var best = scores.MaxBy(s => s.Value);
        if (declared is null || declared == best.Key)
        {
            return best.Key;
        }

        if (!_profiles.ContainsKey(declared))
        {
            // A language we cannot recognise; trust the page unless the text is clearly one we know.
            return best.Value > -6.5 ? best.Key : declared;
        }

        return scores.TryGetValue(declared, out var declaredScore) && best.Value - declaredScore < DeclaredMargin ? declared : best.Key;
    }

    /// <summary>Mean log-probability per trigram for each profiled language written in <paramref name="script"/>.</summary>
    private Dictionary<string, double> Score(string sample, LetterScript script)
    {
        var sums = new double[_languageOrder.Length];
        var trigrams = 0;
        for (var i = 0; i + 3 <= sample.Length; i++)
        {
            // Trigrams centred on a space are word boundaries twice over; Trigrams() skips them too.
            if (sample[i + 1] == ' ')
            {
                continue;
            }

            trigrams++;
            var row = _trigramScores.TryGetValue(Pack(sample[i], sample[i + 1], sample[i + 2]), out var found) ? found : _floorByIndex;
            for (var language = 0; language < sums.Length; language++)
            {
                sums[language] += row[language];
            }
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (trigrams == 0)
        {
            return scores;
        }

        for (var language = 0; language < sums.Length; language++)
        {
            if (_scriptOf[_languageOrder[language]] == script)
            {
                scores[_languageOrder[language]] = sums[language] / trigrams;
            }
        }

        return scores;
    }

    /// <summary>Lower-cased letters with every run of non-letters turned into one space, capped in length.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, MaxSampleLetters + 256) + 2);
        builder.Append(' ');
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                if (++letters >= MaxSampleLetters)
                {
                    break;
                }
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>The trigrams of a normalized sample, skipping those that are only spaces.</summary>
    public static IEnumerable<string> Trigrams(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        for (var i = 0; i + 3 <= normalized.Length; i++)
        {
            if (normalized[i + 1] == ' ')
            {
                continue;
            }

            yield return normalized.Substring(i, 3);
        }
    }

    internal enum LetterScript
    {
        Latin,
        Cyrillic,
        Greek,
        Arabic,
        Hebrew,
        Han,
        Kana,
        Hangul,
        Other,
    }

    internal static LetterScript DominantScript(string text)
    {
        var counts = new int[Enum.GetValues<LetterScript>().Length];
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                counts[(int)ScriptOf(c)]++;
            }
        }

        // Japanese mixes kanji with kana; a modest share of kana decides.
        var cjk = counts[(int)LetterScript.Han] + counts[(int)LetterScript.Kana];
        if (counts[(int)LetterScript.Kana] > 0 && counts[(int)LetterScript.Kana] * 10 >= cjk && cjk * 2 >= counts.Sum())
        {
            return LetterScript.Kana;
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return (LetterScript)best;
    }

    private static LetterScript ScriptOf(char c) => c switch
    {
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') => LetterScript.Latin,
        >= '\u0370' and <= '\u03FF' => LetterScript.Greek,
        >= '\u0400' and <= '\u052F' => LetterScript.Cyrillic,
        >= '\u0590' and <= '\u05FF' => LetterScript.Hebrew,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => LetterScript.Arabic,
        (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F') => LetterScript.Kana,
        (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') => LetterScript.Han,
        (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') => LetterScript.Hangul,
        _ => LetterScript.Other,
    };

    private static List<string> LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
