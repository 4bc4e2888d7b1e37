using System.Text.RegularExpressions;

namespace Dossier.Ingest.Metadata;

/// <summary>Splits a byline ("Petra Lindqvist and Jo Lee, VNN correspondents") into person names.</summary>
internal static partial class BylineNames
{
    [GeneratedRegex(@"^(?:by|von|par|por|di|door|from|text:?|autor:?|author:?|written by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+(?:and|und|et|y|e|en|i|&)\s+")]
    private static partial Regex Conjunctions();

    [GeneratedRegex(@"\s*[,;|/(]\s*|\s+[-–—]\s+")]
    private static partial Regex EndOfNames();

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "al", "el", "y", "zu",
    };

    /// <summary>Names in <paramref name="byline"/>; stops at the first part that does not look like a name (a job title, an outlet).</summary>
    public static IReadOnlyList<string> Split(string byline)
    {
        var text = Prefix().Replace(byline.Trim(), "");
        text = EndOfNames().Split(text, 2)[0];
        var names = new List<string>();
        foreach (var part in Conjunctions().Split(text))
        {
            var candidate = part.Trim().TrimEnd('.', ':');
            if (candidate.Length == 0)
            {
                continue;
            }

            if (!LooksLikeName(candidate))
            {
                break;
            }

            names.Add(candidate);
        }

        return names;
    }

    /// <summary>Two to five capitalised words, no digits: "Anna Berg", "Jean-Luc de la Tour".</summary>
    public static bool LooksLikeName(string candidate)
    {
        if (candidate.Length is < 3 or > 60 || candidate.Any(char.IsDigit) || candidate.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        return char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && words.All(w => char.IsUpper(w[0]) || Particles.Contains(w));
    }
}
