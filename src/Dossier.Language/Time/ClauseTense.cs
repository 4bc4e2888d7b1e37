using System.Text.RegularExpressions;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // A month named without a year ("in March") takes the nearest March, leaning to the past. A clause that reports a
    // finished event ("stepped down in March", "In January, the company brought in") means the last March even when
    // the next one is nearer; the tense of the clause decides, as HeidelTime resolves such months. Only a clause with a
    // past verb and no sign of the future counts: reporting and planning verbs say nothing about when the event is
    // ("said ... in March"), and an infinitive ("agreed to sell ... in February") points ahead.
    [GeneratedRegex("\\b(?:(?i:was|were|had|did|came|went|took|gave|made|met|left|began|became|brought|bought|sold|fell|rose|won|lost|saw|got|found|held|led|paid|spent|stood|struck|ran|wrote|spoke|chose|fled|knew|kept)|(?!hundred\\b)[a-z]{2,}(?:[b-df-hj-np-tv-z]ed|ied))\\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    [GeneratedRegex("\\b(?:said|told|announced|reported|added|stated|noted|expected|scheduled|planned|agreed|proposed|predicted|estimated|based|called|named|anticipated|hoped|intended|aimed|slated|prepared|designed|required|allowed|asked|urged)\\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NeutralVerb();

    [GeneratedRegex("\\b(?:will|'ll|shall|going to|expected|due|plans?|planned|planning|scheduled|set to|would|to be|could|may|might|intends?|hopes?|aims?|next|until|by|through|supposed|slated|effective|begin|starting)\\b|\\bto\\s+(?!(?:a|an|the|his|her|its|their|this|that|these|those)\\b)[a-z]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>True when the clause around [start, end) has a past verb and nothing that points to the future.</summary>
    private static bool ClauseIsPast(string sentence, int start, int end)
    {
        var from = start;
        while (from > 0 && !IsClauseBreak(sentence, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < sentence.Length && !IsClauseBreak(sentence, to))
        {
            to++;
        }

        var before = sentence.AsSpan(from, start - from);
        var after = sentence.AsSpan(end, to - end);
        if (FutureCue().IsMatch(before) || FutureCue().IsMatch(after))
        {
            return false;
        }

        return HasPastVerb(before) || HasPastVerb(after);
    }

    private static bool HasPastVerb(ReadOnlySpan<char> text)
    {
        foreach (var m in PastVerb().EnumerateMatches(text))
        {
            if (!NeutralVerb().IsMatch(text.Slice(m.Index, m.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // Semicolons, colons, quotation marks and sentence punctuation followed by a space end a clause.
    private static bool IsClauseBreak(string s, int i) =>
        s[i] is '"' or '\u201C' or '\u201D' or '`'
        || (s[i] is ';' or ':' or '.' or '!' or '?' or '\'' && (i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1])));
}
