using System.Collections.Immutable;
using Dossier.Core;

namespace Dossier.Language;

// Token, sentence and entity lookups shared by the quote passes.
public sealed partial class QuoteFinder
{
    private static bool InsideDirect(Analysis a, int position)
    {
        foreach (var d in a.DirectSpans)
        {
            if (d.Start > position)
            {
                break;
            }

            if (d.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    private static Sentence? SentenceAt(Analysis a, int position)
    {
        var lo = 0;
        var hi = a.Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = a.Sentences[mid];
            if (s.End <= position)
            {
                lo = mid + 1;
            }
            else if (s.Start > position)
            {
                hi = mid - 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }

    private static Sentence? PreviousSentence(Analysis a, Sentence s)
    {
        Sentence? prev = null;
        foreach (var x in a.Sentences)
        {
            if (x.Start >= s.Start)
            {
                break;
            }

            prev = x;
        }

        return prev;
    }

    private static int FirstTokenAtOrAfter(ImmutableArray<Token> tokens, int position)
    {
        var lo = 0;
        var hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string Word(Analysis a, int k) => a.Text[a.Tokens[k].Start..a.Tokens[k].End];

    private static bool IsWord(Analysis a, int k, System.Collections.Frozen.FrozenSet<string> set) =>
        k >= 0 && k < a.Tokens.Length && a.Tokens[k].Kind == TokenKind.Word
        && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(a.Text.AsSpan(a.Tokens[k].Start, a.Tokens[k].End - a.Tokens[k].Start));

    private static bool IsCue(Analysis a, int k) =>
        (IsWord(a, k, Lexicon.CueVerbs) || IsWord(a, k, QuoteCues.Forms)) && char.IsLower(a.Text[a.Tokens[k].Start]);

    private static bool IsAdverb(Analysis a, int k)
    {
        var w = Word(a, k);
        return Array.IndexOf(Adverbs, w.ToLowerInvariant()) >= 0
            || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) && a.Tokens[k].Kind == TokenKind.Word && w is not ("only" or "early" or "family" or "rally" or "ally" or "daily" or "weekly"));
    }

    private static bool IsAccordingTo(Analysis a, int k) =>
        k + 1 < a.Tokens.Length && Word(a, k).Equals("according", StringComparison.OrdinalIgnoreCase)
        && Word(a, k + 1).Equals("to", StringComparison.Ordinal);

    private static EntityMention? EntityStartingAt(Analysis a, int position)
    {
        foreach (var e in a.Entities)
        {
            if (e.Start == position)
            {
                return e;
            }

            if (e.Start > position)
            {
                break;
            }
        }

        return null;
    }

    private static EntityMention? EntityEndingAt(Analysis a, int position)
    {
        EntityMention? found = null;
        foreach (var e in a.Entities)
        {
            if (e.Start >= position)
            {
                break;
            }

            if (e.End == position)
            {
                found = e;
            }
        }

        return found;
    }
}
