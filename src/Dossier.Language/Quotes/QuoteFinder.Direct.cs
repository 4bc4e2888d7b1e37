using Dossier.Core;

namespace Dossier.Language;

// Direct quotes: the marked spans no mixed quote took, their cue and speaker, and the joining of parts split by their own cue.
public sealed partial class QuoteFinder
{
    // MixedStart: where the reported words begin when the marked part is embedded in them ('called the plan “a
    // disaster”' starts at "the plan"), or null for a quote that stands alone.
    private sealed record DirectPart(Marked Q, Attribution? Attribution, int? MixedStart = null);

    // Quotes in marks that no mixed quote took: attributed, then the parts of one quote interrupted by its own cue
    // ("…,” she said. “…”) are joined into one content span, as an attribution has one content.
    private static void FindDirect(Analysis a, List<Marked> marked, bool[] consumed, List<Quote> output)
    {
        var text = a.Text;
        var parts = new List<DirectPart>();
        Attribution? previous = null;
        var previousSegment = -1;
        var previousEnd = -1;
        for (var index = 0; index < marked.Count; index++)
        {
            if (consumed[index])
            {
                previous = null;
                foreach (var mixed in output)
                {
                    if (mixed.Direct && mixed.Start <= marked[index].ContentStart && mixed.End >= marked[index].ContentEnd && mixed.Speaker is { } ms && mixed.Cue is { } mc)
                    {
                        previous = new Attribution(ms, mc, mixed.SpeakerName);
                        previousSegment = marked[index].Segment;
                        previousEnd = marked[index].Close;
                    }
                }

                continue;
            }

            var q = marked[index];
            var words = CountWords(text, q.ContentStart, q.ContentEnd);
            // A quoted transcript turn: “PENCE: Well, look, …”
            if (TranscriptLabel(text, q.ContentStart, q.ContentEnd) is { } label)
            {
                var name = LabelName(a, label);
                var contentStart = label.End + 1;
                while (contentStart < q.ContentEnd && char.IsWhiteSpace(text[contentStart]))
                {
                    contentStart++;
                }

                if (contentStart < q.ContentEnd)
                {
                    output.Add(new Quote(contentStart, q.ContentEnd, true, label, null, name));
                    previous = null;
                    previousSegment = q.Segment;
                    previousEnd = q.Close;
                    continue;
                }
            }

            // A sentence of its own with a subject before the quote ('He offered “my thoughts and prayers …”') names
            // its speaker before any earlier quote can be continued.
            var attribution = AttributeDirect(a, q) ?? OwnSentenceSubject(a, q);
            if (attribution is null && previous is not null && (q.Segment == previousSegment || q.Segment == previousSegment + 1)
                && (!MentionsOtherSpeaker(a, previousEnd, q.Open, previous) || ResumesAfterOwnCue(a, previous, previousEnd, q)))
            {
                // A continued quote: the next part of the same paragraph, or a new paragraph that opens with a quote.
                attribution = previous;
            }

            if (attribution is null)
            {
                attribution = ImpliedSpeaker(a, q, Embedded(a, q));
            }

            int? mixedStart = null;
            if (Embedded(a, q) && !IsTitle(text, q.ContentStart, q.ContentEnd) && MixedStart(a, q, attribution) is var (start, cueToken))
            {
                mixedStart = start;
                if (attribution is null || attribution.Implied || attribution.Cue.End > q.Open)
                {
                    // The cue found by the scan names no speaker yet: its subject, or the subject of its sentence.
                    var sentenceStart = Math.Max(SentenceAt(a, q.Open)?.Start ?? 0, a.Segments[q.Segment].Start);
                    var subject = SubjectBefore(a, cueToken, sentenceStart) ?? SentenceSubject(a, FirstTokenAtOrAfter(a.Tokens, sentenceStart), cueToken);
                    attribution = subject is { } found ? Make(a, found, cueToken) : attribution;
                }
            }

            if ((words <= 3 && (attribution is null || (Embedded(a, q) && mixedStart is null)))
                || ((words <= 3 || attribution is null || Embedded(a, q)) && IsTitle(text, q.ContentStart, q.ContentEnd) && !SpokenBeforeCue(a, q, attribution)))
            {
                continue; // scare quotes, quoted phrases and titles: "frank", "theatre", “Meet the Press”
            }

            parts.Add(new DirectPart(q, attribution, mixedStart));
            if (attribution is not null)
            {
                previous = attribution;
            }

            previousSegment = q.Segment;
            previousEnd = q.Close;
        }

        // A quote running over paragraphs repeats its opening mark at each paragraph and closes only in the last one,
        // where the cue usually is: an unclosed part takes the attribution of the part that opens the next paragraph.
        for (var i = parts.Count - 2; i >= 0; i--)
        {
            if (parts[i].Attribution is null && parts[i + 1].Q.Segment == parts[i].Q.Segment + 1 && !IsQuoteMark(text[parts[i].Q.Close - 1])
                && a.Segments[parts[i + 1].Q.Segment].Start == parts[i + 1].Q.Open)
            {
                parts[i] = parts[i] with { Attribution = parts[i + 1].Attribution };
            }
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var first = parts[i];
            var last = first;
            var quoted = first.Q.ContentEnd - first.Q.ContentStart;
            while (i + 1 < parts.Count && (ContinuesAfterCue(a, last, parts[i + 1], first.Attribution)
                || (first.MixedStart is { } ms && parts[i + 1].MixedStart == ms)))
            {
                // One span cannot leave out the cue between the parts: when the interruption is longer than the words
                // quoted ('“…,” said Rick Wilson, a Florida-based strategist who once worked for Bush and …. “…”'),
                // the parts stay separate quotes rather than a span that is mostly narration.
                var next = parts[i + 1];
                var interruption = next.Q.ContentStart - last.Q.ContentEnd;
                quoted += next.Q.ContentEnd - next.Q.ContentStart;
                if (first.MixedStart is null && interruption > quoted)
                {
                    break;
                }

                i++;
                last = parts[i];
            }

            var attribution = first.Attribution;
            var start = first.MixedStart ?? first.Q.ContentStart;
            var end = first.MixedStart is null ? last.Q.ContentEnd : MixedEnd(a, last.Q);
            output.Add(new Quote(start, end, true, attribution?.Speaker, attribution?.Cue, attribution?.Name));
        }

        output.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        JoinMixedContinuations(a, output);
    }

