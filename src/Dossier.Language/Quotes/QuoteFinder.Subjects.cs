using Dossier.Core;

namespace Dossier.Language;

// Speaker phrases around a cue: names, pronouns, role nouns, appositives and sentence subjects.
public sealed partial class QuoteFinder
{
    private static readonly string[] Adverbs =
    [
        "also", "has", "have", "had", "repeatedly", "later", "again", "previously", "publicly", "privately", "then",
        "recently", "once", "reportedly", "himself", "herself", "themselves", "itself", "would", "will", "could",
        "might", "may", "long", "already", "often", "has", "first", "last", "further", "simply", "flatly", "firmly",
        "quickly", "only", "just", "earlier", "now", "still", "angrily", "bluntly", "openly", "separately", "did", "does",
    ];

    private readonly record struct Subject(TextSpan Span, bool Pronoun, EntityType? Type);

    private static readonly string[] PhraseOpeners = ["a", "an", "the", "one", "another", "his", "her", "their", "its", "some", "several", "many", "two", "three", "each"];

    // Tokens [from, to) as a noun phrase: a determiner, then words with no verb of saying, function word or name of a person.
    private static TextSpan? DeterminerPhrase(Analysis a, int from, int to)
    {
        if (to - from < 2 || Array.IndexOf(PhraseOpeners, Word(a, from).ToLowerInvariant()) < 0)
        {
            return null;
        }

        for (var m = from; m < to; m++)
        {
            if (a.Tokens[m].Kind != TokenKind.Word || IsCue(a, m) || (m > from && (Lexicon.FunctionWords.Contains(Word(a, m)) || IsTimeWord(Word(a, m)))))
            {
                return null;
            }
        }

        return new TextSpan(a.Tokens[from].Start, a.Tokens[to - 1].End);
    }

    private static Subject? SubjectAt(Analysis a, int k, int limit, out int next)
    {
        next = k;
        if (k >= a.Tokens.Length || a.Tokens[k].Start >= limit)
        {
            return null;
        }

        // Titles before the name: "said Minister Hedda Lunn", "Mayor Ana Voss said".
        var titled = k;
        while (titled < a.Tokens.Length - 1 && a.Tokens[titled].Start < limit && char.IsUpper(a.Text[a.Tokens[titled].Start])
            && (IsWord(a, titled, Lexicon.PersonTitles) || IsWord(a, titled, Lexicon.TitleModifiers) || Word(a, titled).TrimEnd('.') is "Gen" or "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" or "Sen" or "Rep" or "Gov")
            && EntityStartingAt(a, a.Tokens[titled].Start) is null)
        {
            titled++;
        }

        if (titled > k && EntityStartingAt(a, a.Tokens[titled].Start) is { Type: EntityType.Person } titledPerson)
        {
            next = FirstTokenAtOrAfter(a.Tokens, titledPerson.End);
            return new Subject(new TextSpan(titledPerson.Start, titledPerson.End), false, titledPerson.Type);
        }

        if (EntityStartingAt(a, a.Tokens[k].Start) is { } e)
        {
            next = FirstTokenAtOrAfter(a.Tokens, e.End);
            {
                for (var m = next; m < a.Tokens.Length && m < next + 4 && a.Tokens[m].Start < limit && a.Tokens[m].Kind == TokenKind.Word && !IsCue(a, m)
                    && (e.Type != EntityType.Person || char.IsLower(a.Text[a.Tokens[m].Start]) || EntityStartingAt(a, a.Tokens[m].Start) is not null); m++)
                {
                    if (EntityStartingAt(a, a.Tokens[m].Start) is { Type: EntityType.Person } holder && m > next)
                    {
                        next = FirstTokenAtOrAfter(a.Tokens, holder.End);
                        return new Subject(new TextSpan(e.Start, holder.End), false, holder.Type);
                    }
                }
            }

            if (e.Type is EntityType.Misc or EntityType.Location && next < a.Tokens.Length && a.Tokens[next].Start < limit && IsWord(a, next, Lexicon.SpeakerNouns))
            {
                // "Kestrian officials", "Valdoria's government"
                next++;
                return new Subject(new TextSpan(e.Start, a.Tokens[next - 1].End), false, null);
            }

            return new Subject(new TextSpan(e.Start, e.End), false, e.Type);
        }

        if (IsWord(a, k, Lexicon.SpeakerPronouns))
        {
            next = k + 1;
            return new Subject(TextSpan.Of(a.Tokens[k]), true, null);
        }

        // Noun phrase: (det) (adjectives) speaker-noun, at most 5 words.
        for (var m = k; m < a.Tokens.Length && m < k + 5 && a.Tokens[m].Start < limit && a.Tokens[m].Kind == TokenKind.Word; m++)
        {
            if (IsWord(a, m, Lexicon.SpeakerNouns))
            {
                var last = m;
                // "a spokesperson for the ministry"
                next = m + 1;
                return new Subject(new TextSpan(a.Tokens[k].Start, a.Tokens[last].End), false, null);
            }

            if (IsCue(a, m))
            {
                break;
            }
        }

        return null;
    }

