using Dossier.Core;

namespace Dossier.Language;

// Mixed quotes: where the reported words around a quoted phrase begin and end ('called the plan “a disaster”').
public sealed partial class QuoteFinder
{
    // An embedded quote reports words whose clause starts right after its cue verb in the same sentence: 'Trump
    // called Carson a “special person”' has the content "Carson a “special person”" (PolNeAR's and PARC's convention
    // for mixed quotes: the cue's complement, "that" included).
    private static (int Start, int CueToken)? MixedStart(Analysis a, Marked q, Attribution? attribution)
    {
        var sentence = SentenceAt(a, q.Open);
        var sentenceStart = Math.Max(sentence?.Start ?? a.Segments[q.Segment].Start, a.Segments[q.Segment].Start);
        int cueToken;
        if (attribution is { Implied: false } && attribution.Cue.End <= q.Open && attribution.Cue.Start >= sentenceStart)
        {
            cueToken = FirstTokenAtOrAfter(a.Tokens, attribution.Cue.End) - 1;

            // A nearer verb of the same speaker starts the reported words: 'argued his attacks worked and said that
            // Trump did not represent “the party of Reagan”', 'called it a “starting point”'.
            for (var k = FirstTokenAtOrAfter(a.Tokens, q.Open) - 1; k > cueToken + 1; k--)
            {
                if (!InsideDirect(a, a.Tokens[k].Start) && IsCue(a, k))
                {
                    // A verb with a subject of its own is inside the reported words: 'said she expects an “…”', and so is
                    // one that follows a clause rather than the cue's own verb phrase ('said the protests demand that …').
                    cueToken = SubjectBefore(a, k, a.Tokens[cueToken + 1].Start) is null && CoordinatedVerb(a, k) ? k : cueToken;
                    break;
                }
            }
        }
        else
        {
            cueToken = -1;
            var open = FirstTokenAtOrAfter(a.Tokens, q.Open);
            for (var k = open - 1; k >= 0 && open - k <= MixedCueWindow && a.Tokens[k].Start >= sentenceStart; k--)
            {
                if (InsideDirect(a, a.Tokens[k].Start))
                {
                    break;
                }

                if (IsCue(a, k))
                {
                    cueToken = k;
                    break;
                }
            }

            if (cueToken < 0)
            {
                return null;
            }
        }

        var first = cueToken + 1;
        while (first < a.Tokens.Length && a.Tokens[first].Start < q.Open && a.Tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        // 'said in an interview on Sunday that …': the complement starts after "that" and the cue's adverbials (as in
        // the indirect pass; PolNeAR counts "that" in, which changes no match).
        for (var k = first; k < a.Tokens.Length && a.Tokens[k].Start < q.Open && k - first < 10; k++)
        {
            if (Word(a, k) == "that" && k + 1 < a.Tokens.Length && a.Tokens[k + 1].Start < q.Open)
            {
                first = k + 1;
                break;
            }

            // A verb before "that" owns it: 'said the protests demand that all …' reports from "the protests".
            if ((a.Tokens[k].Kind == TokenKind.Punctuation && a.Text[a.Tokens[k].Start] != ',') || IsCue(a, k))
            {
                break;
            }
        }

        return first < a.Tokens.Length && a.Tokens[first].Start < q.Open ? (a.Tokens[first].Start, cueToken) : null;
    }

    private const int MixedCueWindow = 12;

    // A verb joined to the one before it: 'praised the crews and said …', 'spoke, then called it …'.
    private static bool CoordinatedVerb(Analysis a, int k)
    {
        var p = k - 1;
        while (p >= 0 && IsAdverb(a, p))
        {
            p--;
        }

        return p >= 0 && (a.Text[a.Tokens[p].Start] == ',' || Word(a, p).ToLowerInvariant() is "and" or "but" or "then" or "or");
    }

    // The reported clause ends with the quote, or runs on to the next clause break when the sentence continues it:
    // '“cavorting” with a lobbyist, which …'.
    private static int MixedEnd(Analysis a, Marked q)
    {
        var text = a.Text;
        var i = q.Close;
        var limit = Math.Min(a.Segments[q.Segment].End, SentenceAt(a, Math.Max(q.Open, q.Close - 1))?.End ?? a.Segments[q.Segment].End);
        if (q.Close > q.ContentEnd + 1 && text[q.ContentEnd] == ',')
        {
            return q.ContentEnd; // '“…,” she said' closes the clause at the comma inside the marks
        }

        if (i + 1 >= limit || text[i] != ' ' || !char.IsLower(text[i + 1]))
        {
            return q.ContentEnd;
        }

        var end = i;
        for (; i < limit; i++)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '\u2014' or '\u2013' or '(' or '.' or '!' or '?' || (c == '-' && i + 1 < limit && text[i + 1] == ' ')
                || (c == ' ' && StartsCoordination(text, i + 1, limit)))
            {
                break;
            }

            if (!char.IsWhiteSpace(c))
            {
                end = i + 1;
            }
        }

        return end;
    }

    // 'called him a “nice guy” and said …', 'found it “crazy” but voted …': a conjunction after the quote joins a new
    // verb phrase or clause of the narration, so the reported words end with the quote.
    private static bool StartsCoordination(string text, int i, int limit)
    {
        foreach (var word in (ReadOnlySpan<string>)["and ", "but "])
        {
            if (i + word.Length <= limit && text.AsSpan(i, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
