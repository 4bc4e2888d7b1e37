using System.Text;
using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language.Entities;

/// <summary>The work inside one document: surnames to full names, acronyms to their expansions, given names.</summary>
public sealed partial class EntityIndex
{
    /// <summary>
    /// Within one document: a one-word person mention that is the surname of a full name of the same document
    /// becomes that name (the nearest one before it, else after it, when several share it); an acronym becomes the
    /// multi-word name of the same type whose initials it spells. Returns the (type, normalised name) each mention
    /// is grouped under.
    /// </summary>
    private List<(EntityType Type, string Normalized)> ResolveWithinDocument(List<Parsed> parsed)
    {
        var result = new List<(EntityType, string)>(parsed.Count);
        foreach (var p in parsed)
        {
            result.Add((p.Mention.Type, p.Name.Normalized));
        }

        // Full names of the document by the sound key of their surname, so a surname meets only its candidates.
        var fullBySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < parsed.Count; j++)
        {
            if (parsed[j].Mention.Type == EntityType.Person && parsed[j].Name.Parts.Length >= 2)
            {
                var key = PhoneticKey.Of(parsed[j].Name.Parts[^1]);
                if (!fullBySurname.TryGetValue(key, out var list))
                {
                    list = [];
                    fullBySurname[key] = list;
                }

                list.Add(j);
            }
        }

        for (var i = 0; i < parsed.Count; i++)
        {
            var p = parsed[i];
            if (p.Name.Parts.Length == 1 && (p.Mention.Type == EntityType.Person || MayBeMistypedPerson(p)))
            {
                var best = -1;
                var bestDistance = int.MaxValue;
                foreach (var j in fullBySurname.GetValueOrDefault(PhoneticKey.Of(p.Name.Parts[0])) ?? [])
                {
                    var f = parsed[j];
                    if (NameVariants.CompareWords(f.Name.Parts[^1], p.Name.Parts[0]) != VariantStrength.Strong)
                    {
                        continue;
                    }

                    // Before the mention is nearer than the same distance after it.
                    var distance = f.Mention.Start < p.Mention.Start ? p.Mention.Start - f.Mention.Start : 2 * (f.Mention.Start - p.Mention.Start) + 1;
                    if (distance < bestDistance)
                    {
                        best = j;
                        bestDistance = distance;
                    }
                }

                if (best >= 0)
                {
                    result[i] = (EntityType.Person, parsed[best].Name.Normalized);
                }
                else if (p.Mention.Type == EntityType.Person && GivenNameOf(parsed, p.Name.Parts[0]) is { } full)
                {
                    result[i] = (EntityType.Person, full);
                }
            }
            else if (p.Mention.Type != EntityType.Person && IsAcronym(p.Surface))
            {
                var letters = Letters(p.Surface);
                for (var j = 0; j < parsed.Count; j++)
                {
                    if (parsed[j].Mention.Type == p.Mention.Type && Initials(parsed[j].Name.Parts) == letters)
                    {
                        result[i] = (p.Mention.Type, parsed[j].Name.Normalized);
                        var acronymNode = NodeFor(p.Mention.Type, p.Name.Normalized, out _);
                        var expansionNode = NodeFor(p.Mention.Type, parsed[j].Name.Normalized, out _);
                        if (!_acronymExpansions.TryGetValue(_nodes[acronymNode].Key, out var set))
                        {
                            set = [];
                            _acronymExpansions[_nodes[acronymNode].Key] = set;
                        }

                        if (set.Add(expansionNode))
                        {
                            Relate(acronymNode, expansionNode);
                        }

                        break;
                    }
                }

                if (p.Mention.Type != EntityType.Location && result[i].Item2 == p.Name.Normalized && CountryOfAcronym(parsed, p) is not null)
                {
                    result[i] = (EntityType.Location, p.Name.Normalized);
                }
            }
        }

        return result;
    }

    // An acronym the gazetteer lists for a country ("US", "U.S.", "UK", "UAE") is that country whatever type the
    // recogniser gave it: the rule that keeps a team named after a country apart (England the team) is about written
    // names, and no team or party goes by a country's acronym. Only a name of the same document that spells the
    // acronym and is not that country says otherwise ("the Union of Students (US)"), or a document where the
    // recogniser types a written country name as an organisation too: results and fixtures, where "USA" beside
    // "Australia" and "Italy" is a national team.
    private GazetteerPlace? CountryOfAcronym(List<Parsed> parsed, Parsed acronym)
    {
        if (_places.ResolveExact(acronym.Name.Normalized) is not { Kind: "country" } country)
        {
            return null;
        }

        var letters = Letters(acronym.Surface);
        foreach (var other in parsed)
        {
            if ((Initials(other.Name.Parts) == letters && _places.ResolveExact(other.Name.Normalized)?.GazetteerId != country.GazetteerId)
                || (other.Mention.Type == EntityType.Organization && !IsAcronym(other.Surface) && _places.ResolveExact(other.Name.Normalized) is { Kind: "country" }))
            {
                return null;
            }
        }

        return country;
    }

    // A one-word name typed as a place, organisation or thing that may be a person's surname the recogniser did not
    // know (a respelled "Zelinski" next to "Volodimir Zellinski"): not an acronym and nothing the gazetteer knows.
    private bool MayBeMistypedPerson(Parsed p) =>
        !IsAcronym(p.Surface) && _places.Resolve(p.Name.Normalized) is null && !_places.IsExactDemonym(p.Name.Normalized);

    // A given name used alone ("Vladimir, stop!") is the person of the document with that given name, when only one
    // full name of the document has it and none has it as surname.
    private static string? GivenNameOf(List<Parsed> parsed, string word)
    {
        string? found = null;
        foreach (var f in parsed)
        {
            if (f.Mention.Type != EntityType.Person || f.Name.Parts.Length < 2)
            {
                continue;
            }

            if (f.Name.Parts[^1].Equals(word, StringComparison.Ordinal))
            {
                return null;
            }

            if (f.Name.Parts[0].Equals(word, StringComparison.Ordinal))
            {
                if (found is not null && !found.Equals(f.Name.Normalized, StringComparison.Ordinal))
                {
                    return null;
                }

                found = f.Name.Normalized;
            }
        }

        return found;
    }

    private static readonly HashSet<string> InitialStopWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "la", "du", "des", "der", "und", "on", "in", "&" };

    private static bool IsAcronym(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('.' or '-' or '&'))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 7;
    }

    private static string Letters(string surface) =>
        string.Concat(surface.Where(char.IsLetter).Select(char.ToLowerInvariant));

    private static string Initials(string[] parts)
    {
        if (parts.Length < 2)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(parts.Length);
        foreach (var w in parts)
        {
            if (!InitialStopWords.Contains(w))
            {
                sb.Append(w[0]);
            }
        }

        return sb.ToString();
    }
}