    // The token before a parenthesis that ends at token k ("(R-Utah)", "(D-Md.)"), or k when there is none.
    private static int BeforeParenthesis(Analysis a, int k, int limit)
    {
        if (a.Text[a.Tokens[k].Start] != ')')
        {
            return k;
        }

        for (var m = k - 1; m > 0 && k - m < 10 && a.Tokens[m].Start >= limit; m--)
        {
            if (a.Text[a.Tokens[m].Start] == '(')
            {
                return a.Tokens[m - 1].Start >= limit ? m - 1 : k;
            }
        }

        return k;
    }

    // The token after a parenthesis that starts at token k, or k when there is none.
    private static int AfterParenthesis(Analysis a, int k, int limit)
    {
        if (k >= a.Tokens.Length || a.Text[a.Tokens[k].Start] != '(')
        {
            return k;
        }

        for (var m = k + 1; m < a.Tokens.Length && m - k < 10 && a.Tokens[m].Start < limit; m++)
        {
            if (a.Text[a.Tokens[m].Start] == ')')
            {
                return m + 1;
            }
        }

        return k;
    }

    // The subject ending right before the cue at token k.
    private static Subject? SubjectBefore(Analysis a, int cue, int limit)
    {
        var k = cue - 1;
        while (k >= 0 && a.Tokens[k].Start >= limit)
        {
            if (IsAdverb(a, k))
            {
                k--;
            }
            else if (a.Tokens[k].Kind == TokenKind.Word && IsTimeWord(Word(a, k)) && EntityEndingAt(a, a.Tokens[k].End) is null)
            {
                k--;
                if (k >= 0 && a.Tokens[k].Start >= limit && Word(a, k).ToLowerInvariant() is "on" or "in" or "last" or "this" or "earlier" or "late" or "early" or "next")
                {
                    k--;
                }
            }
            else
            {
                break;
            }
        }

        if (k < 0 || a.Tokens[k].Start < limit)
        {
            return null;
        }

        k = BeforeParenthesis(a, k, limit); // 'Rep. Gwen Moore (D-Wis.) said'
        if (EntityEndingAt(a, a.Tokens[k].End) is { } e && e.Start >= limit)
        {
            // 'Diplomats in Port Elena said': the place belongs to a noun phrase before it.
            var p = FirstTokenAtOrAfter(a.Tokens, e.Start) - 1;
            if (p > 0 && a.Tokens[p].Start >= limit && Word(a, p) is "in" or "at" or "from" or "of" or "for" or "near"
                && SubjectBefore(a, p, limit) is { Pronoun: false } head && head.Type is null)
            {
                return new Subject(new TextSpan(head.Span.Start, e.End), false, null);
            }

            return new Subject(new TextSpan(e.Start, e.End), false, e.Type);
        }

        if (IsWord(a, k, Lexicon.SpeakerPronouns))
        {
            return new Subject(TextSpan.Of(a.Tokens[k]), true, null);
        }

        // 'Beck, who said there were “…”': the relative pronoun is the speaker mention (its antecedent gives the name).
        if (RelativeAntecedent(a, k, limit) is not null)
        {
            return new Subject(TextSpan.Of(a.Tokens[k]), true, null);
        }

        if (IsWord(a, k, Lexicon.SpeakerNouns))
        {
            var start = k;
            while (start - 1 >= 0 && a.Tokens[start - 1].Start >= limit && a.Tokens[start - 1].Kind == TokenKind.Word && k - start < 4
                && !IsCue(a, start - 1) && !IsWord(a, start - 1, Lexicon.PlacePrepositions) && Word(a, start - 1).ToLowerInvariant() is not ("and" or "but" or "that" or "as" or "when" or "while" or "who" or "if" or "because" or "although" or "after" or "before" or "since" or "where"))
            {
                start--;
                if (Word(a, start) is "the" or "a" or "an" or "The" or "A" or "An")
                {
                    break;
                }
            }

            return new Subject(new TextSpan(a.Tokens[start].Start, a.Tokens[k].End), false, null);
        }

        // Appositive: 'Rafael Ibarra, a senior fellow at the institute, said'
        if (a.Text[a.Tokens[k].Start] == ',')
        {
            // The name itself in apposition: 'his wife, Gabriela Lazar, wrote'.
            if (k > 0 && EntityEndingAt(a, a.Tokens[k - 1].End) is { Type: EntityType.Person } named && named.Start >= limit
                && FirstTokenAtOrAfter(a.Tokens, named.Start) - 1 is var before && before >= 0 && a.Text[a.Tokens[before].Start] == ',')
            {
                return new Subject(new TextSpan(named.Start, named.End), false, named.Type);
            }

            for (var m = k - 1; m >= 0 && a.Tokens[m].Start >= limit && k - m < 25; m--)
            {
                if (IsCue(a, m))
                {
                    break;
                }

                if (a.Text[a.Tokens[m].Start] == ',' && m > 0 && EntityEndingAt(a, a.Tokens[BeforeParenthesis(a, m - 1, limit)].End) is { Type: EntityType.Person } p && p.Start >= limit)
                {
                    return new Subject(new TextSpan(p.Start, p.End), false, p.Type);
                }
            }
        }

        return null;
    }

