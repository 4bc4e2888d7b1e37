using System.Text.RegularExpressions;

namespace Dossier.Briefing;

/// <summary>Cheap tests that keep scraped furniture and fragments out of the summary and timeline.</summary>
internal static partial class SentenceFilters
{
    private static readonly char[] Closers = ['"', '\'', '\u201D', '\u2019', '\u00BB', ')', ']', ' '];

    /// <summary>URL-like text, all-caps labels, credits, share and subscribe prompts.</summary>
    public static bool IsJunk(string text)
    {
        if (text.Contains("http://", StringComparison.OrdinalIgnoreCase)
            || text.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || text.Contains('\u00A9')
            || text.Contains('|', StringComparison.Ordinal))
        {
            return true;
        }

        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        if (letters < 3 || (letters >= 4 && upper > 0.6 * letters))
        {
            return true;
        }

        return FurniturePrefix().IsMatch(text);
    }

    /// <summary>True when the sentence ends with a question mark (before closing quotes).</summary>
    public static bool IsQuestion(string text) => text.TrimEnd(Closers).EndsWith('?');

    /// <summary>True when the sentence ends like a sentence (full stop or exclamation mark, perhaps inside quotes).</summary>
    public static bool EndsLikeSentence(string text)
    {
        var trimmed = text.TrimEnd(Closers);
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '\u2026';
    }

    /// <summary>True when the sentence starts with a capital letter, a digit or an opening quote (not a fragment).</summary>
    public static bool StartsLikeSentence(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\W*(photo|photograph|image|picture|video|source|share|subscribe|read more|related|advertisement|follow us|sign up|cookie|copyright|published|updated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurniturePrefix();
}
