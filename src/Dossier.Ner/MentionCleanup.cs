using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Ner;

/// <summary>
/// Rules applied to the tagger's mentions of one document: what a sequence tagger gets wrong at the edges of names
/// in news text, fixed from the text around the mention. Each rule is about a kind of text, not about a name:
/// <list type="bullet">
/// <item>trailing function words are not part of a name ("the West of" → "West");</item>
/// <item>an abbreviated title ("Sens.") and a US party-and-state tag after a name ("(R-Texas)", "(D-N.Y.)",
/// "(RS.C.)") are no entities;</item>
/// <item>a time-zone code after a clock time ("noon CET") is no organisation;</item>
/// <item>two names joined by a hyphen ("Trump-Putin meeting", "US-Russia talks") are the two entities when the
/// document names each of them on its own (or one of them, the other being an acronym), not a third one;</item>
/// <item>an organisation run that ends in a person's name ("Defence Council Marta Ilves") is the organisation
/// and the person;</item>
/// <item>a lone organisation head word right after capitalised words the tagger left out ("Agricultural Bank") is
/// the whole name;</item>
/// <item>places typed as people: a compass word before a name ("Eastern Siberia"), a landform noun after it
/// ("Capitol Hill" after "on"), a name followed by "region" or "province"; holidays ("Easter") are things.</item>
/// </list>
/// </summary>
internal static partial class MentionCleanup
{
    // Function words a name never ends in ("the West of triggering").
    private static readonly FrozenSet<string> TrailingFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "of", "the", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "a", "an", "as", "than");

    // Abbreviated forms of titles written before names; alone (the name fell outside the mention) they are no entity.
    private static readonly FrozenSet<string> TitleAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Gens", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj",
        "Dr", "Drs", "Mr", "Mrs", "Ms", "Messrs", "Prof", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "Cpl", "Pvt");

    // Words that name the body of an organisation; a name may follow it only as a separate person.
    private static readonly FrozenSet<string> OrganisationHeads = FrozenSet.Create(StringComparer.Ordinal,
        "Council", "Committee", "Commission", "Ministry", "Department", "Agency", "Office", "Court", "Parliament",
        "Assembly", "Senate", "Party", "Administration", "Cabinet", "Directorate", "Bureau", "Authority", "Board",
        "Service", "Secretariat", "Presidium", "Duma", "Congress");

    // Head words an organisation name ends in, which are no name on their own.
    private static readonly FrozenSet<string> BareHeads = FrozenSet.Create(StringComparer.Ordinal,
        "Bank", "Council", "Committee", "Commission", "Ministry", "Agency", "Bureau", "Authority", "Fund", "Institute",
        "Corporation", "Company", "Foundation", "Association", "Federation", "Organisation", "Organization", "Union");

    private static readonly FrozenSet<string> CompassWords = FrozenSet.Create(StringComparer.Ordinal,
        "Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West", "Northeast",
        "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Greater");

    // Landform nouns that end place names and are not common surnames.
    private static readonly FrozenSet<string> Landforms = FrozenSet.Create(StringComparer.Ordinal,
        "Mountains", "Mountain", "Valley", "River", "Sea", "Ocean", "Island", "Islands", "Peninsula", "Desert",
        "Strait", "Straits", "Canal", "Gulf", "Plateau", "Steppe", "Highlands", "Lowlands", "Basin", "Coast");

    // Landform nouns that are common surnames too (Damon Hill): a place only after a place preposition.
    private static readonly FrozenSet<string> SurnameLandforms = FrozenSet.Create(StringComparer.Ordinal,
        "Hill", "Hills", "Bay", "Lake", "Heights", "Park", "Square", "Street", "Avenue", "Field", "Fields", "Wood",
        "Woods", "Ridge", "Forest", "Marsh", "Moor", "Heath", "Green", "Ford", "Point");

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.Ordinal,
        "on", "in", "at", "near", "from", "to", "across", "into", "onto", "toward", "towards", "around", "outside", "inside");

    // Lower-case nouns that follow a place name to say what kind of place it is ("the Donbas region").
    private static readonly FrozenSet<string> PlaceKindNouns = FrozenSet.Create(StringComparer.Ordinal,
        "region", "regions", "province", "provinces", "oblast", "peninsula", "district", "prefecture", "governorate",
        "territory", "territories", "enclave", "oblasts");

    // Holidays and feasts: things that happen, not people or places.
    private static readonly FrozenSet<string> Holidays = FrozenSet.Create(StringComparer.Ordinal,
        "Easter", "Christmas", "Ramadan", "Hanukkah", "Passover", "Thanksgiving", "Diwali", "Halloween", "Pentecost",
        "Lent", "Eid", "Purim", "Sukkot", "Nowruz", "Advent", "Epiphany", "Whitsun", "Navratri", "Holi", "Vesak");

    // Capitalised at the start of a sentence, never part of the name that follows.
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "Your", "My", "And", "Or", "But");

    // A party letter (Republican, Democrat, Independent) and a state, with a hyphen or with the hyphen lost in
    // translation: "R-Texas", "D-Conn.", "R-S.C.", "RS.C.", "I-Vt".
    [GeneratedRegex(@"^[RDI](?:\s?[-\u2013]\s?|(?=[A-Z]))[A-Z][A-Za-z]{0,11}\.?(?:[A-Z]\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyTag();

    // A clock time or day part just before a mention: "14:00", "1 p.m.", "noon".
    [GeneratedRegex(@"(?:\d{1,2}[:.]\d{2}|\d\s?[ap]\.?m\.?|\bnoon|\bmidnight)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTimeBefore();

    /// <summary>The mentions of <paramref name="text"/> after the rules, sorted by position.</summary>
    public static List<EntityMention> Apply(string text, IReadOnlyList<EntityMention> mentions)
    {
        var standalone = StandaloneTypes(text, mentions);
        var result = new List<EntityMention>(mentions.Count);
        foreach (var original in mentions)
        {
            var m = TrimTrailingFunctionWords(text, original);
            var surface = text[m.Start..m.End];
            if (IsNoEntity(text, m, surface))
            {
                continue;
            }

            if (SplitHyphenPair(surface, m, standalone) is { } parts)
            {
                result.AddRange(parts);
                continue;
            }

            if (m.Type == EntityType.Organization && SplitOrganisationAndPerson(text, m) is { } split)
            {
                result.AddRange(split);
                continue;
            }

            result.Add(m with { Type = Retype(text, m, surface) });
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return ExtendBareHeads(text, result);
    }

    private static EntityMention TrimTrailingFunctionWords(string text, EntityMention m)
    {
        var end = m.End;
        while (true)
        {
            var space = text.LastIndexOf(' ', end - 1, end - m.Start);
            if (space <= m.Start)
            {
                break;
            }

            var word = text.AsSpan(space + 1, end - space - 1);
            if (word.Length == 0 || !TrailingFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                break;
            }

            end = space;
        }

        return end == m.End ? m : m with { End = end };
    }

    private static bool IsNoEntity(string text, EntityMention m, string surface)
    {
        var bare = surface.TrimEnd('.');
        if (TitleAbbreviations.Contains(bare) && (surface.EndsWith('.') || (m.End < text.Length && text[m.End] == '.')))
        {
            return true;
        }

        if (IsInPartyTag(text, m))
        {
            return true;
        }

        return IsTimeZone(text, m, surface);
    }

    // "(R-Texas)" or "(RS.C.)" right after a capitalised word: the party and state of the person named before it.
    private static bool IsInPartyTag(string text, EntityMention m)
    {
        var open = text.LastIndexOf('(', m.Start, Math.Min(m.Start + 1, 16));
        var close = text.IndexOf(')', m.End, Math.Min(text.Length - m.End, 16));
        if (open < 0 || close < 0)
        {
            return false;
        }

        var inside = text.AsSpan(open + 1, close - open - 1).Trim();
        if (inside.Length < 4 || inside.IndexOfAny('-', '\u2013', '.') < 0 || !PartyTag().IsMatch(inside))
        {
            return false;
        }

        var k = open - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        // The word before the bracket is a capitalised name ("Cornyn (R-Texas)").
        var wordEnd = k + 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        return wordEnd - k > 2 && char.IsUpper(text[k + 1]);
    }

    private static bool IsTimeZone(string text, EntityMention m, string surface)
    {
        if (surface.Length is < 2 or > 5 || !surface.All(char.IsUpper))
        {
            return false;
        }

        var from = Math.Max(0, m.Start - 16);
        return ClockTimeBefore().IsMatch(text.AsSpan(from, m.Start - from).ToString());
    }

    // The type each exact surface has where it stands alone in the document (the most frequent; ties in enum order).
    private static Dictionary<string, EntityType> StandaloneTypes(string text, IReadOnlyList<EntityMention> mentions)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var s = text[m.Start..m.End];
            if (!counts.TryGetValue(s, out var c))
            {
                c = new int[4];
                counts[s] = c;
            }

            c[(int)m.Type]++;
        }

        var types = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (s, c) in counts)
        {
            var best = 0;
            for (var k = 1; k < c.Length; k++)
            {
                best = c[k] > c[best] ? k : best;
            }

            types[s] = (EntityType)best;
        }

        return types;
    }

    // "Trump-Putin" where the document names Trump and Putin on their own: the two of them.
    private static EntityMention[]? SplitHyphenPair(string surface, EntityMention m, Dictionary<string, EntityType> standalone)
    {
        var hyphen = surface.IndexOfAny(['-', '\u2013']);
        if (hyphen < 2 || hyphen > surface.Length - 3 || surface.IndexOfAny([' ', '-', '\u2013'], hyphen + 1) >= 0
            || !char.IsUpper(surface[0]) || !char.IsUpper(surface[hyphen + 1]))
        {
            return null;
        }

        var left = surface[..hyphen];
        var right = surface[(hyphen + 1)..];
        var leftKnown = standalone.TryGetValue(left, out var leftType);
        var rightKnown = standalone.TryGetValue(right, out var rightType);

        // An acronym joined to a name ("NATO-Putin", "EU-Turkey") is two names even when the document does not
        // write the acronym alone; an organisation unless the document says otherwise.
        if (!(leftKnown || IsAcronym(left)) || !(rightKnown || IsAcronym(right)) || !(leftKnown || rightKnown))
        {
            return null;
        }

        leftType = leftKnown ? leftType : EntityType.Organization;
        rightType = rightKnown ? rightType : EntityType.Organization;

        return [new EntityMention(m.Start, m.Start + hyphen, leftType), new EntityMention(m.Start + hyphen + 1, m.End, rightType)];
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    // "Defence Council Marta Ilves": an organisation head word with a complete name before it and two or
    // three capitalised words after it; the words after it are the person (a title among them is taken off later).
    private static EntityMention[]? SplitOrganisationAndPerson(string text, EntityMention m)
    {
        var words = WordSpans(text, m);
        if (words.Count < 4)
        {
            return null;
        }

        for (var h = words.Count - 3; h >= 1; h--)
        {
            if (!OrganisationHeads.Contains(text[words[h].Start..words[h].End]))
            {
                continue;
            }

            var tail = words.Count - h - 1;
            if (tail is < 2 or > 3)
            {
                return null;
            }

            for (var k = h + 1; k < words.Count; k++)
            {
                if (!IsNameWord(text.AsSpan(words[k].Start, words[k].End - words[k].Start)))
                {
                    return null;
                }
            }

            return [new EntityMention(m.Start, words[h].End, EntityType.Organization), new EntityMention(words[h + 1].Start, m.End, EntityType.Person)];
        }

        return null;
    }

    private static List<(int Start, int End)> WordSpans(string text, EntityMention m)
    {
        var spans = new List<(int, int)>();
        var i = m.Start;
        while (i < m.End)
        {
            var end = text.IndexOf(' ', i, m.End - i);
            end = end < 0 ? m.End : end;
            if (end > i)
            {
                spans.Add((i, end));
            }

            i = end + 1;
        }

        return spans;
    }

    // A capitalised word in lower case after its first letter (Nikolay, Jean-Claude): a given name or surname, not
    // an acronym or a connector.
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = 0;
        foreach (var c in word[1..])
        {
            if (char.IsLetter(c) && char.IsLower(c))
            {
                lower++;
            }
            else if (c is not ('-' or '\'' or '\u2019') && !char.IsUpper(c))
            {
                return false;
            }
        }

        return lower >= 1;
    }

    private static EntityType Retype(string text, EntityMention m, string surface)
    {
        if (m.Type != EntityType.Misc && Holidays.Contains(surface))
        {
            return EntityType.Misc;
        }

        if (m.Type is EntityType.Person or EntityType.Organization && NextWord(text, m.End) is { } next && PlaceKindNouns.Contains(next))
        {
            return EntityType.Location;
        }

        if (m.Type != EntityType.Person)
        {
            return m.Type;
        }

        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return m.Type;
        }

        if (CompassWords.Contains(surface[..space]))
        {
            return EntityType.Location;
        }

        var last = surface[(surface.LastIndexOf(' ') + 1)..];
        if (Landforms.Contains(last)
            || (SurnameLandforms.Contains(last) && PreviousWord(text, m.Start) is { } before && PlacePrepositions.Contains(before)))
        {
            return EntityType.Location;
        }

        return m.Type;
    }

    private static string? NextWord(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start && start > position ? text[start..i] : null;
    }

    private static string? PreviousWord(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return end > i + 1 && end < position ? text[(i + 1)..end] : null;
    }

    // "Russian Agricultural Bank" tagged as "Russian" and "Bank": a lone head word right after capitalised words
    // (separated by single spaces, in any mention or none) is the end of one organisation name that starts there.
    private static List<EntityMention> ExtendBareHeads(string text, List<EntityMention> sorted)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            var m = sorted[i];
            if (!BareHeads.Contains(text[m.Start..m.End]))
            {
                continue;
            }

            var start = m.Start;
            while (start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
            {
                var w = start - 2;
                while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '-'))
                {
                    w--;
                }

                if (!char.IsUpper(text[w]) || Determiners.Contains(text[w..(start - 1)]))
                {
                    break;
                }

                start = w;
            }

            if (start == m.Start)
            {
                continue;
            }

            // The words taken in may have been mentions of their own ("Russian"): they are part of the name now.
            var first = i;
            while (first > 0 && sorted[first - 1].End > start)
            {
                first--;
            }

            sorted.RemoveRange(first, i - first);
            sorted[first] = new EntityMention(start, m.End, EntityType.Organization);
            i = first;
        }

        return sorted;
    }
}
