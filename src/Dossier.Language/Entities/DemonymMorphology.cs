namespace Dossier.Language.Entities;

/// <summary>
/// How English derives the adjective of a place from its name (English from England, Scottish from Scotland,
/// European from Europe, Kurdish from Kurdistan, Bosnian from Bosnia, Tajik from Tajikistan): strip a place
/// ending and an adjective ending and compare the stems, the adjective's last consonant possibly doubled. Used for
/// places the gazetteer lists no demonym for (regions, continents, places that are no country).
/// </summary>
public static class DemonymMorphology
{
    private const int MinStem = 4;

    // Longest first is not needed: every ending is tried.
    private static readonly string[] PlaceEndings = ["", "a", "ia", "e", "y", "o", "land", "and", "stan", "istan"];

    private static readonly string[] AdjectiveEndings = ["", "n", "an", "ian", "ean", "ish", "ese", "i", "ic", "s", "ns", "ans", "ians"];

    /// <summary>The stems a normalised one-word place name may derive adjectives from.</summary>
    public static IEnumerable<string> PlaceStems(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        foreach (var ending in PlaceEndings)
        {
            if (place.Length - ending.Length >= MinStem && place.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return place[..^ending.Length];
            }
        }
    }

    /// <summary>
    /// The stems a normalised one-word adjective may come from; Bare marks the stem with no ending taken off, which
    /// only a -stan place takes (Tajik / Tajikistan), see <see cref="IsAdjectiveOf"/>.
    /// </summary>
    public static IEnumerable<(string Stem, bool Bare)> AdjectiveStems(string adjective)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        foreach (var ending in AdjectiveEndings)
        {
            if (adjective.Length - ending.Length < MinStem || !adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = adjective[..^ending.Length];
            yield return (stem, ending.Length == 0);
            if (ending.Length > 0 && stem.Length > MinStem && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
            {
                yield return (stem[..^1], false); // Scottish: Scot + t + ish
            }
        }
    }

    /// <summary>True when <paramref name="adjective"/> is an adjective or plural people-noun of <paramref name="place"/>.</summary>
    public static bool IsAdjectiveOf(string adjective, string place)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        ArgumentNullException.ThrowIfNull(place);
        if (adjective.Equals(place, StringComparison.Ordinal) || adjective.Contains(' ', StringComparison.Ordinal) || place.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var (stem, bare) in AdjectiveStems(adjective))
        {
            foreach (var placeStem in PlaceStems(place))
            {
                if (stem.Equals(placeStem, StringComparison.Ordinal) && (!bare || place.EndsWith("stan", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
