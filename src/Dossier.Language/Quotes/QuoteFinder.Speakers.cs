using Dossier.Core;

namespace Dossier.Language;

// From a speaker phrase to an attribution: pronouns and roles resolved to a person, the fullest form of the name.
public sealed partial class QuoteFinder
{
    private static Attribution Make(Analysis a, Subject subject, int cueFirst, int? cueLast = null)
    {
        var cue = new TextSpan(a.Tokens[cueFirst].Start, a.Tokens[cueLast ?? cueFirst].End);
        if (subject.Pronoun && a.Tokens[cueFirst].Start > subject.Span.Start && OuterSpeaker(a, subject) is { } outer)
        {
            return Make(a, outer.Subject, outer.Cue);
        }

        if (IssuerOf(a, subject, cueFirst) is { } issuer)
        {
            subject = issuer;
        }

        if (ReportingSource(a, cueLast ?? cueFirst) is { } reporter)
        {
            var reporterName = EntityStartingAt(a, reporter.Start) is { } r && r.End <= reporter.End ? a.Text[r.Start..r.End] : null;
            return new Attribution(reporter, cue, reporterName);
        }

        string? name = null;
        if (subject.Pronoun)
        {
            var word = subject.Span.Slice(a.Text).ToLowerInvariant();
            if (word is "he" or "she" && MostRecentPerson(a, subject.Span.Start, word == "he" ? Gender.Male : Gender.Female) is { } person)
            {
                name = FullestName(a, person);
            }
            else if (RelativeAntecedent(a, FirstTokenAtOrAfter(a.Tokens, subject.Span.Start), 0) is { } antecedent)
            {
                name = antecedent.Type == EntityType.Person ? FullestName(a, new TextSpan(antecedent.Start, antecedent.End)) : a.Text[antecedent.Start..antecedent.End];
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

    // A report inside a report: 'Ada Rusk told reporters she believed the plan was “…”'. The words are given as the
    // outer speaker's (PolNeAR marks the outer source), so the pronoun's own cue gives way to the verb of saying
    // that governs its clause: that verb, then at most a short object ("reporters", "the Daily Courier") and "that".
    private static (Subject Subject, int Cue)? OuterSpeaker(Analysis a, Subject pronoun)
    {
        var limit = Math.Max(SentenceAt(a, pronoun.Span.Start)?.Start ?? 0, 0);
        var p = FirstTokenAtOrAfter(a.Tokens, pronoun.Span.Start) - 1;
        for (var steps = 0; p >= 0 && a.Tokens[p].Start >= limit && steps < 6; p--, steps++)
        {
            if (a.Tokens[p].Kind != TokenKind.Word || InsideDirect(a, a.Tokens[p].Start))
            {
                return null;
            }

            if (IsCue(a, p))
            {
                return SubjectBefore(a, p, limit) is { } outer ? (outer, p) : null;
            }

            if (Lexicon.FunctionWords.Contains(Word(a, p)) && Word(a, p) is not ("that" or "the" or "a" or "an"))
            {
                return null; // 'and', 'when', 'if': a clause of its own, not the object of a verb of saying
            }
        }

        return null;
    }

    // 'The council issued a statement saying …', 'Ivo Lenz released a new radio ad calling …': a document introduced as
    // the object of its issuer's verb carries the issuer's words, and PolNeAR marks the issuer as the source. Only an
    // indefinite phrase ("a statement") right before a participle cue, after a verb that has a subject of its own.
    private static Subject? IssuerOf(Analysis a, Subject document, int cue)
    {
        if (document.Pronoun || document.Type is not null || !Word(a, cue).EndsWith("ing", StringComparison.Ordinal)
            || FirstTokenAtOrAfter(a.Tokens, document.Span.End) != cue)
        {
            return null;
        }

        var first = FirstTokenAtOrAfter(a.Tokens, document.Span.Start);
        if (Word(a, first).ToLowerInvariant() is not ("a" or "an") || first == 0)
        {
            return null;
        }

        var verb = first - 1;
        var sentenceStart = SentenceAt(a, a.Tokens[verb].Start)?.Start ?? 0;
        if (a.Tokens[verb].Start < sentenceStart || a.Tokens[verb].Kind != TokenKind.Word || !char.IsLower(a.Text[a.Tokens[verb].Start])
            || Lexicon.FunctionWords.Contains(Word(a, verb)) || IsWord(a, verb, Lexicon.PlacePrepositions))
        {
            return null;
        }

        return SubjectBefore(a, verb, sentenceStart) is { Pronoun: false } issuer && issuer.Type is EntityType.Person or EntityType.Organization or null ? issuer : null;
    }

    // '“…,” Ana Lenz said, according to the Daily Courier.', '…, Ana Lenz said, the Courier reported.': words passed on by
    // a reporter are attributed to the reporter (PolNeAR marks the outer source of a nested report). The reporter follows
    // the cue in the same sentence, before any other quote opens.
    private static TextSpan? ReportingSource(Analysis a, int cue)
    {
        var end = SentenceAt(a, a.Tokens[cue].Start)?.End ?? a.Text.Length;
        for (var k = cue + 1; k + 1 < a.Tokens.Length && a.Tokens[k].Start < end; k++)
        {
            if (InsideDirect(a, a.Tokens[k].Start) || IsQuoteMark(a.Text[a.Tokens[k].Start]))
            {
                return null;
            }

            if (Word(a, k) == "according" && Word(a, k + 1) == "to")
            {
                // The phrase after "to", up to the next punctuation: 'a transcript of the show', 'CNN'.
                var last = k + 1;
                for (var m = k + 2; m < a.Tokens.Length && m < k + 10 && a.Tokens[m].Start < end && a.Tokens[m].Kind == TokenKind.Word; m++)
                {
                    last = m;
                }

                return last > k + 1 ? new TextSpan(a.Tokens[k + 2].Start, a.Tokens[last].End) : null;
            }

            if (a.Text[a.Tokens[k].Start] != ',')
            {
                continue;
            }

            // ', reports USA Today.' and ', the Courier reported.'
            if (Word(a, k + 1) is "reports" or "reported" && k + 2 < a.Tokens.Length && EntityStartingAt(a, a.Tokens[k + 2].Start) is { } after && after.End <= end)
            {
                return new TextSpan(after.Start, after.End);
            }

            var n = k + 1;
            if (Word(a, n).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                n++;
            }

            if (n < a.Tokens.Length && EntityStartingAt(a, a.Tokens[n].Start) is { Type: not EntityType.Person } reporter
                && FirstTokenAtOrAfter(a.Tokens, reporter.End) is var v && v < a.Tokens.Length && Word(a, v) is "reported" or "reports")
            {
                return new TextSpan(a.Tokens[k + 1].Start, reporter.End);
            }
        }

        return null;
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

    // The named person or organisation a relative pronoun at token k refers to: 'Beck, who', 'the ACLU, which', 'Trump
    // - who'. PolNeAR marks the pronoun itself as the source of the relative clause's words.
    private static EntityMention? RelativeAntecedent(Analysis a, int k, int limit)
    {
        if (k <= 0 || k >= a.Tokens.Length || Word(a, k) is not ("who" or "which"))
        {
            return null;
        }

        var p = k - 1;
        if (a.Text[a.Tokens[p].Start] is ',' or '-' or '\u2013' or '\u2014' && p > 0)
        {
            p--;
        }

        p = BeforeParenthesis(a, p, limit);
        return a.Tokens[p].Start >= limit && EntityEndingAt(a, a.Tokens[p].End) is { Type: EntityType.Person or EntityType.Organization } e && e.Start >= limit
            && (Word(a, k) == "who") == (e.Type == EntityType.Person) ? e : null;
    }

    // The person a "he" or "she" cue stands for: the most recent person the document marks with the pronoun's gender,
    // when named within the last few sentences; else the most recent person of unknown gender. A person marked as the
    // other gender is never taken: "she" passes over a man named since, and stays unresolved rather than take one.
    private static TextSpan? MostRecentPerson(Analysis a, int position, Gender gender)
    {
        const int SentencesBack = 3;
        var windowStart = 0;
        var seen = 0;
        for (var i = a.Sentences.Length - 1; i >= 0; i--)
        {
            if (a.Sentences[i].Start < position && ++seen > SentencesBack)
            {
                windowStart = a.Sentences[i].End;
                break;
            }
        }

        Dictionary<string, Gender>? genders = null;
        TextSpan? unknown = null;
        for (var i = a.Entities.Length - 1; i >= 0; i--)
        {
            var e = a.Entities[i];
            if (e.Start >= position || e.Type != EntityType.Person || InsideDirect(a, e.Start))
            {
                continue;
            }

            genders ??= PersonGenders(a);
            var known = genders.GetValueOrDefault(LastWord(a.Text[e.Start..e.End]));
            if (known == gender && (unknown is null || e.Start >= windowStart))
            {
                return new TextSpan(e.Start, e.End);
            }

            if (known == Gender.Unknown && unknown is null)
            {
                unknown = new TextSpan(e.Start, e.End);
            }

            if (unknown is not null && e.Start < windowStart)
            {
                break;
            }
        }

        return unknown;
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
