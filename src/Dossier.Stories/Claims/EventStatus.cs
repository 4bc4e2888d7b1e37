using System.Text.RegularExpressions;

namespace Dossier.Stories.Claims;

/// <summary>Whether a sentence reports its event as done or as only planned.</summary>
public enum EventModality
{
    /// <summary>No clear cue either way.</summary>
    Unknown,

    /// <summary>Future or intention: "will sign", "plans to sign", "is expected to sign", "is set to sign".</summary>
    Planned,

    /// <summary>Past: "signed", "has signed", "was signed", or an irregular past form.</summary>
    Done,
}

/// <summary>The modality of a sentence's main event and the stem of the verb that carries it.</summary>
/// <param name="Modality">Planned, done or unknown.</param>
/// <param name="Verb">The event verb's base form as far as it can be guessed ("sign", "meet"; "clos" for "closed"), or null; compare with <see cref="SameVerb"/>.</param>
public sealed partial record EventStatus(EventModality Modality, string? Verb)
{
    private static readonly EventStatus None = new(EventModality.Unknown, null);

    // Irregular past forms news reports use for events, mapped to their base forms (so "met" meets "will meet").
    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["met"] = "meet", ["held"] = "hold", ["began"] = "begin", ["begun"] = "begin", ["took"] = "take", ["taken"] = "take",
        ["left"] = "leave", ["won"] = "win", ["gave"] = "give", ["given"] = "give", ["made"] = "make", ["sent"] = "send",
        ["struck"] = "strike", ["broke"] = "break", ["broken"] = "break", ["came"] = "come", ["went"] = "go", ["gone"] = "go",
        ["paid"] = "pay", ["sold"] = "sell", ["bought"] = "buy", ["built"] = "build", ["brought"] = "bring", ["fell"] = "fall",
        ["fallen"] = "fall", ["rose"] = "rise", ["risen"] = "rise", ["chose"] = "choose", ["chosen"] = "choose", ["drew"] = "draw",
        ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["signed"] = "sign", ["shut"] = "shut", ["set"] = "set",
        ["put"] = "put", ["cut"] = "cut", ["hit"] = "hit", ["led"] = "lead", ["fled"] = "flee", ["spoke"] = "speak",
        ["spoken"] = "speak", ["wrote"] = "write", ["written"] = "write", ["froze"] = "freeze", ["frozen"] = "freeze",
        ["flew"] = "fly", ["flown"] = "fly", ["ran"] = "run", ["lost"] = "lose", ["found"] = "find", ["sought"] = "seek",
    };

    /// <summary>Reads the modality of <paramref name="sentence"/> from its auxiliaries and verb forms.</summary>
    public static EventStatus Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var planned = PlannedCue().Match(sentence);
        if (planned.Success)
        {
            var verb = planned.Groups["verb"].Value.ToLowerInvariant();
            return new EventStatus(EventModality.Planned, BaseOf(verb));
        }

        // Reported speech ("said", "told") is not the event; negations and conditionals are left alone.
        if (Negation().IsMatch(sentence))
        {
            return None;
        }

        foreach (Match match in Word().Matches(sentence))
        {
            var word = match.Value.ToLowerInvariant();
            if (ReportingVerbs.Contains(word) || match.Index == 0)
            {
                continue;
            }

            if (IrregularPast.TryGetValue(word, out var irregular))
            {
                return new EventStatus(EventModality.Done, irregular);
            }

            if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && PastContext(sentence, match.Index))
            {
                return new EventStatus(EventModality.Done, BaseOf(word));
            }
        }

        return None;
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "told", "added", "stated", "reported", "announced", "claimed", "noted", "confirmed", "explained", "insisted",
        "warned", "argued", "suggested", "expected", "planned", "scheduled", "based", "related", "united", "limited",
    };

    // "-ed" after a determiner or an adjective slot is an adjective ("the armed forces"); after a subject-like word,
    // "has/have/had", or "was/were" it is the past event.
    private static bool PastContext(string sentence, int index)
    {
        var before = sentence[..index].TrimEnd();
        var space = before.LastIndexOf(' ');
        var previous = (space < 0 ? before : before[(space + 1)..]).ToLowerInvariant();
        return previous is not ("the" or "a" or "an" or "of" or "its" or "their" or "his" or "her" or "and" or "or" or "to" or "be" or "been" or "being" or "is" or "are");
    }

    /// <summary>True when two verb forms from <see cref="Of"/> are the same verb ("clos" and "close", "sign" and "sign").</summary>
    public static bool SameVerb(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        return string.Equals(a, b, StringComparison.Ordinal)
               || string.Equals(a + "e", b, StringComparison.Ordinal)
               || string.Equals(b + "e", a, StringComparison.Ordinal);
    }

    // "signed" -> "sign", "tried" -> "try", "stopped" -> "stop", "met" -> "meet"; a base form stays as it is.
    private static string BaseOf(string verb)
    {
        if (IrregularPast.TryGetValue(verb, out var irregular))
        {
            return irregular;
        }

        if (verb.Length <= 4 || !verb.EndsWith("ed", StringComparison.Ordinal))
        {
            return verb;
        }

        if (verb.EndsWith("ied", StringComparison.Ordinal))
        {
            return verb[..^3] + "y";
        }

        var stem = verb[..^2];
        return stem.Length > 2 && stem[^1] == stem[^2] && !"aeiousl".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1] : stem;
    }

    [GeneratedRegex(@"\b(?:will|shall|(?:is|are|was|were)\s+(?:expected|set|due|scheduled|going|likely|poised|about)\s+to|(?:plans?|planned|planning|intends?|intended|aims?|hopes?|wants?|prepares?|preparing|promised?|pledged?|vowed?)\s+to|(?:is|are)\s+to)\s+(?:not\s+)?(?:be\s+)?(?<verb>[a-z]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlannedCue();

    [GeneratedRegex(@"\b(?:not|never|no longer|if|unless|would|could|might|may)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b[A-Za-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
