using Dossier.Core;

namespace Dossier.Language;

// From a speaker phrase to an attribution: pronouns and roles resolved to a person, the fullest form of the name.
public sealed partial class QuoteFinder
{
    private static Attribution Make(Analysis a, Subject subject, int cueFirst, int? cueLast = null)
    {
        var cue = new TextSpan(a.Tokens[cueFirst].Start, a.Tokens[cueLast ?? cueFirst].End);
        string? name = null;
        if (subject.Pronoun)
        {
            var word = subject.Span.Slice(a.Text).ToLowerInvariant();
            if (word is "he" or "she" && MostRecentPerson(a, subject.Span.Start) is { } person)
            {
                name = FullestName(a, person);
            }
        }
        else if (subject.Type == EntityType.Person)
        {
            name = FullestName(a, subject.Span);
        }
        else if (subject.Type is EntityType.Organization)
        {
            name = subject.Span.Slice(a.Text);
        }
        else if (subject.Type is null && RoleHolder(a, subject.Span) is { } holder)
        {
            name = FullestName(a, holder);
        }

        return new Attribution(subject.Span, cue, name);
    }

    // 'the minister added': the most recent person introduced with that role ("Deputy Minister Ivo Marek",
    // "Ivo Marek, the finance minister,"). A role with a qualifier ("a senior official") is anonymous and stays so.
    private static TextSpan? RoleHolder(Analysis a, TextSpan role)
    {
        var words = role.Slice(a.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = words[1];
        TextSpan? found = null;
        foreach (var e in a.Entities)
        {
            if (e.Start >= role.Start)
            {
                break;
            }

            if (e.Type != EntityType.Person || InsideDirect(a, e.Start))
            {
                continue;
            }

            // The role within a few words before the name, or in an appositive right after it.
            var before = a.Text.AsSpan(Math.Max(0, e.Start - 40), Math.Min(40, e.Start));
            var after = a.Text.AsSpan(e.End, Math.Min(50, a.Text.Length - e.End));
            var comma = after.IndexOf(',');
            if (before.Contains(noun, StringComparison.OrdinalIgnoreCase) && before[before.LastIndexOf(noun, StringComparison.OrdinalIgnoreCase)..].IndexOfAny(".\n") < 0
                || (comma == 0 && after[1..].IndexOf(',') is var close && close > 0 && after[1..(close + 1)].Contains(noun, StringComparison.OrdinalIgnoreCase)))
            {
                found = new TextSpan(e.Start, e.End);
            }
        }

        return found;
    }

    private static TextSpan? MostRecentPerson(Analysis a, int position)
    {
        TextSpan? found = null;
        foreach (var e in a.Entities)
        {
            if (e.Start >= position)
            {
                break;
            }

            if (e.Type == EntityType.Person && !InsideDirect(a, e.Start))
            {
                found = new TextSpan(e.Start, e.End);
            }
        }

        return found;
    }

    /// <summary>The longest person mention in the document that ends with the same surname.</summary>
    private static string FullestName(Analysis a, TextSpan person)
    {
        var text = person.Slice(a.Text);
        var surname = LastWord(text);
        var best = text;
        foreach (var e in a.Entities)
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            var candidate = a.Text[e.Start..e.End];
            if (candidate.Length > best.Length && LastWord(candidate).Equals(surname, StringComparison.Ordinal)
                && (text.Contains(' ', StringComparison.Ordinal) ? NameMatching.IsSameFullName(text, candidate) : true))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static string LastWord(string name)
    {
        var i = name.LastIndexOf(' ');
        return i < 0 ? name : name[(i + 1)..];
    }
}
