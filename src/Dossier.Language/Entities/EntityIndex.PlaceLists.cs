using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Language.Entities;

/// <summary>Places named in a list: a garbled member takes the big place of the list's country it sounds like.</summary>
public sealed partial class EntityIndex
{
    // What may stand between two members of a list of names: a comma, "and", "or", an ampersand or a slash.
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    /// <summary>
    /// A place name the gazetteer does not know, even as a respelling, that the text lists with places of one
    /// country ("Kharkiv, Poltava, Shernihiv and Sumy", three of them Ukrainian) is the one big place of that
    /// country it sounds like under the looser transliteration key (<see cref="PlaceGazetteer.ResolveBigPlaceLoosely"/>):
    /// the mention is grouped under that place's name. The list narrows the guess to a few hundred names, which is
    /// what makes the loose key safe; a name with no such place, or two, is left as it is. Two members that resolve
    /// to different countries, or fewer than two that resolve, make no list of one country.
    /// </summary>
    private void ResolveListedPlaces(string text, List<Parsed> parsed, List<(EntityType Type, string Normalized)> representative)
    {
        var i = 0;
        while (i < parsed.Count)
        {
            // The run of mentions from i that are joined by list separators only.
            var j = i;
            while (j + 1 < parsed.Count && parsed[j + 1].Mention.Start > parsed[j].Mention.End
                && ListSeparator().IsMatch(text.AsSpan(parsed[j].Mention.End, parsed[j + 1].Mention.Start - parsed[j].Mention.End)))
            {
                j++;
            }

            if (j - i >= 2)
            {
                ResolveListRun(parsed, representative, i, j);
            }

            i = j + 1;
        }
    }

    private void ResolveListRun(List<Parsed> parsed, List<(EntityType Type, string Normalized)> representative, int first, int last)
    {
        string? country = null;
        var resolved = 0;
        var unknown = new List<int>();
        for (var k = first; k <= last; k++)
        {
            if (_places.Resolve(parsed[k].Name.Normalized) is { } place)
            {
                if (place.Kind == "country" || (country is not null && country != place.CountryCode))
                {
                    return; // a list of countries, or of places in several countries
                }

                country = place.CountryCode;
                resolved++;
            }
            else if (parsed[k].Mention.Type == EntityType.Location && parsed[k].Name.Parts.Length == 1)
            {
                unknown.Add(k);
            }
        }

        if (country is null || resolved < 2)
        {
            return;
        }

        foreach (var k in unknown)
        {
            if (_places.ResolveBigPlaceLoosely(parsed[k].Name.Normalized, country) is { } place)
            {
                representative[k] = (EntityType.Location, NameMatching.Normalize(place.Name));
            }
        }
    }
}