    // A mixed quote whose cue follows it runs on in the part after that cue, as a quote split by its own cue does:
    // 'Yet the plan is “a start,” Cole said. “People want it.”' is one attribution with one content span. Quotes are
    // sorted by start.
    private static void JoinMixedContinuations(Analysis a, List<Quote> quotes)
    {
        for (var i = 0; i + 1 < quotes.Count; i++)
        {
            var mixed = quotes[i];
            if (!mixed.Direct || mixed.Cue is not { } cue || cue.Start < mixed.End || IsQuoteMark(a.Text[Math.Max(0, mixed.Start - 1)]))
            {
                continue;
            }

            var j = i + 1;
            while (j < quotes.Count && quotes[j].Start < cue.End)
            {
                j++;
            }

            if (j >= quotes.Count || quotes[j] is not { Direct: true } next || next.Cue != cue || !IsQuoteMark(a.Text[next.Start - 1])
                || a.Text.AsSpan(mixed.End, next.Start - mixed.End).Contains('\n') || next.Start - mixed.End > (mixed.End - mixed.Start) + (next.End - next.Start)
                || NarrationBetween(a, cue.End, next.Start - 1))
            {
                continue;
            }

            quotes[i] = mixed with { End = next.End };
            quotes.RemoveAt(j);
        }
    }

