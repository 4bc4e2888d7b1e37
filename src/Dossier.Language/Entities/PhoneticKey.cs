using System.Text;

namespace Dossier.Language.Entities;

/// <summary>
/// A sound key for one normalised name word, written for transliterated and machine-translated names (in the spirit
/// of Soundex and Double Metaphone, but with transliteration folds instead of English spelling rules): vowels,
/// y, j and h carry no weight after the first letter, doubled letters collapse, and letters that transliterations
/// swap share a class (k/c/q/ck/ts/tz, s/z, v/w/f/ph, x/ks, and b/p, d/t, g/k unless asked not to). Zelensky, Zelenskyy, Zellinski and Selenski give
/// "slnsk"; Kyiv and Kiev give "kv"; Tsarev and Carev give "krv".
/// </summary>
public static class PhoneticKey
{
    /// <summary>
    /// The key of one lower-cased word (letters and digits; other characters are ignored). With
    /// <paramref name="foldVoicing"/> voiced and voiceless stops share a class as well (b/p, d/t, g/k, as in Soundex),
    /// which machine translation and transliteration swap (Zaburisia / Zaporizhzhia).
    /// </summary>
    public static string Of(string word, bool foldVoicing = true)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length);
        var first = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 't' when next == 'c' && i + 2 < word.Length && word[i + 2] == 'h':
                    continue; // tch is ch: Kovaltchuk / Kovalchuk
                case 'c' or 'k' when next == 'h':
                case 'c' when next == 'z':
                    // kh/ch/cz: Kharkiv / Harkiv / Charkiw, Kovalchuk / Kowalczuk carry one sound; keep the class of h (none).
                    mapped = 'h';
                    i++;
                    break;
                case 't' when next is 's' or 'z':
                    mapped = 'k';
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped = 'v';
                    i++;
                    break;
                case 's' when next == 'h':
                    mapped = 's';
                    i++;
                    break;
                case 'z' when next == 'h':
                    mapped = 's';
                    i++;
                    break;
                case 'c' or 'q':
                    mapped = 'k';
                    break;
                case 'g' when foldVoicing:
                    mapped = 'k';
                    break;
                case 'b' when foldVoicing:
                    mapped = 'p';
                    break;
                case 'd' when foldVoicing:
                    mapped = 't';
                    break;
                case 'z':
                    mapped = 's';
                    break;
                case 'w' or 'f':
                    mapped = 'v';
                    break;
                case 'x':
                    Append(sb, 'k', ref first);
                    mapped = 's';
                    break;
                default:
                    mapped = c;
                    break;
            }

            if (first)
            {
                // All initial vowels (and y, j, i) are one class: Iulia / Yulia / Julia.
                if (mapped is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j')
                {
                    mapped = '*';
                }

                Append(sb, mapped, ref first);
                continue;
            }

            if (mapped is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j' or 'h')
            {
                continue;
            }

            Append(sb, mapped, ref first);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A looser key for a whole lower-cased name, for a place a machine translation garbled past <see cref="Of"/>
    /// (Shernihiv for Chernihiv, Herson for Kherson): the digraphs kh, ch, sh and gh and an initial h or x are one
    /// sound, c before e, i or y is s, c, k, q and g are one, s, z, zh, ts and tz are one, a lone h after the first
    /// sound is dropped, b/p, d/t and v/w/f/ph fold, and vowels (the first one too), y and j carry no weight. Far too
    /// loose for names in general: the caller must have narrowed the candidates (the big places of one country named
    /// in the same list).
    /// </summary>
    public static string Loose(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            var next = i + 1 < name.Length ? name[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'k' or 'c' or 's' or 'g' when next == 'h':
                    mapped = 'h';
                    i++;
                    break;
                case 'z' when next == 'h':
                    mapped = 's';
                    i++;
                    break;
                case 't' when next is 's' or 'z':
                    mapped = 's';
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped = 'v';
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y':
                case 'z':
                    mapped = 's';
                    break;
                case 'c' or 'q' or 'g':
                    mapped = 'k';
                    break;
                case 'x':
                    mapped = 'h';
                    break;
                case 'b':
                    mapped = 'p';
                    break;
                case 'd':
                    mapped = 't';
                    break;
                case 'w' or 'f':
                    mapped = 'v';
                    break;
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j':
                    continue;
                case 'h' when sb.Length > 0:
                    continue; // a lone h inside a name is often dropped (Luhansk, Luansk)
                default:
                    mapped = c;
                    break;
            }

            if (sb.Length == 0 || sb[^1] != mapped)
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c, ref bool first)
    {
        first = false;
        if (sb.Length > 0 && sb[^1] == c)
        {
            return;
        }

        sb.Append(c);
    }

    /// <summary>
    /// The key and the keys with one character deleted (a symmetric-deletion neighbourhood, as in SymSpell): two
    /// keys one substitution, insertion or deletion apart share at least one of these. Keys shorter than
    /// <paramref name="minLengthForDeletes"/> give only themselves, so short keys do not make huge blocks.
    /// </summary>
    public static IEnumerable<string> WithDeletions(string key, int minLengthForDeletes = 4)
    {
        ArgumentNullException.ThrowIfNull(key);
        yield return key;
        if (key.Length < minLengthForDeletes)
        {
            yield break;
        }

        for (var i = 1; i < key.Length; i++)
        {
            // The first character is kept: names that differ in the first sound are not blocked together.
            if (i > 1 && key[i] == key[i - 1])
            {
                continue;
            }

            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }
}
