using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Finds direct quotes (in "…", “…”, «…», „…“ and unambiguous '…'; multi-sentence and cue-split ones) and indirect
/// quotes ("X said (that) …"), and attributes them to a speaker through cue verbs before or after the quote, in the
/// same or an adjacent sentence. Pronoun speakers resolve to the most recent person; SpeakerName is the fullest form
/// of that person in the document.
/// </summary>
public sealed class QuoteFinder : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "quotes";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Entities];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Quotes];

    private static readonly string[] Adverbs =
    [
        "also", "has", "have", "had", "repeatedly", "later", "again", "previously", "publicly", "privately", "then",
        "recently", "once", "reportedly", "himself", "herself", "themselves", "itself", "would", "will", "could",
        "might", "may", "long", "already", "often", "has", "first", "last", "further", "simply", "flatly", "firmly",
        "quickly", "only", "just", "earlier", "now", "still", "angrily", "bluntly", "openly", "separately",
    ];

    private sealed class Analysis
    {
        public required string Text;
        public required ImmutableArray<Token> Tokens;
        public required ImmutableArray<Sentence> Sentences;
        public required ImmutableArray<EntityMention> Entities;
        public required List<TextSpan> Segments;
        public readonly List<TextSpan> DirectSpans = [];
    }

    private sealed record Attribution(TextSpan Speaker, TextSpan Cue, string? Name);

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var a = new Analysis
        {
            Text = document.Text,
            Tokens = document.Get(Layers.Tokens),
            Sentences = document.Get(Layers.Sentences),
            Entities = document.Get(Layers.Entities),
            Segments = Segments.Of(document),
        };
        var quotes = new List<Quote>();
        var marked = FindMarked(a, cancellationToken);
        FindTranscriptTurns(a, marked, quotes);
        var consumed = new bool[marked.Count];
        FindIndirect(a, marked, consumed, quotes, cancellationToken);
        FindDirect(a, marked, consumed, quotes);
        quotes.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        document.Set(Layers.Quotes, [.. quotes]);
    }

    // ---------------------------------------------------------------- direct quotes

    private readonly record struct Marked(int Open, int Close, int ContentStart, int ContentEnd, int Segment);

    // Every span in quotation marks, per paragraph; their extents become DirectSpans (cue words inside them are not cues).
    private static List<Marked> FindMarked(Analysis a, CancellationToken cancellationToken)
    {
        var text = a.Text;
        var marked = new List<Marked>();
        for (var s = 0; s < a.Segments.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seg = a.Segments[s];
            var i = seg.Start;
            while (i < seg.End)
            {
                var c = text[i];
                var close = -1;
                switch (c)
                {
                    case '\u201C':
                        // Sources mix curly and straight marks: “…," closes at the nearer of the two.
                        close = NearestOf(text, i + 1, seg.End, '\u201D', '"');
                        if (close < 0)
                        {
                            close = FindClose(text, i + 1, seg.End, '\u201C', '\0');
                        }

                        break;
                    case '\u201E':
                        close = FindClose(text, i + 1, seg.End, '\u201C', '\u201D');
                        break;
                    case '\u00AB':
                        close = FindClose(text, i + 1, seg.End, '\u00BB', '\0');
                        break;
                    case '"':
                        close = NearestOf(text, i + 1, seg.End, '"', '\u201D');
                        if (i > seg.Start && text[i - 1] == '=')
                        {
                            // A markup attribute value (tweet_id="…"), not a quote.
                            i = close < 0 ? seg.End : close + 1;
                            continue;
                        }

                        if (close < 0)
                        {
                            close = seg.End; // a quote running to the end of the paragraph
                        }

                        break;
                    case '\u2018' or '\'':
                        if (IsSingleOpen(text, i, seg))
                        {
                            close = FindSingleClose(text, i + 1, seg.End);
                        }

                        break;
                }

                if (close < 0)
                {
                    i++;
                    continue;
                }

                var cs = i + 1;
                var ce = close;
                while (cs < ce && char.IsWhiteSpace(text[cs]))
                {
                    cs++;
                }

                while (ce > cs && (char.IsWhiteSpace(text[ce - 1]) || text[ce - 1] == ','))
                {
                    ce--;
                }

                if (ce > cs && text.AsSpan(cs, ce - cs).ContainsAnyExcept(Digits))
                {
                    marked.Add(new Marked(i, Math.Min(close + 1, seg.End), cs, ce, s));
                }

                i = close + 1;
            }
        }

        foreach (var q in marked)
        {
            a.DirectSpans.Add(new TextSpan(q.Open, q.Close));
        }

        return marked;
    }

    private sealed record DirectPart(Marked Q, Attribution? Attribution);

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

            var attribution = AttributeDirect(a, q);
            if (attribution is null && previous is not null && (q.Segment == previousSegment || q.Segment == previousSegment + 1)
                && !MentionsOtherSpeaker(a, previousEnd, q.Open, previous))
            {
                // A continued quote: the next part of the same paragraph, or a new paragraph that opens with a quote.
                attribution = previous;
            }

            if (attribution is null)
            {
                attribution = ImpliedSpeaker(a, q, Embedded(a, q));
            }

            if (words <= 3 && (attribution is null || Embedded(a, q)))
            {
                continue; // scare quotes and quoted phrases: "frank", called it "theatre"
            }

            parts.Add(new DirectPart(q, attribution));
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
            while (i + 1 < parts.Count && ContinuesAfterCue(a, last, parts[i + 1], first.Attribution))
            {
                i++;
                last = parts[i];
            }

            var attribution = first.Attribution;
            output.Add(new Quote(first.Q.ContentStart, last.Q.ContentEnd, true, attribution?.Speaker, attribution?.Cue, attribution?.Name));
        }
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\'' or '\u2018' or '\u2019';

    // The next part continues the quote when the only thing between them is this quote's own attribution:
    // “…,” Obama said on Saturday at the gala. “…”
    private static bool ContinuesAfterCue(Analysis a, DirectPart last, DirectPart next, Attribution? attribution)
    {
        if (attribution is null || next.Q.Segment != last.Q.Segment || attribution.Cue.Start < last.Q.Close || attribution.Cue.End > next.Q.Open
            || (next.Attribution is not null && next.Attribution.Cue != attribution.Cue))
        {
            return false;
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

    // Interview transcripts: "WALLACE: Let's start with ..." — an upper-case label, a colon, then the words said.
    private static void FindTranscriptTurns(Analysis a, List<Marked> marked, List<Quote> output)
    {
        var text = a.Text;
        foreach (var seg in a.Segments)
        {
            if (TranscriptLabel(text, seg.Start, seg.End) is not { } label)
            {
                continue;
            }

            var cs = label.End + 1;
            while (cs < seg.End && char.IsWhiteSpace(text[cs]))
            {
                cs++;
            }

            if (cs >= seg.End || CountWords(text, cs, seg.End) < 2 || marked.Any(m => m.Open < seg.End && m.Close > cs))
            {
                continue;
            }

            var name = LabelName(a, label);
            a.DirectSpans.Add(new TextSpan(cs, seg.End));
            output.Add(new Quote(cs, seg.End, true, label, null, name));
        }

        a.DirectSpans.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static TextSpan? TranscriptLabel(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '-'))
        {
            i++;
        }

        return i < end && text[i] == ':' && i - start >= 2 && i - start <= 40 && char.IsUpper(text[i - 1]) ? new TextSpan(start, i) : null;
    }

    private static string LabelName(Analysis a, TextSpan label)
    {
        var labelText = label.Slice(a.Text);
        var name = labelText;
        foreach (var e in a.Entities)
        {
            var candidate = a.Text[e.Start..e.End];
            if (e.Type == EntityType.Person && candidate.Length > name.Length
                && LastWord(candidate).Equals(LastWord(labelText), StringComparison.OrdinalIgnoreCase))
            {
                name = candidate;
            }
        }

        return name == labelText ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(labelText.ToLowerInvariant()) : name;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789 ,.-");

    private static int NearestOf(string text, int from, int end, char first, char second)
    {
        var i = text.AsSpan(from, end - from).IndexOfAny(first, second);
        return i < 0 ? -1 : from + i;
    }

    private static int FindClose(string text, int from, int end, char close, char alternative)
    {
        var i = text.IndexOf(close, from, end - from);
        if (i >= 0)
        {
            return i;
        }

        if (alternative != '\0')
        {
            i = text.IndexOf(alternative, from, end - from);
            if (i >= 0)
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsSingleOpen(string text, int i, TextSpan seg)
    {
        var before = i > seg.Start ? text[i - 1] : ' ';
        var after = i + 1 < seg.End ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '\u2014' or '-' or ':') && char.IsLetter(after);
    }

    private static int FindSingleClose(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] is not ('\'' or '\u2019'))
            {
                continue;
            }

            var before = text[i - 1];
            var after = i + 1 < end ? text[i + 1] : ' ';
            if (char.IsLetter(after))
            {
                continue; // an apostrophe inside a word
            }

            if (before == 's' && char.IsWhiteSpace(after) && i + 2 < end && char.IsLower(text[i + 2]))
            {
                continue; // a plural possessive: the officials' plan
            }

            if ((char.IsLetterOrDigit(before) || before is '.' or ',' or '!' or '?') && CountWords(text, from, i) >= 2)
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
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

    private static Attribution? AttributeDirect(Analysis a, Marked q)
    {
        var seg = a.Segments[q.Segment];
        var after = FirstTokenAtOrAfter(a.Tokens, q.Close);
        // After the quote: ', Vorenko said' / ', said Vorenko' / ', he said'.
        if (after < a.Tokens.Length && a.Tokens[after].Start < seg.End)
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

            if (IsCue(a, k) && SubjectBefore(a, k, limit) is { } subject)
            {
                return Make(a, subject, k);
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

    private static int limitToken(Analysis a, int limit) => FirstTokenAtOrAfter(a.Tokens, limit);

    // No cue names the speaker. News style puts the speaker in the sentence that introduces the quote: the subject of
    // the quote's own sentence ('Hillary shot back, “…”') or of the sentence before it in the same paragraph
    // ('Clinton touted her record. “We need …”'). A colon ending the previous paragraph introduces it too.
    private static Attribution? ImpliedSpeaker(Analysis a, Marked q, bool embedded)
    {
        var seg = a.Segments[q.Segment];
        var sentence = SentenceAt(a, q.Open);
        var first = FirstTokenAtOrAfter(a.Tokens, Math.Max(sentence?.Start ?? seg.Start, seg.Start));
        var open = FirstTokenAtOrAfter(a.Tokens, q.Open);
        if (open - first >= 2 && SentenceSubject(a, first, open) is { } own && PersonLike(a, own))
        {
            return Make(a, own, first);
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
                return Make(a, before, pFirst);
            }
        }

        return null;
    }

    private static bool PersonLike(Analysis a, Subject subject) =>
        subject.Pronoun ? subject.Span.Slice(a.Text).ToLowerInvariant() is "he" or "she" or "they" or "i" or "we"
        : subject.Type is EntityType.Person or EntityType.Organization || subject.Type is null;

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

    private readonly record struct Subject(TextSpan Span, bool Pronoun, EntityType? Type);

    // 'Vorenko said', 'he said', 'the ministry said', 'Kestrian officials said'
    private static Attribution? SpeakerThenCue(Analysis a, int k, int limit)
    {
        var subject = SubjectAt(a, k, limit, out var next);
        if (subject is null)
        {
            return null;
        }

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

        // 'added another New Hampshire Republican.'
        var end = k + 1;
        while (end < a.Tokens.Length && end <= k + 6 && a.Tokens[end].Start < limit && a.Tokens[end].Kind == TokenKind.Word)
        {
            end++;
        }

        return end - k >= 3 && (end >= a.Tokens.Length || a.Tokens[end].Kind == TokenKind.Punctuation) && DeterminerPhrase(a, k + 1, end) is { } phrase
            ? Make(a, new Subject(phrase, false, null), k) : null;
    }

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

                if (a.Text[a.Tokens[m].Start] == ',' && m > 0 && EntityEndingAt(a, a.Tokens[m - 1].End) is { Type: EntityType.Person } p && p.Start >= limit)
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

    private static Attribution Make(Analysis a, Subject subject, int cueFirst, int? cueLast = null)
    {
        var cue = new TextSpan(a.Tokens[cueFirst].Start, a.Tokens[cueLast ?? cueFirst].End);
        string? name = null;
        if (subject.Pronoun)
        {
            var word = subject.Span.Slice(a.Text).ToLowerInvariant();
            if (word is "he" or "she" && MostRecentPerson(a, subject.Span.Start) is { } person)
            {
                name = FullestName(a, person);
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

    private static TextSpan? MostRecentPerson(Analysis a, int position)
    {
        TextSpan? found = null;
        foreach (var e in a.Entities)
        {
            if (e.Start >= position)
            {
                break;
            }

            if (e.Type == EntityType.Person && !InsideDirect(a, e.Start))
            {
                found = new TextSpan(e.Start, e.End);
            }
        }

        return found;
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

    // ---------------------------------------------------------------- indirect quotes

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

            if (m.Open < clause.Start && m.Close > clause.Start)
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
                    continue;
                }

                if (ClauseAfter(a, k, end) is { } clause)
                {
                    AddReported(a, marked, consumed, output, clause, Make(a, subject.Value, k));
                    break;
                }

                // 'Kestria is ready to talk, officials said.'
                if (ClauseBefore(a, first, subject.Value.Span.Start) is { } before && CueEndsSentence(a, k, end))
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

    private static Subject? SentenceSubject(Analysis a, int first, int limitToken)
    {
        if (SentenceSubjectAt(a, first, limitToken) is { } subject)
        {
            return subject;
        }

        // After an introductory phrase: 'In May, a federal judge sided with them, saying …', 'Instead, he is …'.
        for (var c = first + 1; c < limitToken - 2 && c <= first + 6; c++)
        {
            if (a.Text[a.Tokens[c].Start] == ',')
            {
                return a.Tokens[first].Kind == TokenKind.Word && char.IsUpper(a.Text[a.Tokens[first].Start]) && EntityStartingAt(a, a.Tokens[first].Start) is null
                    ? SentenceSubjectAt(a, c + 1, limitToken) : null;
            }
        }

        return null;
    }

    private static Subject? SentenceSubjectAt(Analysis a, int first, int limitToken)
    {
        var k = first;
        while (k < limitToken && a.Tokens[k].Kind != TokenKind.Word)
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
        if (k <= first || a.Text[a.Tokens[k].Start] != ',')
        {
            return null;
        }

        var startToken = first;
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

        if (last - start < 2)
        {
            return null;
        }

        return new TextSpan(a.Tokens[start].Start, a.Tokens[last].End);
    }
}
