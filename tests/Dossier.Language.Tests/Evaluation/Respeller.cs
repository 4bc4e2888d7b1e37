using System.Text;

namespace Dossier.Language.Tests.Evaluation;

/// <summary>
/// Garbles names the way transliteration, machine translation and typing do (y/i/j swaps, doubled and dropped
/// letters, -sky/-ski/-skyy, kh/h, ts/tz/c, v/w, dropped vowels, one-edit typos). Deterministic: the same seed,
/// document and word always give the same spelling, so a name is respelled consistently within one document while
/// other documents spell it their own way.
/// </summary>
internal sealed class Respeller(int seed)
{
    private const string Vowels = "aeiou";

    /// <summary>True for about one name in three (per document and name).</summary>
    public bool Chooses(string documentKey, string name) => Hash(documentKey, name, 0) % 3 == 0;

    /// <summary>The name respelled word by word (each word of four letters or more gets one or two changes).</summary>
    public string Respell(string documentKey, string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length >= 4 && words[i].All(char.IsLetter))
            {
                words[i] = RespellWord(documentKey, words[i]);
            }
        }

        return string.Join(' ', words);
    }

    private string RespellWord(string documentKey, string word)
    {
        var random = new Random((int)(Hash(documentKey, word, 1) & 0x7fffffff));
        var upper = word.All(char.IsUpper);
        var lower = word.ToLowerInvariant();
        var changes = word.Length >= 8 && random.Next(3) == 0 ? 2 : 1;
        for (var c = 0; c < changes; c++)
        {
            lower = Change(lower, random);
        }

        if (upper)
        {
            return lower.ToUpperInvariant();
        }

        return char.IsUpper(word[0]) && lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
    }

    private static string Change(string w, Random random)
    {
        var options = new List<Func<string>>();
        void Replace(string from, string to)
        {
            var at = w.IndexOf(from, 1, StringComparison.Ordinal);
            if (at > 0)
            {
                options.Add(() => string.Concat(w.AsSpan(0, at), to, w.AsSpan(at + from.Length)));
            }
        }

        foreach (var (from, to) in new[]
        {
            ("y", "i"), ("i", "y"), ("j", "y"), ("y", "j"), ("kh", "h"), ("h", "kh"), ("ts", "tz"), ("tz", "ts"),
            ("ts", "c"), ("ce", "tse"), ("ci", "tsi"), ("v", "w"), ("w", "v"), ("ph", "f"), ("f", "ph"), ("ks", "x"), ("x", "ks"),
        })
        {
            Replace(from, to);
        }

        foreach (var (end, to) in new[] { ("sky", "ski"), ("ski", "sky"), ("sky", "skyy"), ("skiy", "sky"), ("ov", "off") })
        {
            if (w.EndsWith(end, StringComparison.Ordinal))
            {
                options.Add(() => w[..^end.Length] + to);
            }
        }

        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == w[i - 1])
            {
                var at = i;
                options.Add(() => w.Remove(at, 1)); // a doubled letter dropped
                break;
            }
        }

        var interior = Enumerable.Range(1, Math.Max(0, w.Length - 2)).ToList();
        var consonant = interior.Where(i => !Vowels.Contains(w[i], StringComparison.Ordinal) && char.IsLetter(w[i])).ToList();
        var vowel = interior.Where(i => Vowels.Contains(w[i], StringComparison.Ordinal)).ToList();
        if (consonant.Count > 0)
        {
            var at = consonant[random.Next(consonant.Count)];
            options.Add(() => w.Insert(at, w[at].ToString())); // a letter doubled
        }

        if (vowel.Count > 0)
        {
            var at = vowel[random.Next(vowel.Count)];
            options.Add(() => w.Remove(at, 1)); // a vowel dropped
        }

        if (interior.Count > 0)
        {
            var at = interior[random.Next(interior.Count)];
            var letter = (char)('a' + random.Next(26));
            options.Add(() => string.Concat(w.AsSpan(0, at), letter.ToString(), w.AsSpan(at + 1))); // one substitution
            options.Add(() => w.Remove(at, 1)); // one deletion
            if (at + 1 < w.Length)
            {
                options.Add(() => string.Concat(w.AsSpan(0, at), w[at + 1].ToString(), w[at].ToString(), w.AsSpan(at + 2))); // one transposition
            }
        }

        return options.Count == 0 ? w : options[random.Next(options.Count)]();
    }

    private ulong Hash(string documentKey, string text, int salt)
    {
        // FNV-1a over the seed, salt, document and text: stable across runs and platforms (string.GetHashCode is not).
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}\u0001{salt}\u0001{documentKey}\u0001{text}"))
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }
}
