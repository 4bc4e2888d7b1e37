using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Groups tokens into sentences. A sentence never crosses a block boundary or an excluded region. Periods of
/// abbreviations (Mr., Gen., Jan. 5), initials (J. R. Smith), decimals and initialisms in mid-sentence (U.N.
/// envoy) do not end a sentence; closing quotes and brackets after the final punctuation belong to the sentence;
/// a quote ending in "?" or "!" followed by a lower-case word ("Why?" he asked) continues it.
/// </summary>
public sealed class SentenceSplitter : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "sentences";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Blocks, Layers.Excluded];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Sentences];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var builder = ImmutableArray.CreateBuilder<Sentence>();
        var t = 0;
        foreach (var segment in Segments.Of(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (t < tokens.Length && tokens[t].Start < segment.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].End <= segment.End)
            {
                t++;
            }

            Split(text, tokens.AsSpan()[first..t], builder);
        }

        document.Set(Layers.Sentences, builder.ToImmutable());
    }

    private static void Split(string text, ReadOnlySpan<Token> tokens, ImmutableArray<Sentence>.Builder output)
    {
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            // A blank line inside a block also ends a sentence, and so does a line break after a short line
            // (headers, bylines, list-like lines) when the next line starts like a sentence.
            if (i > start && (HasBlankLine(text, tokens[i - 1].End, token.Start) || IsLineBreakBoundary(text, tokens[i - 1], token)))
            {
                output.Add(new Sentence(tokens[start].Start, tokens[i - 1].End));
                start = i;
            }

            var kind = Terminator(text, tokens, i);
            if (kind == EndKind.None)
            {
                continue;
            }

            // Absorb closing quotes and brackets, and further terminators (?!, ...").
            var last = i;
            while (last + 1 < tokens.Length && IsCloser(text, tokens[last + 1]) && tokens[last + 1].Start == tokens[last].End)
            {
                last++;
            }

            if (last + 1 >= tokens.Length)
            {
                i = last;
                continue;
            }

            var next = tokens[last + 1];
            if (!ShouldSplit(text, tokens, i, last, kind, next))
            {
                i = last;
                continue;
            }

            output.Add(new Sentence(tokens[start].Start, tokens[last].End));
            start = last + 1;
            i = last;
        }

        if (start < tokens.Length)
        {
            output.Add(new Sentence(tokens[start].Start, tokens[^1].End));
        }
    }

    private enum EndKind
    {
        None,
        Strong,
        Period,
        Ellipsis,
        Abbreviation,
    }

    private static EndKind Terminator(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var length = token.End - token.Start;
        var first = text[token.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (length == 1)
            {
                return first switch
                {
                    '.' => EndKind.Period,
                    '!' or '?' or '\u203C' or '\u2047' or '\u2048' or '\u2049' => EndKind.Strong,
                    '\u2026' => EndKind.Ellipsis,
                    _ => EndKind.None,
                };
            }

            return first == '.' ? EndKind.Ellipsis : EndKind.None;
        }

        return token.Kind == TokenKind.Word && length > 1 && text[token.End - 1] == '.' ? EndKind.Abbreviation : EndKind.None;
    }

    private static bool IsCloser(string text, Token token) =>
        token.End - token.Start == 1 && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u201C' or ')' or ']' or '!' or '?' or '.'
        && !(text[token.Start] == '\u201C' && token.End < text.Length && char.IsLetterOrDigit(text[token.End]));

    private static bool ShouldSplit(string text, ReadOnlySpan<Token> tokens, int terminator, int last, EndKind kind, Token next)
    {
        var nextChar = text[next.Start];
        var nextStartsLower = char.IsLower(nextChar);
        var nextIsOpener = next.End - next.Start == 1 && nextChar is '"' or '\u201C' or '\u201E' or '\u00AB' or '\'' or '\u2018' or '(' or '[';
        var nextIsUpperOrDigit = char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextIsOpener;
        // A comma or other punctuation after a closing quote means the sentence goes on ("Stop!", she said).
        if (!nextIsUpperOrDigit && !nextStartsLower && !char.IsLetter(nextChar))
        {
            return nextChar is '-' or '\u2014' or '\u2013' or '•' or '*';
        }

        switch (kind)
        {
            case EndKind.Strong:
                return !nextStartsLower;
            case EndKind.Ellipsis:
                return nextIsUpperOrDigit && !nextIsOpener || (nextIsOpener && last > terminator);
            case EndKind.Period:
                // "he said. the" is rare; a lower-case word after a period is usually a missed abbreviation.
                if (nextStartsLower)
                {
                    return false;
                }

                return true;
            case EndKind.Abbreviation:
                return AbbreviationEndsSentence(text, tokens[terminator], next, last > terminator);
            default:
                return false;
        }
    }

    private static bool AbbreviationEndsSentence(string text, Token abbreviation, Token next, bool closedByQuote)
    {
        if (closedByQuote)
        {
            return true;
        }

        var nextChar = text[next.Start];
        if (char.IsLower(nextChar))
        {
            return false;
        }

        var word = text.AsSpan(abbreviation.Start, abbreviation.End - abbreviation.Start - 1);
        if (Lexicon.NonFinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        // Month abbreviations before a day number: "Jan. 5".
        if (Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) && char.IsDigit(nextChar))
        {
            return false;
        }

        // An initial ("J. Smith") goes on when a capitalised word follows.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // U.S., Inc., Jr. and similar end a sentence only when a typical sentence opener follows.
        var nextWord = text.AsSpan(next.Start, next.End - next.Start);
        return char.IsDigit(nextChar) ? false
            : Lexicon.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord)
              || Lexicon.CommonSentenceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord)
              || nextChar is '"' or '\u201C' or '\u00AB' or '\u201E';
    }

    private const int ShortLine = 60;

    private static bool IsLineBreakBoundary(string text, Token previous, Token next)
    {
        if (text.AsSpan(previous.End, next.Start - previous.End).IndexOf('\n') < 0)
        {
            return false;
        }

        var c = text[next.Start];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u00AB' or '\u201E' or '-' or '\u2022' or '*' or '\u2014' or '('))
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, previous.End - 1)) + 1;
        return previous.End - lineStart < ShortLine;
    }

    private static bool HasBlankLine(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                if (++newlines >= 2)
                {
                    return true;
                }
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                newlines = 0;
            }
        }

        return false;
    }
}
