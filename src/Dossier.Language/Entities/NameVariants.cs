namespace Dossier.Language.Entities;

/// <summary>How sure a spelling comparison is that two names are the same.</summary>
public enum VariantStrength
{
    /// <summary>Different names.</summary>
    None,

    /// <summary>Possibly a variant (a consonant typo in a short name): needs context to agree before merging.</summary>
    Weak,

    /// <summary>A spelling variant: same sound key and similar letters, or one typo in a long name.</summary>
    Strong,
}

/// <summary>
/// Decides whether two normalised names are spellings of one name, the way transliteration, machine translation
/// and typos vary them: same <see cref="PhoneticKey"/> with similar letters (Jaro-Winkler), or one edit in a long
/// name. Look-alikes that are different names (Austria / Australia, Slovenia / Slovakia, Iran / Iraq) differ in
/// their keys and by more than one edit.
/// </summary>
public static class NameVariants
{
    /// <summary>Compares two normalised single words.</summary>
    public static VariantStrength CompareWords(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Equals(b, StringComparison.Ordinal))
        {
            return VariantStrength.Strong;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 3 || Math.Abs(a.Length - b.Length) > Math.Max(2, shorter / 2))
        {
            return VariantStrength.None;
        }

        if (IsDigitWord(a) || IsDigitWord(b))
        {
            return VariantStrength.None;
        }

        var ka = PhoneticKey.Of(a);
        var kb = PhoneticKey.Of(b);
        var jw = NameMatching.JaroWinkler(a, b);
        if (ka.Equals(kb, StringComparison.Ordinal))
        {
            // A short key says little (Chechen and China both give "hn"): the letters must be close as well. A long
            // key (four sounds or more) agreeing is evidence by itself that machine translation garbled the letters
            // (Zaburisia / Zaporizhzhya), but only enough to ask the context.
            if (NameMatching.EditDistance(a, b) > Math.Max(2, (int)(0.4 * shorter)))
            {
                return ka.Length >= 4 && jw >= 0.72 ? VariantStrength.Weak : VariantStrength.None;
            }

            // Same consonant skeleton: vowel and transliteration changes (Kyiv / Kiev, Zelensky / Zellinski).
            // In a short name one full vowel for another is another name, not a transliteration (Berg / Borg).
            if (shorter <= 5 && a.Length == b.Length && IsOneVowelSwap(a, b))
            {
                return VariantStrength.Weak;
            }

            if (ka.Length >= 2 && jw >= (shorter <= 4 ? 0.78 : 0.72))
            {
                return VariantStrength.Strong;
            }

            return ka.Length >= 2 && jw >= 0.6 ? VariantStrength.Weak : VariantStrength.None;
        }

        if (IsTransposition(a, b) && shorter >= 5)
        {
            return shorter >= 6 ? VariantStrength.Strong : VariantStrength.Weak; // two letters typed in the wrong order
        }

        var distance = NameMatching.EditDistance(a, b);
        if (distance == 1 && shorter >= 6)
        {
            return VariantStrength.Strong; // one typo in a long name
        }

        var keyDistance = NameMatching.EditDistance(ka, kb);
        if (keyDistance == 1 && ka[0] == kb[0] && distance <= 2 && jw >= 0.88 && shorter >= 5)
        {
            // A transliteration change plus a dropped or doubled consonant: believable, but check the context.
            return shorter >= 8 ? VariantStrength.Strong : VariantStrength.Weak;
        }

        if (distance == 1 && shorter >= 4)
        {
            return VariantStrength.Weak;
        }

        return VariantStrength.None;
    }

    /// <summary>
    /// Compares two normalised multi-word names (words separated by single spaces): word by word when they have as
    /// many words (the weakest word decides), else without the spaces (Port Elena / Portelena).
    /// </summary>
    public static VariantStrength CompareNames(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Equals(b, StringComparison.Ordinal))
        {
            return VariantStrength.Strong;
        }

        var wa = a.Split(' ');
        var wb = b.Split(' ');
        if (wa.Length == wb.Length)
        {
            var result = VariantStrength.Strong;
            var changed = 0;
            for (var i = 0; i < wa.Length; i++)
            {
                if (wa[i].Equals(wb[i], StringComparison.Ordinal))
                {
                    continue;
                }

                changed++;
                var s = CompareWords(wa[i], wb[i]);
                if (s < result)
                {
                    result = s;
                }
            }

            // Names that differ in one of several words and only weakly there are different names (New York / New Cork).
            return changed == 1 && wa.Length > 1 && result == VariantStrength.Weak ? VariantStrength.None : result;
        }

        var ja = string.Concat(wa);
        var jb = string.Concat(wb);
        return ja.Equals(jb, StringComparison.Ordinal) ? VariantStrength.Strong : VariantStrength.None;
    }

    /// <summary>The block key of a multi-word name: the sound keys of its words, joined.</summary>
    public static string KeyOfName(string normalized, bool foldVoicing = true)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return PhoneticKey.Of(normalized.Replace(" ", "", StringComparison.Ordinal), foldVoicing);
    }

    /// <summary>True when <paramref name="b"/> is <paramref name="a"/> with two adjacent letters swapped.</summary>
    public static bool IsTransposition(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (first >= 0)
                {
                    return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
                }

                first = i;
            }
        }

        return false;
    }

    private static bool IsOneVowelSwap(string a, string b)
    {
        var differences = 0;
        var vowels = true;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                differences++;
                vowels &= a[i] is 'a' or 'e' or 'o' or 'u' && b[i] is 'a' or 'e' or 'o' or 'u';
            }
        }

        return differences == 1 && vowels;
    }

    private static bool IsDigitWord(string w)
    {
        foreach (var c in w)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
