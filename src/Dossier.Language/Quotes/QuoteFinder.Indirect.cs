using Dossier.Core;

namespace Dossier.Language;

// Indirect and mixed quotes: reported clauses after or before a cue verb, and "according to".
public sealed partial class QuoteFinder
{
    private enum ClauseKind
    {
        /// <summary>No quotation marks: indirect speech.</summary>
        Indirect,

        /// <summary>Reported words with quoted parts: a mixed quote (direct, content is the whole clause).</summary>
        Mixed,

        /// <summary>The clause is (almost) all one quote in marks: left to the direct quote pass.</summary>
        Quoted,
    }

    // How much of a reported clause is in quotation marks. A mixed quote takes the marked parts it covers, and its
    // end reaches the end of a quote that runs on past the clause.
    private static ClauseKind Classify(Analysis a, List<Marked> marked, TextSpan clause, out TextSpan extent, out List<int> inside)
    {
        extent = clause;
        inside = [];
        var covered = 0;
        for (var i = 0; i < marked.Count; i++)
        {
            var m = marked[i];
            if (m.Open >= clause.End)
            {
                break;
            }

            if (m.Close <= clause.Start)
            {
                continue;
            }

            if (m.Open < clause.Start && m.Close > clause.Start && !a.Text.AsSpan(m.Open + 1, clause.Start - m.Open - 1).IsWhiteSpace())
            {
                return ClauseKind.Quoted; // the clause starts inside a quote: "…. The rest,” he said.
            }

            covered += Math.Max(0, Math.Min(m.ContentEnd, clause.End) - Math.Max(m.ContentStart, clause.Start));
            inside.Add(i);
            extent = new TextSpan(extent.Start, Math.Max(extent.End, m.ContentEnd));
        }

        if (inside.Count == 0)
        {
            return ClauseKind.Indirect;
        }

        return covered * 10 >= clause.Length * 7 ? ClauseKind.Quoted : ClauseKind.Mixed;
    }

    private static void AddReported(Analysis a, List<Marked> marked, bool[] consumed, List<Quote> output, TextSpan clause, Attribution attribution)
    {
        switch (Classify(a, marked, clause, out var extent, out var inside))
        {
            case ClauseKind.Indirect:
                output.Add(new Quote(clause.Start, clause.End, false, attribution.Speaker, attribution.Cue, attribution.Name));
                break;
            case ClauseKind.Mixed:
                output.Add(new Quote(extent.Start, extent.End, true, attribution.Speaker, attribution.Cue, attribution.Name));
                foreach (var i in inside)
                {
                    consumed[i] = true;
                }

                break;
        }
    }