    private static Subject? ObjectAfter(Analysis a, int k, int limit) => SubjectAt(a, k, limit, out _);

    private static bool IsTimeWord(string word) =>
        word.ToLowerInvariant() is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "morning"
            or "afternoon" or "evening" or "night" or "time" or "debate" or "weekend" or "today" or "yesterday"
        || Lexicon.Weekdays.ContainsKey(word) || Lexicon.Months.ContainsKey(word);

    private static readonly string[] Determiners = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "many", "most", "several", "both", "other"];

    // A plain noun phrase right before the cue: "the report said", "Clinton's campaign argued".
    private static Subject? NounPhraseBefore(Analysis a, int cue, int limit)
    {
        var k = cue - 1;
        while (k >= 0 && a.Tokens[k].Start >= limit && Array.IndexOf(Adverbs, Word(a, k).ToLowerInvariant()) >= 0)
        {
            k--;
        }

        if (k < 0 || a.Tokens[k].Start < limit || a.Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        var head = Word(a, k);
        if (Lexicon.FunctionWords.Contains(head) || IsCue(a, k) || IsTimeWord(head) || head.EndsWith("ly", StringComparison.Ordinal) || head.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var start = k;
        while (start - 1 >= 0 && a.Tokens[start - 1].Start >= limit && k - start < 4 && a.Tokens[start - 1].Kind == TokenKind.Word)
        {
            var w = Word(a, start - 1);
            if (Array.IndexOf(Determiners, w.ToLowerInvariant()) >= 0)
            {
                start--;
                break;
            }

            if (Lexicon.FunctionWords.Contains(w) || IsCue(a, start - 1))
            {
                break;
            }

            start--;
        }

        return new Subject(new TextSpan(a.Tokens[start].Start, a.Tokens[k].End), false, null);
    }

    private static Subject? SentenceSubject(Analysis a, int first, int limitToken)
    {
        first = AfterDateline(a, first, limitToken);
        if (SentenceSubjectAt(a, first, limitToken) is { } subject)
        {
            return subject;
        }

        // After an introductory phrase: 'In May, a federal judge sided with them, saying …', 'Instead, he is …'.
        if (a.Tokens[first].Kind != TokenKind.Word || !char.IsUpper(a.Text[a.Tokens[first].Start]) || EntityStartingAt(a, a.Tokens[first].Start) is not null)
        {
            return null;
        }

        var commas = 0;
        for (var c = first + 1; c < limitToken - 2 && c <= first + 20; c++)
        {
            if (a.Text[a.Tokens[c].Start] != ',')
            {
                continue;
            }

            if (++commas == 1 && c <= first + 6)
            {
                if (SentenceSubjectAt(a, c + 1, limitToken) is { } afterIntro)
                {
                    return afterIntro;
                }

                continue;
            }

            // Several introductory phrases ('On Thursday, after remaining neutral for months, Warren endorsed …'): only
            // a person after a later comma, as a place or a noun there is more likely a list ('in Ohio, Iowa, …').
            if (SentenceSubjectAt(a, c + 1, limitToken) is { } later && (later.Type == EntityType.Person
                || (later.Pronoun && later.Span.Slice(a.Text).ToLowerInvariant() is "he" or "she")))
            {
                return later;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token after a wire dateline that opens the sentence ("PORT ELENA, May 11 (MPA) – Valdoria …"), or
    /// <paramref name="first"/> when there is none. The dateline names where the story was filed, never who speaks, so
    /// the subject search starts after its dash.
    /// </summary>
    private static int AfterDateline(Analysis a, int first, int limitToken)
    {
        // The place: one or more words written in capitals, then a comma.
        var k = first;
        while (k < limitToken && a.Tokens[k].Kind == TokenKind.Word && IsAllCapitals(a, k))
        {
            k++;
        }

        if (k == first || k >= limitToken || a.Text[a.Tokens[k].Start] != ',')
        {
            return first;
        }

        // The date and agency after it end at a dash within a few tokens.
        for (var d = k + 1; d < limitToken && d <= k + 12; d++)
        {
            if (a.Text[a.Tokens[d].Start] is '–' or '—' or '-' && a.Tokens[d].End - a.Tokens[d].Start == 1)
            {
                return d + 1 < limitToken ? d + 1 : first;
            }
        }

        return first;
    }

    private static bool IsAllCapitals(Analysis a, int token)
    {
        var word = a.Text.AsSpan(a.Tokens[token].Start, a.Tokens[token].End - a.Tokens[token].Start);
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static Subject? SentenceSubjectAt(Analysis a, int first, int limitToken)
    {
        // The subject is in the narration: a sentence that opens with a quote ('“He stands for us,” Ana Lenz said,
        // adding that …') has its subject after the quote, not in the quoted words.
        var k = first;
        while (k < limitToken && (a.Tokens[k].Kind != TokenKind.Word || InsideDirect(a, a.Tokens[k].Start)))
        {
            k++;
        }

        if (k >= limitToken)
        {
            return null;
        }

        // The limit may be the end of the token list (a quote that runs to the end of the text).
        var limitOffset = limitToken < a.Tokens.Length ? a.Tokens[limitToken].Start : a.Text.Length;
        if (SubjectAt(a, k, limitOffset, out _) is { } subject)
        {
            return subject;
        }

        // "Valdorian officials": a short capitalised or determiner-led phrase ending in a speaker noun.
        for (var m = k; m < limitToken && m < k + 4; m++)
        {
            if (IsWord(a, m, Lexicon.SpeakerNouns))
            {
                return new Subject(new TextSpan(a.Tokens[k].Start, a.Tokens[m].End), false, null);
            }
        }

        return null;
    }
}
