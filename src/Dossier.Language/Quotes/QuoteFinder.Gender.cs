using System.Collections.Frozen;
using Dossier.Core;

namespace Dossier.Language;

// Gender evidence for resolving "he" and "she": taken from the document itself (a gendered title or noun right before
// a name, a common given name, a sentence about one person followed by a sentence opening with "He" or "She"), so that
// a pronoun cue never resolves to a person the text marks as the other gender.
public sealed partial class QuoteFinder
{
    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    private static FrozenSet<string> Names(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that, right before a name, mark the person's gender ('Mrs Ana Voss', 'Congressman Ivo Marek', 'his wife Ana').
    private static readonly FrozenSet<string> MaleTitles = Names(
        "mr", "sir", "lord", "king", "prince", "duke", "congressman", "chairman", "spokesman", "businessman", "husband",
        "father", "son", "brother", "uncle", "grandfather", "baron", "count", "emperor", "sultan", "sheikh");

    private static readonly FrozenSet<string> FemaleTitles = Names(
        "mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "duchess", "congresswoman", "chairwoman",
        "spokeswoman", "businesswoman", "wife", "mother", "daughter", "sister", "aunt", "grandmother", "baroness", "countess", "empress");

    // Common given names whose gender is rarely in doubt; names used for both ("Chris", "Jean", "Robin") are left out.
    private static readonly FrozenSet<string> MaleGivenNames = Names(
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
        "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
        "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander",
        "patrick", "jack", "dennis", "jerry", "henry", "peter", "adam", "nathan", "douglas", "walter", "harold", "carl",
        "keith", "roger", "gerald", "arthur", "sean", "lawrence", "joe", "albert", "bruce", "alan", "ralph", "roy", "wayne",
        "louis", "russell", "vincent", "philip", "mike", "bill", "tom", "jim", "bob", "ted", "rick", "ben", "tim", "dan",
        "barack", "bernie", "mitch", "vladimir", "volodymyr", "emmanuel", "olaf", "boris", "sergei", "sergey", "dmitry",
        "igor", "viktor", "hans", "pierre", "giuseppe", "carlos", "jose", "luis", "antonio", "francesco", "marco",
        "mohammed", "muhammad", "ahmed", "ali", "ivan", "nikolai", "karl", "friedrich", "xi", "narendra", "recep");

    private static readonly FrozenSet<string> FemaleGivenNames = Names(
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
        "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
        "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela",
        "shirley", "anna", "ana", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine",
        "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce",
        "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "hannah",
        "martha", "gloria", "teresa", "ann", "anne", "sara", "frances", "kathryn", "alice", "judy", "sophia", "sophie",
        "grace", "diana", "natalie", "charlotte", "marie", "hillary", "kamala", "ursula", "giorgia", "marine", "elena",
        "olga", "natalia", "irina", "yulia", "claire", "eva", "julia", "sofia", "liz", "kate", "nikki", "ilhan",
        "alexandria", "theresa", "jacinda", "golda", "indira", "benazir", "svetlana", "tatiana", "ingrid", "greta");

    // The gender the document gives each person, keyed by the last word of the name (as FullestName matches mentions).
    // Conflicting evidence leaves a person unknown.
    private static Dictionary<string, Gender> PersonGenders(Analysis a)
    {
        var male = new Dictionary<string, int>(StringComparer.Ordinal);
        var female = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(EntityMention e, Gender g)
        {
            var key = LastWord(a.Text[e.Start..e.End]);
            var votes = g == Gender.Male ? male : female;
            votes[key] = votes.GetValueOrDefault(key) + 1;
        }

        foreach (var e in a.Entities)
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            if (TitleGender(a, e) is var byTitle and not Gender.Unknown)
            {
                Add(e, byTitle);
            }

            var words = a.Text[e.Start..e.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                var given = words[0].ToLowerInvariant();
                if (MaleGivenNames.Contains(given))
                {
                    Add(e, Gender.Male);
                }
                else if (FemaleGivenNames.Contains(given))
                {
                    Add(e, Gender.Female);
                }
            }
        }

        // 'Ana Voss chairs the committee. She ...': a sentence naming one person (outside quotes), then a sentence that
        // opens with a personal pronoun, which can only stand for that person.
        for (var s = 0; s + 1 < a.Sentences.Length; s++)
        {
            var next = a.Sentences[s + 1];
            var k = FirstTokenAtOrAfter(a.Tokens, next.Start);
            if (k >= a.Tokens.Length || a.Tokens[k].Start >= next.End || InsideDirect(a, a.Tokens[k].Start))
            {
                continue;
            }

            var pronoun = Word(a, k);
            if (pronoun is not ("He" or "She") || OnlyPersonIn(a, a.Sentences[s]) is not { } only)
            {
                continue;
            }

            Add(only, pronoun == "He" ? Gender.Male : Gender.Female);
        }

        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var (key, m) in male)
        {
            if (m > female.GetValueOrDefault(key))
            {
                genders[key] = Gender.Male;
            }
        }

        foreach (var (key, f) in female)
        {
            if (f > male.GetValueOrDefault(key))
            {
                genders[key] = Gender.Female;
            }
        }

        return genders;
    }

    // A gendered word right before the name ('Mr. Voss', 'Queen Ana', 'his wife, Ana Voss') or opening it.
    private static Gender TitleGender(Analysis a, EntityMention e)
    {
        var first = a.Text[e.Start..e.End].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].TrimEnd('.').ToLowerInvariant();
        var k = FirstTokenAtOrAfter(a.Tokens, e.Start) - 1;
        while (k >= 0 && a.Text[a.Tokens[k].Start] is '.' or ',')
        {
            k--;
        }

        var before = k >= 0 && a.Tokens[k].End <= e.Start && a.Text.AsSpan(a.Tokens[k].End, e.Start - a.Tokens[k].End).IndexOf('\n') < 0 ? Word(a, k).TrimEnd('.').ToLowerInvariant() : "";
        return MaleTitles.Contains(first) || MaleTitles.Contains(before) ? Gender.Male
            : FemaleTitles.Contains(first) || FemaleTitles.Contains(before) ? Gender.Female
            : Gender.Unknown;
    }

    // The one person (by surname) a sentence names outside quotes; null when it names none, or more than one.
    private static EntityMention? OnlyPersonIn(Analysis a, Sentence sentence)
    {
        EntityMention? only = null;
        foreach (var e in a.Entities)
        {
            if (e.Start >= sentence.End)
            {
                break;
            }

            if (e.Start < sentence.Start || e.Type != EntityType.Person || InsideDirect(a, e.Start))
            {
                continue;
            }

            if (only is { } o && LastWord(a.Text[o.Start..o.End]) != LastWord(a.Text[e.Start..e.End]))
            {
                return null;
            }

            only ??= e;
        }

        return only;
    }
}
