using System.Globalization;
using System.Text;

namespace Dossier.Language;

/// <summary>
/// Helpers for deciding whether two spellings name the same entity: normalisation (case, diacritics, apostrophes,
/// transliteration variants), Jaro-Winkler similarity, a consonant skeleton, and person-name comparison.
/// </summary>
public static class NameMatching
{
    /// <summary>
    /// Lower-cases, strips diacritics and apostrophes, turns hyphens and punctuation into spaces, drops a leading
    /// "the", collapses whitespace, and folds transliteration variants ("yy" → "y", "iy" → "y" at word end).
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC' or '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToLowerInvariant(Fold(c)));
            }
            else
            {
                space = true;
            }
        }

        var s = sb.ToString();
        if (s.StartsWith("the ", StringComparison.Ordinal))
        {
            s = s[4..];
        }

        // Transliteration variants: Zelenskyy / Zelenskiy / Zelensky.
        s = s.Replace("yy", "y", StringComparison.Ordinal);
        var words = s.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 4 && (w.EndsWith("iy", StringComparison.Ordinal) || w.EndsWith("ij", StringComparison.Ordinal) || w.EndsWith("yi", StringComparison.Ordinal)))
            {
                words[i] = w[..^2] + "y";
            }
        }

        return string.Join(' ', words);
    }

    private static char Fold(char c) => c switch
    {
        'ß' => 's',
        'ø' or 'Ø' => 'o',
        'æ' or 'Æ' => 'a',
        'đ' or 'Đ' => 'd',
        'ł' or 'Ł' => 'l',
        'ı' => 'i',
        _ => c,
    };

    /// <summary>Jaro-Winkler similarity in [0, 1] (Winkler 1990, prefix scale 0.1, up to 4 characters).</summary>
    public static double JaroWinkler(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        var m = (double)matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>Levenshtein edit distance.</summary>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Core.EditDistance.Between(a.AsSpan(), b.AsSpan());
    }

    /// <summary>
    /// A rough phonetic key: the first letter, then consonants without vowels, y, w and h, doubled letters collapsed,
    /// and common transliteration pairs folded (k/c/q, v/w, z/s, j/y, x/ks). "Kyiv" and "Kiev" both give "kv".
    /// </summary>
    public static string Skeleton(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var sb = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i] switch
            {
                'c' or 'q' => 'k',
                'w' => 'v',
                'z' => 's',
                'j' => 'y',
                'p' => 'b',
                var x => x,
            };
            var keep = i == 0 ? char.IsLetterOrDigit(c) : c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or ' ');
            if (!keep)
            {
                continue;
            }

            if (c == 'x')
            {
                // Transliteration: Alexander / Aleksandr.
                if (sb.Length == 0 || sb[^1] != 'k')
                {
                    sb.Append('k');
                }

                sb.Append('s');
                continue;
            }

            if (sb.Length > 0 && sb[^1] == c)
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when two normalised single names are spelling variants of each other: equal, or similar enough for
    /// their length (Jaro-Winkler ≥ 0.92, or ≥ 0.84 with the same consonant skeleton, or one edit in 6+ letters).
    /// </summary>
    public static bool IsSpellingVariant(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Equals(b, StringComparison.Ordinal))
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4 || Math.Abs(a.Length - b.Length) > Math.Max(2, shorter / 3))
        {
            return false;
        }

        var jw = JaroWinkler(a, b);
        if (jw < 0.8 || (a[0] != b[0] && !Skeleton(a).Equals(Skeleton(b), StringComparison.Ordinal)))
        {
            return false;
        }

        var distance = EditDistance(a, b);
        if (jw >= 0.92 && shorter >= 6 && (distance <= 1 || (shorter >= 9 && distance <= 2)))
        {
            return true;
        }

        if (jw >= 0.84 && Skeleton(a).Equals(Skeleton(b), StringComparison.Ordinal))
        {
            return true;
        }

        return shorter >= 6 && distance <= Math.Max(1, shorter / 5) && jw >= 0.85;
    }

    /// <summary>Splits a person's name into normalised words, dropping titles and suffixes (Jr., III).</summary>
    public static string[] NameParts(string name)
    {
        var parts = Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        var last = parts.Length;
        while (last - first > 1 && parts[last - 1] is "jr" or "sr" or "ii" or "iii" or "iv")
        {
            last--;
        }

        while (last - first > 1 && (Lexicon.PersonTitles.Contains(parts[first]) || Lexicon.TitleModifiers.Contains(parts[first])))
        {
            first++;
        }

        return parts[first..last];
    }

    /// <summary>The surname (last name word) of a person's name, normalised.</summary>
    public static string Surname(string name)
    {
        var parts = NameParts(name);
        return parts.Length == 0 ? string.Empty : parts[^1];
    }

    /// <summary>
    /// True when two person names can be the same person: the surnames are spelling variants and the given names
    /// (when both have one) agree — equal, one an initial of the other, or spelling variants. "Alexander Vorenko"
    /// and "Alexander Brenner" do not match; "A. Vorenko" and "Alexander Vorenko" do.
    /// </summary>
    public static bool IsSameFullName(string a, string b) => IsSameFullName(NameParts(a), NameParts(b));

    /// <summary>As <see cref="IsSameFullName(string, string)"/>, on names already split by <see cref="NameParts"/>.</summary>
    public static bool IsSameFullName(string[] pa, string[] pb)
    {
        ArgumentNullException.ThrowIfNull(pa);
        ArgumentNullException.ThrowIfNull(pb);
        if (pa.Length == 0 || pb.Length == 0 || !IsSpellingVariant(pa[^1], pb[^1]))
        {
            return false;
        }

        if (pa.Length == 1 || pb.Length == 1)
        {
            return true;
        }

        return GivenNamesAgree(pa[0], pb[0]);
    }

    private static bool GivenNamesAgree(string a, string b) =>
        a.Length == 1 || b.Length == 1 ? a[0] == b[0] : IsSpellingVariant(a, b);
}
