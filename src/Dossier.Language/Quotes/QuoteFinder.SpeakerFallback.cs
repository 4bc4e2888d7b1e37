using Dossier.Core;

namespace Dossier.Language;

// A last pass over the direct quotes that no cue attributed: the layouts of news copy that name the speaker outside
// the quote's own sentence.
public sealed partial class QuoteFinder
{
    /// <summary>
    /// Gives a speaker to direct quotes left without one, in document order (so a quote can continue one filled here):
    /// the next part after a previous quote's own attribution sentence, a paragraph announced by a colon, or a short
    /// "Name said." sentence right after the quote.
    /// </summary>
    private static void FillMissingSpeakers(Analysis a, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (!q.Direct || MarksAround(a, q) is not { } marks)
            {
                continue;
            }

            // A speaker implied by a sentence subject (its cue is no verb of saying) gives way to the subject of the verb
            // that announces the quote: 'The agency wrote back, and its director Ivo Lenz responded:¶“…”'.
            Attribution? found;
            if (q.Speaker is not null)
            {
                var implied = q.Cue is { } c && !IsCue(a, FirstTokenAtOrAfter(a.Tokens, c.Start));
                found = implied ? AnnouncedByColon(a, marks, withSentenceSubject: false) : null;
            }
            else
            {
                found = ContinuesPreviousSpeaker(a, quotes, i, marks) ?? AnnouncedByColon(a, marks, withSentenceSubject: true) ?? NamedRightAfter(a, marks) ?? PhraseAfterCue(a, marks) ?? SignedBelow(a, marks);
            }

            if (found is { } f)
            {
                quotes[i] = q with { Speaker = f.Speaker, Cue = f.Cue, SpeakerName = f.Name };
            }
        }
    }

    // The quotation marks (open, close) of a direct quote whose content starts inside them; null for a mixed quote.
    private static TextSpan? MarksAround(Analysis a, Quote q)
    {
        foreach (var d in a.DirectSpans)
        {
            if (d.Start < q.Start && d.End >= q.End)
            {
                return d;
            }
        }

        return null;
    }

    // '“It was a long night,” the mayor told reporters after a meeting with Ivo Lenz, who leads the council. “We are
    // tired.”': the second part follows the first part's attribution sentence in the same paragraph, so it has the same
    // speaker even though another person is named in that sentence.
    private static Attribution? ContinuesPreviousSpeaker(Analysis a, List<Quote> quotes, int index, TextSpan marks)
    {
        for (var p = index - 1; p >= 0; p--)
        {
            var previous = quotes[p];
            if (!previous.Direct || previous.End > marks.Start)
            {
                continue;
            }

            // Only a part standing alone in its marks whose cue follows it: '“…,” X said … . “…”'.
            if (previous.Speaker is not { } speaker || previous.Cue is not { } cue || a.Text.AsSpan(previous.End, marks.Start - previous.End).Contains('\n')
                || MarksAround(a, previous) is not { } previousMarks || cue.Start < previousMarks.End)
            {
                return null;
            }

            // Nothing but the attribution between the two: every sentence that starts between them is the cue's.
            var cueSentence = SentenceAt(a, cue.Start);
            foreach (var s in a.Sentences)
            {
                if (s.Start > previous.End && s.Start < marks.Start && !InsideDirect(a, s.Start) && (cueSentence is null || s.Start != cueSentence.Value.Start)
                    && !a.Text.AsSpan(s.Start, Math.Min(s.End, marks.Start) - s.Start).Trim().IsEmpty)
                {
                    return null;
                }
            }

            return new Attribution(speaker, cue, previous.SpeakerName);
        }

        return null;
    }

    // 'Breitbart News responded:¶¶“…”', 'Stated Stone:¶¶“…”': a sentence ending with a colon right before the quote,
    // with a verb of saying, introduces it; the speaker is that verb's subject (or the name after it), or else, when
    // asked, the sentence's subject ('Ada Rusk stressed her record and said she has the quality for the job:').
    private static Attribution? AnnouncedByColon(Analysis a, TextSpan marks, bool withSentenceSubject)
    {
        var c = marks.Start - 1;
        while (c >= 0 && char.IsWhiteSpace(a.Text[c]))
        {
            c--;
        }

        if (c < 0 || a.Text[c] != ':' || SentenceAt(a, c) is not { } sentence)
        {
            return null;
        }

        var first = FirstTokenAtOrAfter(a.Tokens, sentence.Start);
        for (var k = FirstTokenAtOrAfter(a.Tokens, c) - 1; k >= first; k--)
        {
            if (InsideDirect(a, a.Tokens[k].Start))
            {
                return null;
            }

            if (!IsCue(a, k))
            {
                continue;
            }

            // The name right after the verb when it ends the sentence ('Stated Stone:'); a pronoun there starts a
            // reported clause ('and said she has …:'), whose speaker is the sentence's subject.
            var colonToken = FirstTokenAtOrAfter(a.Tokens, c);
            var subject = SubjectBefore(a, k, sentence.Start);
            if (subject is null && SubjectAt(a, k + 1, c, out var after) is { Pronoun: false } named && after == colonToken)
            {
                subject = named;
            }

            if (subject is null && withSentenceSubject && k > first)
            {
                subject = SentenceSubject(a, first, k);
            }

            return subject is { } found ? Make(a, found, k) : null;
        }

        return null;
    }

    // '“…” Ada Rusk said.': the quote ends its sentence and a short sentence of its own names the speaker.
    private static Attribution? NamedRightAfter(Analysis a, TextSpan marks)
    {
        var k = FirstTokenAtOrAfter(a.Tokens, marks.End);
        if (k >= a.Tokens.Length || a.Text.AsSpan(marks.End, a.Tokens[k].Start - marks.End).Contains('\n') || SentenceAt(a, a.Tokens[k].Start) is not { } sentence)
        {
            return null;
        }

        if (SubjectAt(a, k, sentence.End, out var next) is not { } subject)
        {
            return null;
        }

        while (next < a.Tokens.Length && Array.IndexOf(Adverbs, Word(a, next).ToLowerInvariant()) >= 0)
        {
            next++;
        }

        // The cue ends the sentence: "said." with nothing after it.
        return next + 1 < a.Tokens.Length && IsCue(a, next) && a.Text[a.Tokens[next + 1].Start] == '.' && a.Tokens[next + 1].End >= sentence.End - 1
            ? Make(a, subject, next) : null;
    }

    // '“…,” said a strategist for one of the campaigns, speaking on condition of anonymity.', '“…,” wrote Time
    // magazine.': the cue right after the quote, then a phrase the entity and noun-phrase rules do not take: a
    // determiner and the words up to the first function word, or a run of capitalised words ending the clause.
    private static Attribution? PhraseAfterCue(Analysis a, TextSpan marks)
    {
        var k = FirstTokenAtOrAfter(a.Tokens, marks.End);
        while (k < a.Tokens.Length && a.Text[a.Tokens[k].Start] == ',')
        {
            k++;
        }

        if (k + 1 >= a.Tokens.Length || a.Text.AsSpan(marks.End, a.Tokens[k].Start - marks.End).Contains('\n') || !IsCue(a, k)
            || SentenceAt(a, a.Tokens[k].Start) is not { } sentence)
        {
            return null;
        }

        var first = k + 1;
        var last = first - 1;
        var determiner = Array.IndexOf(PhraseOpeners, Word(a, first).ToLowerInvariant()) >= 0 && char.IsLower(a.Text[a.Tokens[first].Start]);
        for (var m = determiner ? first + 1 : first; m < a.Tokens.Length && m < first + 7 && a.Tokens[m].Start < sentence.End && a.Tokens[m].Kind == TokenKind.Word; m++)
        {
            var w = Word(a, m);
            if (Lexicon.FunctionWords.Contains(w) || IsCue(a, m) || (!determiner && !char.IsUpper(w[0]) && m == first))
            {
                break;
            }

            last = m;
        }

        if (last < (determiner ? first + 1 : first))
        {
            return null;
        }

        // Without a determiner the capitalised run must end the clause ('wrote Time magazine.').
        if (!determiner && (last + 1 >= a.Tokens.Length || a.Tokens[last + 1].Kind != TokenKind.Punctuation))
        {
            return null;
        }

        return Make(a, new Subject(new TextSpan(a.Tokens[first].Start, a.Tokens[last].End), false, null), k);
    }

    // A quote signed in the paragraph below it: '“…”¶¶- Ada Rusk, mayor of Port Elena.'
    private static Attribution? SignedBelow(Analysis a, TextSpan marks)
    {
        var k = FirstTokenAtOrAfter(a.Tokens, marks.End);
        if (k + 1 >= a.Tokens.Length || !a.Text.AsSpan(marks.End, a.Tokens[k].Start - marks.End).Contains('\n')
            || a.Text[a.Tokens[k].Start] is not ('-' or '\u2013' or '\u2014' or '\u2015') || a.Tokens[k].End - a.Tokens[k].Start != 1)
        {
            return null;
        }

        return EntityStartingAt(a, a.Tokens[k + 1].Start) is { Type: EntityType.Person or EntityType.Organization } signer
            && !a.Text.AsSpan(a.Tokens[k].End, signer.Start - a.Tokens[k].End).Contains('\n')
            ? Make(a, new Subject(new TextSpan(signer.Start, signer.End), false, signer.Type), k) : null;
    }
}
