namespace Dossier.Language.Entities;

/// <summary>
/// The name a mention carries once the things around a name are taken off: a possessive ("Berg's"), a leading
/// "the", and for people titles and roles, inside the span or just before it ("Foreign Minister Anna Berg"), which
/// are kept as the title.
/// </summary>
/// <param name="Normalized">The name normalised by <see cref="NameMatching.Normalize"/>; empty when nothing is left.</param>
/// <param name="Parts">Its words.</param>
/// <param name="Title">The title or role in lower case ("foreign minister"), or null.</param>
public readonly record struct MentionName(string Normalized, string[] Parts, string? Title)
{
    private const int MaxTitleWords = 4;

    /// <summary>Parses the mention [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public static MentionName Parse(string text, int start, int end, bool isPerson)
    {
        ArgumentNullException.ThrowIfNull(text);
        var surface = text[start..end];
        surface = StripPossessive(surface);
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titleWords = new List<string>();
        var first = 0;
        var last = words.Length;
        if (isPerson)
        {
            while (last - first > 1 && IsTitleWord(words[first]))
            {
                titleWords.Add(words[first].ToLowerInvariant().TrimEnd('.'));
                first++;
            }

            while (last - first > 1 && words[last - 1].TrimEnd('.', ',').ToLowerInvariant() is "jr" or "sr" or "ii" or "iii" or "iv")
            {
                last--;
            }

            if (titleWords.Count == 0)
            {
                titleWords.AddRange(TitleBefore(text, start));
            }

            if (titleWords.Count == 0)
            {
                titleWords.AddRange(TitleAfter(text, end));
            }
        }

        var normalized = NameMatching.Normalize(string.Join(' ', words[first..last]));
        var parts = normalized.Length == 0 ? [] : normalized.Split(' ');
        return new MentionName(normalized, parts, titleWords.Count == 0 ? null : string.Join(' ', titleWords));
    }

    private static string StripPossessive(string surface)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (surface.Length > suffix.Length + 1 && surface.EndsWith(suffix, StringComparison.Ordinal))
            {
                return surface[..^suffix.Length];
            }
        }

        return surface;
    }

    private static bool IsTitleWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Lexicon.PersonTitles.Contains(lower) || Lexicon.TitleModifiers.Contains(lower)
            || Lexicon.PersonTitles.Contains(lower.TrimEnd('.'));
    }

    // A title in apposition after the name, in lower case after an article: "Anna Berg, the foreign minister of ...".
    // Capitalised words after a comma are left alone (a list: "Berg, President Lund").
    private static List<string> TitleAfter(string text, int end)
    {
        var result = new List<string>();
        var position = end;
        if (position + 2 >= text.Length || text[position] != ',' || text[position + 1] != ' ')
        {
            return result;
        }

        position += 2;
        var first = true;
        while (result.Count < MaxTitleWords && position < text.Length)
        {
            var wordEnd = position;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '.' or '-'))
            {
                wordEnd++;
            }

            var word = text[position..wordEnd];
            if (word.Length == 0 || !word.All(c => !char.IsLetter(c) || char.IsLower(c)))
            {
                break;
            }

            if (first)
            {
                first = false;
                if (word is not ("the" or "a" or "an"))
                {
                    return [];
                }
            }
            else if (IsTitleWord(word))
            {
                result.Add(word.TrimEnd('.'));
            }
            else
            {
                break;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            position = wordEnd + 1;
        }

        return result.Any(w => Lexicon.PersonTitles.Contains(w) || Lexicon.PersonTitles.Contains(w + ".")) ? result : [];
    }

    // Title words written just before the name on the same line: "Foreign Minister Anna Berg", "said Gen. Ivanov".
    private static List<string> TitleBefore(string text, int start)
    {
        var result = new List<string>();
        var position = start;
        while (result.Count < MaxTitleWords)
        {
            var wordEnd = position;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            if (wordEnd == position || wordEnd == 0)
            {
                break; // no space before: not a separate word, or start of text
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            var word = text[wordStart..wordEnd];
            if (!IsTitleWord(word) || (result.Count == 0 && word.EndsWith('.') && !Lexicon.PersonTitles.Contains(word.ToLowerInvariant())))
            {
                break;
            }

            result.Insert(0, word.ToLowerInvariant().TrimEnd('.'));
            position = wordStart;
        }

        // Modifiers alone ("former", "acting") are not a title.
        return result.Any(w => Lexicon.PersonTitles.Contains(w) || Lexicon.PersonTitles.Contains(w + ".")) ? result : [];
    }
}
