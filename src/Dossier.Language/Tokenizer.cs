using System.Collections.Immutable;
using System.Globalization;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Splits the text of each block into word, number, punctuation and symbol tokens. Keeps inner apostrophes and
/// hyphens in words (don't, O'Brien, al-Assad, 30-day), separators in numbers (1,250.5; 16.05.2026; 2026-05-12),
/// the period of known abbreviations and initialisms (Dr., U.S.), and URLs and e-mail addresses whole.
/// A possessive 's is its own token so that names end before it. Nothing inside excluded regions is tokenised.
/// </summary>
public sealed class Tokenizer : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "tokens";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Blocks, Layers.Excluded];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Tokens];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = ImmutableArray.CreateBuilder<Token>(document.Text.Length / 5 + 8);
        foreach (var segment in Segments.Of(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Tokenize(document.Text, segment.Start, segment.End, builder);
        }

        document.Set(Layers.Tokens, builder.ToImmutable());
    }

    /// <summary>Tokenises <paramref name="text"/>[start, end) into <paramref name="output"/>.</summary>
    internal static void Tokenize(string text, int start, int end, ImmutableArray<Token>.Builder output)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }

            var urlEnd = MatchUrl(text, i, end);
            if (urlEnd > i)
            {
                output.Add(new Token(i, urlEnd, TokenKind.Symbol));
                i = urlEnd;
                continue;
            }

            if (char.IsLetter(c) || char.IsSurrogate(c) || IsMark(c))
            {
                i = ReadWord(text, i, end, output);
                continue;
            }

            if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, output);
                continue;
            }

            // Ellipsis and dash runs are one token.
            if ((c == '.' || c == '-') && i + 1 < end && text[i + 1] == c)
            {
                var j = i;
                while (j < end && text[j] == c)
                {
                    j++;
                }

                output.Add(new Token(i, j, TokenKind.Punctuation));
                i = j;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end)
            {
                output.Add(new Token(i, i + 2, TokenKind.Symbol));
                i += 2;
                continue;
            }

            output.Add(new Token(i, i + 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i++;
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static int ReadWord(string text, int start, int end, ImmutableArray<Token>.Builder output)
    {
        var i = start;
        // Initialisms: U.S., U.N., e.g., a.m. — single letters each followed by a period.
        var j = i;
        var letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2]) || j + 3 >= end || text[j + 3] == '.' || !IsWordChar(text[j + 3])))
        {
            j += 2;
            letters++;
        }

        if (letters >= 2 && (j >= end || !IsWordChar(text[j])))
        {
            output.Add(new Token(i, j, TokenKind.Word));
            return j;
        }

        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c) || char.IsSurrogate(c))
            {
                i++;
                continue;
            }

            if ((IsApostrophe(c) || IsHyphen(c) || c == '&') && i + 1 < end && IsWordChar(text[i + 1]))
            {
                // A possessive 's ends the word.
                if (IsApostrophe(c) && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !IsWordChar(text[i + 2])))
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        var wordEnd = i;
        // Keep the period of a known abbreviation or a single-letter initial.
        if (wordEnd < end && text[wordEnd] == '.')
        {
            var word = text.AsSpan(start, wordEnd - start);
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            if (isInitial || Lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                if (!(wordEnd + 1 < end && text[wordEnd + 1] == '.'))
                {
                    wordEnd++;
                }
            }
        }

        output.Add(new Token(start, wordEnd, TokenKind.Word));
        if (wordEnd < end && IsApostrophe(text[wordEnd]) && wordEnd + 1 < end && (text[wordEnd + 1] == 's' || text[wordEnd + 1] == 'S')
            && (wordEnd + 2 >= end || !IsWordChar(text[wordEnd + 2])))
        {
            output.Add(new Token(wordEnd, wordEnd + 2, TokenKind.Word));
            return wordEnd + 2;
        }

        return wordEnd;
    }

    private static int ReadNumber(string text, int start, int end, ImmutableArray<Token>.Builder output)
    {
        var i = start;
        while (i < end && char.IsDigit(text[i]))
        {
            i++;
        }

        // Separators between digit groups: 1,000  3.5  16.05.2026  2026-05-12  3:30  1/2
        while (i + 1 < end && text[i] is ',' or '.' or ':' or '/' or '-' or '\u2013' && char.IsDigit(text[i + 1]))
        {
            if (text[i] is '-' or '\u2013' && !IsIsoDateContinuation(text, start, i, end))
            {
                break;
            }

            i++;
            while (i < end && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        var kind = TokenKind.Number;
        // Suffixes: 1990s, 3rd, 45th, 30-day, 5km
        if (i < end && (char.IsLetter(text[i]) || (IsHyphen(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
        {
            while (i < end && (IsWordChar(text[i]) || (IsHyphen(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            kind = TokenKind.Word;
        }

        output.Add(new Token(start, i, kind));
        return i;
    }

    // 2026-05-12: a four-digit year followed by -MM(-DD).
    private static bool IsIsoDateContinuation(string text, int start, int hyphen, int end) =>
        (hyphen - start == 4 || hyphen - start == 7) && hyphen + 2 < end
        && char.IsDigit(text[hyphen + 1]) && char.IsDigit(text[hyphen + 2])
        && (hyphen + 3 >= end || !char.IsDigit(text[hyphen + 3]));

    private static int MatchUrl(string text, int i, int end)
    {
        var span = text.AsSpan(i, end - i);
        var isUrl = span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && span.Length > 5);
        var j = i;
        if (!isUrl)
        {
            // e-mail: word@word.tld
            while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '_' or '-' or '+'))
            {
                j++;
            }

            if (j == i || j >= end || text[j] != '@' || j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]))
            {
                return i;
            }
        }

        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '\u201C' or '\u201D' or '<' or '>'))
        {
            j++;
        }

        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '\u2019' or ']')
        {
            if (text[j - 1] == ')' && text.AsSpan(i, j - i).Contains('('))
            {
                break;
            }

            j--;
        }

        return isUrl || text.AsSpan(i, j - i).Contains('.') ? j : i;
    }
}
