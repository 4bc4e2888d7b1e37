using System.Collections.Frozen;

namespace Dossier.Language;

/// <summary>
/// Verbs of saying for the quote finder, in every inflection: the lemma lists are expanded with regular -s/-ed/-ing
/// forms plus the irregular ones, so "concludes", "concluding" and "concluded" are all cues.
/// </summary>
internal static class QuoteCues
{
    // Verbs that report words or thoughts and can introduce a quote or a clause.
    private static readonly string[] ReportingLemmas =
    [
        "say", "tell", "add", "warn", "state", "insist", "declare", "explain", "note", "argue", "write", "announce",
        "claim", "acknowledge", "admit", "suggest", "stress", "emphasise", "emphasize", "maintain", "predict",
        "confirm", "deny", "reiterate", "concede", "complain", "vow", "promise", "allege", "report", "assure",
        "reveal", "repeat", "testify", "contend", "counter", "speculate", "charge", "caution", "recall", "conclude",
        "respond", "reply", "observe", "remark", "assert", "tweet", "post", "continue", "answer", "retort",
        "exclaim", "quip", "boast", "lament", "proclaim", "muse", "joke", "shout", "yell", "scream", "whisper",
        "plead", "sigh", "snap", "object", "interject", "recount", "point", "urge", "ask", "demand", "question",
        "wonder", "predict", "estimate", "indicate", "signal", "hint", "concede", "disclose", "tout", "pledge",
        "promise", "threaten", "boast", "brag", "blast", "slam", "mock", "accuse", "criticize", "criticise",
        "praise", "thank", "apologize", "apologise", "describe", "call", "label", "dub", "brand", "term", "agree",
        "believe", "think", "hope", "fear", "expect", "worry", "feel", "know", "find", "show", "rule", "decide",
        "reason", "counsel", "advise", "inform", "remind", "assure", "caution", "read", "quote", "cite", "chant",
        "mouth", "sing", "preach", "lecture", "testify", "recollect", "reflect", "elaborate", "summarize",
        "summarise", "clarify", "contend", "opine", "theorize", "surmise", "gush", "rave", "rant", "fume", "grumble",
        "mutter", "murmur", "cry", "add", "declare", "implore", "beg", "urge", "encourage", "suggest",
        "react", "attack", "retweet", "echo", "scoff", "tease", "vent", "concur", "reassure", "marvel",

        // Verbs of judging someone's words or deeds: their complement holds the reported words of a mixed quote
        // ('knocked the statement that an “obscene amount” was raised').
        "knock", "challenge", "blame", "dismiss", "decry", "hail", "bemoan", "denounce", "herald", "portray",
        "applaud", "condemn", "lambaste", "ridicule", "deride", "chide", "rebuke", "characterize", "characterise",
        "mention", "invoke", "bristle", "assail", "liken", "credit", "commend", "scold", "pronounce", "reject", "defend",
        "dispute",

        // Verbs that hint at, put forward or remark on words: 'implied that the council had “broken its word”',
        // 'railed against what he calls the “cartel”'.
        "imply", "intimate", "propose", "rail", "refer", "comment",
    ];

    private static readonly string[] Irregular =
    [
        "said", "says", "saying", "told", "tells", "telling", "wrote", "written", "writes", "writing", "thought",
        "thinks", "thinking", "felt", "feels", "knew", "known", "knows", "found", "finds", "shown", "read", "reads",
        "reading", "sang", "sung", "spoke", "speaks", "cried", "cries", "crying",
    ];

    /// <summary>Every inflected form of a verb of saying.</summary>
    public static readonly FrozenSet<string> Forms = Build();

    /// <summary>Present participles ("saying", "adding"): after a comma they take the subject of the sentence.</summary>
    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.Ordinal) && Forms.Contains(word);

    private static FrozenSet<string> Build()
    {
        var forms = new HashSet<string>(Irregular, StringComparer.Ordinal);
        foreach (var lemma in ReportingLemmas)
        {
            forms.Add(lemma);
            forms.Add(ThirdPerson(lemma));
            forms.Add(Past(lemma));
            forms.Add(Participle(lemma));
        }

        return forms.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string ThirdPerson(string v) =>
        v.EndsWith('y') && !IsVowel(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('s') || v.EndsWith('x') ? v + "es"
        : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && !IsVowel(v[^2]) ? v[..^1] + "ied"
        : DoublesFinal(v) ? v + v[^1] + "ed"
        : v + "ed";

    private static string Participle(string v) =>
        v.EndsWith("ie", StringComparison.Ordinal) ? v[..^2] + "ying"
        : v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing"
        : DoublesFinal(v) ? v + v[^1] + "ing"
        : v + "ing";

    // Short consonant-vowel-consonant verbs double the final consonant: snap → snapped, plan → planning.
    private static bool DoublesFinal(string v) =>
        v.Length is >= 3 and <= 4 && !IsVowel(v[^1]) && v[^1] is not ('w' or 'x' or 'y') && IsVowel(v[^2]) && !IsVowel(v[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
