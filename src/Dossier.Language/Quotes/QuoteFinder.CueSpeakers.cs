using Dossier.Core;

namespace Dossier.Language;

// The speaker a cue names: before it ('Vorenko said'), after it ('said the ministry') or later in the sentence.
public sealed partial class QuoteFinder
{
    private static bool PersonLike(Analysis a, Subject subject) =>
        subject.Pronoun ? subject.Span.Slice(a.Text).ToLowerInvariant() is "he" or "she" or "they" or "i" or "we"
        : subject.Type is EntityType.Person or EntityType.Organization || subject.Type is null;

    // 'Vorenko said', 'he said', 'the ministry said', 'Kestrian officials said'
    private static Attribution? SpeakerThenCue(Analysis a, int k, int limit)
    {
        var subject = SubjectAt(a, k, limit, out var next);
        if (subject is null)
        {
            return null;
        }

        next = AfterParenthesis(a, next, limit);

        while (next < a.Tokens.Length && Array.IndexOf(Adverbs, Word(a, next).ToLowerInvariant()) >= 0)
        {
            next++;
        }

        return next < a.Tokens.Length && a.Tokens[next].Start < limit && IsCue(a, next) ? Make(a, subject.Value, next) : null;
    }

    // 'Quina Jones, 25, said', 'Trump lawyer Marc Kasowitz said', 'Sen. Ann Lee (D-Vt.), who lost, said': the cue
    // later in the sentence that follows the quote, with its subject after the quote.
    private static Attribution? CueLaterInSentence(Analysis a, int k, int limit)
    {
        var sentenceEnd = Math.Min(limit, SentenceAt(a, a.Tokens[k].Start)?.End ?? limit);
        for (var m = k + 1; m < a.Tokens.Length && m < k + 30 && a.Tokens[m].Start < sentenceEnd; m++)
        {
            if (InsideDirect(a, a.Tokens[m].Start))
            {
                return null;
            }

            if (IsCue(a, m))
            {
                if (SubjectBefore(a, m, a.Tokens[k].Start) is { } subject)
                {
                    return Make(a, subject, m);
                }

                // '“…,” one user wrote.': a short determiner-led noun phrase right after the quote.
                if (m - k <= 5 && DeterminerPhrase(a, k, m) is { } phrase)
                {
                    return Make(a, new Subject(phrase, false, null), m);
                }

                return a.Text[a.Tokens[m - 1].Start] == ',' && SubjectAt(a, m + 1, sentenceEnd, out _) is { } after ? Make(a, after, m) : null;
            }
        }

        return null;
    }

    // 'said Vorenko', 'said the ministry', 'added Ibarra'
    private static Attribution? CueThenSpeaker(Analysis a, int k, int limit)
    {
        if (!IsCue(a, k) || k + 1 >= a.Tokens.Length)
        {
            return null;
        }

        var subject = SubjectAt(a, k + 1, limit, out _);
        if (subject is { } s)
        {
            return Make(a, s, k);
        }

        // A description before the name: 'said 9/11 widow Terry Strada.', 'said Trump campaign manager Corey
        // Lewandowski,': the person that ends the phrase.
        for (var m = k + 1; m < a.Tokens.Length && m <= k + 7 && a.Tokens[m].Start < limit; m++)
        {
            if (a.Tokens[m].Kind == TokenKind.Punctuation && a.Text[a.Tokens[m].Start] is not ('/' or '-' or '\'' or '\u2019'))
            {
                break;
            }

            if (EntityStartingAt(a, a.Tokens[m].Start) is { Type: EntityType.Person } described && FirstTokenAtOrAfter(a.Tokens, described.End) is var after
                && (after >= a.Tokens.Length || a.Tokens[after].Start >= limit || a.Tokens[after].Kind == TokenKind.Punctuation))
            {
                return Make(a, new Subject(new TextSpan(described.Start, described.End), false, described.Type), k);
            }
        }

        // 'added another New Hampshire Republican.'
        var end = k + 1;
        while (end < a.Tokens.Length && end <= k + 6 && a.Tokens[end].Start < limit && a.Tokens[end].Kind == TokenKind.Word)
        {
            end++;
        }

        return end - k >= 3 && (end >= a.Tokens.Length || a.Tokens[end].Kind == TokenKind.Punctuation) && DeterminerPhrase(a, k + 1, end) is { } phrase
            ? Make(a, new Subject(phrase, false, null), k) : null;
    }
}