    // A sentence of narration starts between the end of a cue and the opening mark of the next part.
    private static bool NarrationBetween(Analysis a, int cueEnd, int open)
    {
        foreach (var s in a.Sentences)
        {
            if (s.Start > cueEnd && s.Start < open && a.Text.AsSpan(s.Start, open - s.Start).Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    // '"Thank you, son," Cruz replied', '"GROWING PARTY," he declared': words in title case that end their clause with
    // a comma inside the marks and are followed by their own cue and speaker are an utterance, not a title.
    private static bool SpokenBeforeCue(Analysis a, Marked q, Attribution? attribution)
    {
        if (attribution is null || attribution.Implied || attribution.Cue.Start < q.Close)
        {
            return false;
        }

        // The content stops before the comma, which sits between it and the closing mark.
        return a.Text.AsSpan(q.ContentEnd, q.Close - q.ContentEnd).Contains(',')
            && a.Text.AsSpan(q.Close, attribution.Cue.Start - q.Close).IndexOfAny(".\n") < 0;
    }

    // The next part continues the quote when the only thing between them is this quote's own attribution:
    // “…,” Obama said on Saturday at the gala. “…”
    private static bool ContinuesAfterCue(Analysis a, DirectPart last, DirectPart next, Attribution? attribution)
    {
        if (attribution is null || next.Q.Segment != last.Q.Segment || attribution.Cue.Start < last.Q.Close || attribution.Cue.End > next.Q.Open
            || (next.Attribution is not null && next.Attribution.Cue != attribution.Cue))
        {
            return false;
        }

        // A second verb of saying whose clause embeds the next part starts a report of its own: '“…,” Kiedis said,
        // mentioning the album is “in the home stretch”' (not '“…,” she said, adding, “…”', one quote in two parts).
        for (var k = FirstTokenAtOrAfter(a.Tokens, attribution.Cue.End); Embedded(a, next.Q) && k < a.Tokens.Length && a.Tokens[k].Start < next.Q.Open; k++)
        {
            if (IsCue(a, k) && !InsideDirect(a, a.Tokens[k].Start))
            {
                return false;
            }
        }

        // No narrative sentence between the cue and the next part.
        foreach (var s in a.Sentences)
        {
            if (s.Start > attribution.Cue.End && s.Start < next.Q.Open && a.Text.AsSpan(s.Start, next.Q.Open - s.Start).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    // A quoted phrase inside running text ("called the plan “a disaster”"), not a quote opening a sentence or a
    // quote after "said," or "said:".
    private static bool Embedded(Analysis a, Marked q)
    {
        var i = q.Open - 1;
        while (i >= 0 && char.IsWhiteSpace(a.Text[i]))
        {
            i--;
        }

        if (i < 0 || !char.IsLetterOrDigit(a.Text[i]))
        {
            return false;
        }

        var t = FirstTokenAtOrAfter(a.Tokens, q.Open) - 1;
        return t < 0 || !IsCue(a, t);
    }

    // '“We’re going to win,” Clinton told reporters as she left beside Nancy Pelosi. “We’re going to …”': in the same
    // paragraph, the words between the parts are the previous part's own attribution clause, so the people named in
    // it are not new speakers unless a cue of their own follows them.
    private static bool ResumesAfterOwnCue(Analysis a, Attribution previous, int previousEnd, Marked q)
    {
        if (previous.Implied || previous.Cue.Start < previousEnd || previous.Cue.End > q.Open
            || SentenceAt(a, previousEnd) is not { } s || a.Text.AsSpan(previousEnd, q.Open - previousEnd).Contains('\n'))
        {
            return false;
        }

        for (var k = FirstTokenAtOrAfter(a.Tokens, previous.Cue.End); k < a.Tokens.Length && a.Tokens[k].Start < q.Open; k++)
        {
            if (IsCue(a, k) || (a.Tokens[k].Start >= s.End && !a.Text.AsSpan(a.Tokens[k].Start, q.Open - a.Tokens[k].Start).IsWhiteSpace()))
            {
                return false; // another verb of saying, or a narrative sentence before the next part
            }
        }

        return true;
    }

    private static bool MentionsOtherSpeaker(Analysis a, int from, int to, Attribution previous)
    {
        if (from < 0)
        {
            return false;
        }

        foreach (var e in a.Entities)
        {
            if (e.Start >= to)
            {
                break;
            }

            if (e.Start >= from && e.Type == EntityType.Person && !InsideDirect(a, e.Start) && e.Start != previous.Speaker.Start
                && (previous.Name is null || !NameMatching.IsSameFullName(a.Text[e.Start..e.End], previous.Name)))
            {
                return true;
            }
        }

        return false;
    }

    private static Attribution? AttributeDirect(Analysis a, Marked q)
    {
        var seg = a.Segments[q.Segment];
        var after = FirstTokenAtOrAfter(a.Tokens, q.Close);
        // After the quote: ', Vorenko said' / ', said Vorenko' / ', he said'. Not after a quote that ends its sentence
        // with a full stop and a capital that opens the next one: '“… in the sweet spot.” Trump went on to …'.
        if (after < a.Tokens.Length && a.Tokens[after].Start < seg.End && !EndsSentence(a, q, after))
        {
            var k = after;
            var dash = -1;
            while (k < a.Tokens.Length && a.Tokens[k].Kind == TokenKind.Punctuation && a.Text[a.Tokens[k].Start] is ',' or '\u2014' or '\u2013' or '\u2015' or '-')
            {
                dash = a.Text[a.Tokens[k].Start] == ',' ? dash : k;
                k++;
            }

            if (k < a.Tokens.Length && a.Tokens[k].Start < seg.End && !InsideDirect(a, a.Tokens[k].Start))
            {
                if (SpeakerThenCue(a, k, seg.End) is { } found)
                {
                    return found;
                }

                if (CueThenSpeaker(a, k, seg.End) is { } found2)
                {
                    return found2;
                }

                if (CueLaterInSentence(a, k, seg.End) is { } found3)
                {
                    return found3;
                }

                // A signed quote: “…” ― Krystal Correa
                if (dash >= 0 && EntityStartingAt(a, a.Tokens[k].Start) is { Type: EntityType.Person } signer)
                {
                    return Make(a, new Subject(new TextSpan(signer.Start, signer.End), false, signer.Type), dash);
                }
            }
        }

        // Before the quote in the same sentence: 'Vorenko said: "…"', 'Brenner said the walkout was "…"'.
        var sentence = SentenceAt(a, q.Open);
        var before = FirstTokenAtOrAfter(a.Tokens, q.Open) - 1;
        var limit = Math.Max(sentence?.Start ?? seg.Start, seg.Start);
        for (var k = before; k >= 0 && a.Tokens[k].Start >= limit && before - k < 25; k--)
        {
            var token = a.Tokens[k];
            if (InsideDirect(a, token.Start))
            {
                continue; // 'called Clinton's remarks a "new low" and a "bizarre attempt …"'
            }

            // 'The ad claims “…”', 'The book accuses Bob of treating them like “…”': documents speak too (not for a
            // short quoted phrase, which a plain noun phrase before a verb does not make a quote).
            if (IsCue(a, k) && (SubjectBefore(a, k, limit) ?? (CountWords(a.Text, q.ContentStart, q.ContentEnd) > 3 ? NounPhraseBefore(a, k, limit) : null)) is { } subject)
            {
                return OuterReport(a, subject, limit) ?? Make(a, subject, k);
            }

            // 'Trump hit back, calling him “…”', 'Ryan’s campaign shrugged it off, telling reporters, “…”'
            if (IsCue(a, k) && k > limitToken(a, limit) && a.Text[a.Tokens[k - 1].Start] == ',' && SentenceSubject(a, limitToken(a, limit), k) is { } sentenceSubject)
            {
                return Make(a, sentenceSubject, k);
            }

            // 'Vorenko answered at once: "…"' — a subject and a verb before a colon.
            if (k == before && a.Text[token.Start] == ':' && k - 1 >= 0 && a.Tokens[k - 1].Start >= limit)
            {
                for (var v = k - 1; v >= 0 && a.Tokens[v].Start >= limit && k - v < 6; v--)
                {
                    if (a.Tokens[v].Kind == TokenKind.Word && char.IsLower(a.Text[a.Tokens[v].Start]) && SubjectBefore(a, v, limit) is { Type: EntityType.Person or null } colonSubject
                        && (colonSubject.Type is not null || colonSubject.Pronoun))
                    {
                        return Make(a, colonSubject, v);
                    }
                }

                // A name right before the colon labels the quote: 'More from Jeffrey M. Jones: “…”', 'explained CBS
                // moderator Nancy Cordes: "…"'.
                if (EntityEndingAt(a, a.Tokens[k - 1].End) is { Type: EntityType.Person } labelled && labelled.Start >= limit)
                {
                    return Make(a, new Subject(new TextSpan(labelled.Start, labelled.End), false, labelled.Type), k);
                }
            }

            if (IsAccordingTo(a, k) && ObjectAfter(a, k + 2, a.Tokens[before].End + 1) is { } obj)
            {
                return Make(a, obj, k, k + 1);
            }
        }

        // The previous sentence ends with a colon or names the speaker with a cue: 'He told reporters: "…"'.
        if (sentence is { } s && PreviousSentence(a, s) is { } prev && prev.End > seg.Start - 2)
        {
            var end = FirstTokenAtOrAfter(a.Tokens, prev.End);
            for (var k = end - 1; k >= 0 && a.Tokens[k].Start >= prev.Start; k--)
            {
                if (InsideDirect(a, a.Tokens[k].Start))
                {
                    break;
                }

                if (IsCue(a, k) && SubjectBefore(a, k, prev.Start) is { } subject && a.Text[prev.End - 1] == ':')
                {
                    return Make(a, subject, k);
                }
            }
        }

        return null;
    }

    private static bool EndsSentence(Analysis a, Marked q, int after)
    {
        var last = q.ContentEnd - 1;
        while (last > q.ContentStart && IsQuoteMark(a.Text[last]))
        {
            last--; // nested marks: '… said ‘yes.’”'
        }

        return a.Text[last] == '.' && a.Tokens[after].Kind == TokenKind.Word && char.IsUpper(a.Text[a.Tokens[after].Start]);
    }

    // A report inside a report: 'Gov. Phil Bryant said he expects an “aggressive appeal”'. The words are given as the
    // outer speaker's, so the source is that speaker, not the pronoun standing for them.
    private static Attribution? OuterReport(Analysis a, Subject subject, int limit)
    {
        if (!subject.Pronoun)
        {
            return null;
        }

        var p = FirstTokenAtOrAfter(a.Tokens, subject.Span.Start) - 1;
        if (p >= 0 && Word(a, p) == "that")
        {
            p--;
        }

        return p >= 0 && a.Tokens[p].Start >= limit && IsCue(a, p) && !InsideDirect(a, a.Tokens[p].Start) && SubjectBefore(a, p, limit) is { } outer
            ? Make(a, outer, p) : null;
    }

    private static int limitToken(Analysis a, int limit) => FirstTokenAtOrAfter(a.Tokens, limit);

    // No cue names the speaker. News style puts the speaker in the sentence that introduces the quote: the subject of
    // the quote's own sentence ('Hillary shot back, “…”') or of the sentence before it in the same paragraph
    // ('Clinton touted her record. “We need …”'). A colon ending the previous paragraph introduces it too.
    private static Attribution? OwnSentenceSubject(Analysis a, Marked q)
    {
        var seg = a.Segments[q.Segment];
        var sentence = SentenceAt(a, q.Open);
        var first = FirstTokenAtOrAfter(a.Tokens, Math.Max(sentence?.Start ?? seg.Start, seg.Start));
        var open = FirstTokenAtOrAfter(a.Tokens, q.Open);
        return open - first >= 2 && SentenceSubject(a, first, open) is { } own && PersonLike(a, own) ? Make(a, own, first) with { Implied = true } : null;
    }

    private static Attribution? ImpliedSpeaker(Analysis a, Marked q, bool embedded)
    {
        var seg = a.Segments[q.Segment];
        var sentence = SentenceAt(a, q.Open);
        if (OwnSentenceSubject(a, q) is { } own)
        {
            return own;
        }

        if (embedded)
        {
            return null; // 'Sanders credited the win to “a closed primary, …”' is taken above; the sentence before is not asked
        }

        // A paragraph that opens with the quote after one that announces it: 'Howard continued his remarks.¶“…”'
        // (An unclosed quote runs on into the next paragraph, where its own cue usually is.)
        if (sentence is { } own2 && q.Open == seg.Start && q.Segment > 0 && IsQuoteMark(a.Text[q.Close - 1]) && PreviousSentence(a, own2) is { } announcing
            && announcing.Start >= a.Segments[q.Segment - 1].Start && !InsideDirect(a, announcing.Start))
        {
            var pFirst = FirstTokenAtOrAfter(a.Tokens, announcing.Start);
            var pEnd = FirstTokenAtOrAfter(a.Tokens, announcing.End);
            for (var k = pFirst + 1; k < pEnd && k < pFirst + 8; k++)
            {
                if (IsCue(a, k) && SubjectBefore(a, k, announcing.Start) is { } announcer && (announcer.Type == EntityType.Person || announcer.Pronoun))
                {
                    return Make(a, announcer, k);
                }
            }
        }

        if (sentence is { } s && PreviousSentence(a, s) is { } prev && !InsideDirect(a, prev.Start)
            && (prev.Start >= seg.Start || (a.Text[prev.End - 1] == ':' && a.Text.AsSpan(prev.End, q.Open - prev.End).IsWhiteSpace())))
        {
            var pFirst = FirstTokenAtOrAfter(a.Tokens, prev.Start);
            var pEnd = FirstTokenAtOrAfter(a.Tokens, prev.End);
            if (pEnd - pFirst >= 2 && SentenceSubject(a, pFirst, pEnd - 1) is { } before && PersonLike(a, before))
            {
                return Make(a, before, pFirst) with { Implied = true };
            }
        }

        return null;
    }

    // A quoted title or name: every word of four letters or more capitalised, up to eight words, no sentence end
    // ("The Art of the Deal", "Make America Great Again"). Words in quotes are said in sentences, not in title case.
    private static bool IsTitle(string text, int start, int end)
    {
        var words = 0;
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            if (i > wordStart)
            {
                words++;
                if (words > 8 || (i - wordStart > 3 && !char.IsUpper(text[wordStart])))
                {
                    return false;
                }
            }
        }

        var last = end - 1;
        while (last > start && (char.IsWhiteSpace(text[last]) || IsQuoteMark(text[last])))
        {
            last--;
        }

        return words > 0 && text[last] is not ('.' or '!' or '?');
    }
}