    private static void FindIndirect(Analysis a, List<Marked> marked, bool[] consumed, List<Quote> output, CancellationToken cancellationToken)
    {
        var t = 0;
        foreach (var sentence in a.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (t < a.Tokens.Length && a.Tokens[t].Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            var end = t;
            while (end < a.Tokens.Length && a.Tokens[end].End <= sentence.End)
            {
                end++;
            }

            if (AccordingTo(a, first, end) is { } according)
            {
                AddReported(a, marked, consumed, output, according.Clause, according.Attribution);
                continue;
            }

            // Once a clause of this sentence is reported, a later cue cannot take the words before it as its own: PolNeAR
            // gives each word one attribution, the inner one ('Hewitt argued that …, Trump suggested').
            var reported = false;
            for (var k = first; k < end; k++)
            {
                if (InsideDirect(a, a.Tokens[k].Start) || !IsWord(a, k, Lexicon.ClauseCueVerbs) || !char.IsLower(a.Text[a.Tokens[k].Start]))
                {
                    continue;
                }

                var subject = SubjectBefore(a, k, sentence.Start) ?? NounPhraseBefore(a, k, sentence.Start);
                if (subject is null && Word(a, k).EndsWith("ing", StringComparison.Ordinal) && k > first && a.Text[a.Tokens[k - 1].Start] == ',')
                {
                    // "Officials rejected the offer, saying that …": the subject of the sentence speaks.
                    subject = SentenceSubject(a, first, k);
                }

                if (subject is null)
                {
                    // 'The treaty signals “the end,” said Ivo Marek.': the cue and then its speaker close the sentence.
                    // The speaker must close the clause: in 'The mediator, Ambassador Ivo Marek, said he regretted …'
                    // "he" starts the reported clause and the words before the comma are the subject, not a report.
                    if (!reported && k > first && ClauseBefore(a, first, a.Tokens[k].Start) is { } inverted && CueThenSpeaker(a, k, sentence.End) is { } speaker
                        && FirstTokenAtOrAfter(a.Tokens, speaker.Speaker.End) is var after && (after >= end || a.Tokens[after].Kind == TokenKind.Punctuation))
                    {
                        AddReported(a, marked, consumed, output, inverted, speaker);
                        break;
                    }

                    continue;
                }

                if (ClauseAfter(a, k, end) is { } clause)
                {
                    AddReported(a, marked, consumed, output, clause, Make(a, subject.Value, k));
                    reported = true;

                    // A clause cut short by the narrator (', saying that …') leaves the rest of the sentence to scan.
                    k = FirstTokenAtOrAfter(a.Tokens, clause.End) - 1;
                    continue;
                }

                // 'Kestria is ready to talk, officials said.'
                if (!reported && ClauseBefore(a, first, subject.Value.Span.Start) is { } before && CueEndsSentence(a, k, end))
                {
                    AddReported(a, marked, consumed, output, before, Make(a, subject.Value, k));
                    break;
                }
            }
        }
    }

    // "According to the ministry, the convoy left." / "The convoy left, according to the ministry."
    private static (TextSpan Clause, Attribution Attribution)? AccordingTo(Analysis a, int first, int end)
    {
        for (var k = first; k + 2 < end; k++)
        {
            if (!IsAccordingTo(a, k) || InsideDirect(a, a.Tokens[k].Start))
            {
                continue;
            }

            var comma = k + 2;
            while (comma < end && a.Text[a.Tokens[comma].Start] != ',')
            {
                comma++;
            }

            var sourceEnd = Math.Min(comma, end) - 1;
            while (sourceEnd > k + 1 && a.Tokens[sourceEnd].Kind == TokenKind.Punctuation)
            {
                sourceEnd--;
            }

            if (sourceEnd < k + 2)
            {
                return null;
            }

            var speaker = SubjectAt(a, k + 2, a.Tokens[sourceEnd].End, out _)?.Span ?? new TextSpan(a.Tokens[k + 2].Start, a.Tokens[sourceEnd].End);
            TextSpan? clause = null;
            if (k == first && comma + 1 < end)
            {
                var last = end - 1;
                while (last > comma && a.Tokens[last].Kind == TokenKind.Punctuation)
                {
                    last--;
                }

                if (last - comma >= 3)
                {
                    clause = new TextSpan(a.Tokens[comma + 1].Start, a.Tokens[last].End);
                }
            }
            else if (k > first + 3 && a.Text[a.Tokens[k - 1].Start] == ',')
            {
                clause = new TextSpan(a.Tokens[first].Start, a.Tokens[k - 2].End);
            }

            if (clause is not { } c)
            {
                return null;
            }

            var type = EntityStartingAt(a, speaker.Start) is { } e && e.End == speaker.End ? e.Type : (EntityType?)null;
            return (c, Make(a, new Subject(speaker, false, type), k, k + 1));
        }

        return null;
    }

    private static bool CueEndsSentence(Analysis a, int k, int end)
    {
        for (var m = k + 1; m < end; m++)
        {
            if (a.Tokens[m].Kind == TokenKind.Punctuation && a.Text[a.Tokens[m].Start] is '.' or '!' or '?' or ';')
            {
                return true;
            }

            if (m > k + 6)
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan? ClauseBefore(Analysis a, int first, int subjectStart)
    {
        var k = FirstTokenAtOrAfter(a.Tokens, subjectStart) - 1;

        // A title or description before the name belongs to the speaker: ', DFA spokesman Neil Sroka said'.
        for (var steps = 0; steps < 5 && k > first && (a.Tokens[k].Kind == TokenKind.Word || a.Text[a.Tokens[k].Start] == '.') && !IsCue(a, k); steps++)
        {
            k--;
        }

        if (k > first && IsQuoteMark(a.Text[a.Tokens[k].Start]) && a.Text[a.Tokens[k - 1].Start] == ',')
        {
            k--; // American style puts the comma inside the closing mark: 'was “a respected colleague,” the statement added'
        }

        if (k <= first || a.Text[a.Tokens[k].Start] != ',')
        {
            return null;
        }

        var startToken = first;
        for (var m = k - 1; m > first; m--)
        {
            if (a.Text[a.Tokens[m].Start] == ':' && !InsideDirect(a, a.Tokens[m].Start))
            {
                startToken = m + 1; // narration introduces the words: 'his former wife: “She signed an agreement,” he said'
                break;
            }
        }

        while (startToken < k && a.Tokens[startToken].Kind != TokenKind.Word && a.Tokens[startToken].Kind != TokenKind.Number)
        {
            startToken++;
        }

        if (k - startToken < 3)
        {
            return null;
        }

        return new TextSpan(a.Tokens[startToken].Start, a.Tokens[k - 1].End);
    }

    private static TextSpan? ClauseAfter(Analysis a, int cue, int end)
    {
        var start = cue + 1;
        // Skip an object and adverbials up to "that": 'told reporters on Friday that …'
        for (var m = cue + 1; m < end && m <= cue + 8; m++)
        {
            var w = Word(a, m);
            if (w == "that")
            {
                start = m + 1;
                break;
            }

            if (a.Tokens[m].Kind == TokenKind.Punctuation && w is not ",")
            {
                break;
            }
        }

        if (start == cue + 1)
        {
            // Without "that": the clause must start right away, with a subject-like word.
            if (start >= end)
            {
                return null;
            }

            var w = Word(a, start);
            var cueWord = Word(a, cue);
            if (cueWord is "told" or "tells" or "asked" or "asks" || a.Tokens[start].Kind != TokenKind.Word
                || Lexicon.PlacePrepositions.Contains(w) || Lexicon.FunctionWords.Contains(w) && w is not ("the" or "a" or "an" or "it" or "he" or "she" or "they" or "we" or "i" or "there" or "this" or "his" or "her" or "their" or "its" or "no" or "some" or "all" or "both" or "many" or "most")
                || w is "in" or "on" or "at" or "of" or "with" or "to")
            {
                return null;
            }
        }

        var last = end - 1;
        while (last >= start && a.Tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        last = ReportedClauseEnd(a, start, last);
        if (last - start < 2)
        {
            return null;
        }

        return new TextSpan(a.Tokens[start].Start, a.Tokens[last].End);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseBreakers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["but", "while", "which", "who", "whom", "whose", "though", "although", "whereas", "compared"], StringComparer.Ordinal);

    // The reported clause after a cue ends where the sentence goes on with the narrator's words: a contrast or a
    // relative clause after a comma (', but Cook did not say when', ', which votes on March 1'), a participle of
    // saying (', adding …'), or a second verb of the same speaker ('called them “crazy” and said …').
    private static int ReportedClauseEnd(Analysis a, int start, int last)
    {
        for (var m = start + 2; m < last; m++)
        {
            if (InsideDirect(a, a.Tokens[m].Start))
            {
                continue;
            }

            var next = m + 1;
            var comma = a.Text[a.Tokens[m].Start] == ',';
            if (comma && a.Tokens[next].Kind == TokenKind.Word
                && (ClauseBreakers.Contains(Word(a, next)) || (QuoteCues.IsParticiple(Word(a, next)))
                    || (Word(a, next) is "and" or "but" && next + 1 <= last && IsCue(a, next + 1))))
            {
                return PreviousContent(a, m);
            }

            if (Word(a, m) == "and" && IsCue(a, next) && next <= last)
            {
                return PreviousContent(a, m);
            }
        }

        return last;
    }

    // The last token before m that is not a comma (a closing quotation mark is kept).
    private static int PreviousContent(Analysis a, int m)
    {
        var k = m - 1;
        while (k > 0 && a.Text[a.Tokens[k].Start] == ',')
        {
            k--;
        }

        return k;
    }
}
