using Dossier.Core;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dossier.Language.Tests;

public class SpanInvariantPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Mr.", "Vorenko", "said", "\"", "“", "”", "'", ".", ",", "?", "!", "...", "\n", "\n\n", " ", " ", " ", "U.S.",
        "May", "16", "2026", "Monday", "yesterday", "3", "p.m.", "the", "Ministry", "of", "Defence", "in", "Kyiv",
        "«", "»", "—", "-", "é", "al-Assad", "Gen.", "three", "years", "ago", "he", "told", "that", "(", ")", "\t",
        "https://x.example/a", "1,000.5", "'s", "Port", "Elena", ":", "„", "“",
    ];

    public static Arbitrary<string> TextArbitrary() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    private static Document AnalyzeWithExclusion(string text, int excludeSeed)
    {
        var d = TestDocs.Create(text);
        if (text.Length > 4)
        {
            var start = Math.Abs(excludeSeed) % text.Length;
            var end = Math.Min(text.Length, start + 1 + (Math.Abs(excludeSeed / 7) % 20));
            d.Set(Layers.Excluded, [new ExcludedRegion(start, end, ExclusionReason.ShareLine)]);
        }

        TestDocs.Run(d, TestDocs.Dct);
        return d;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(SpanInvariantPropertyTests)])]
    public bool Every_layer_keeps_the_span_rules(string text, int excludeSeed)
    {
        text ??= string.Empty;
        var d = AnalyzeWithExclusion(text, excludeSeed);
        SpanInvariants.Check("tokens", text.Length, d.Get(Layers.Tokens));
        SpanInvariants.Check("sentences", text.Length, d.Get(Layers.Sentences));
        SpanInvariants.Check("entities", text.Length, d.Get(Layers.Entities));
        SpanInvariants.Check("timexes", text.Length, d.Get(Layers.Timexes));
        SpanInvariants.Check("quotes", text.Length, d.Get(Layers.Quotes));
        return true;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(SpanInvariantPropertyTests)])]
    public bool Sentences_never_cross_blocks_or_excluded_regions(string text, int excludeSeed)
    {
        text ??= string.Empty;
        var d = AnalyzeWithExclusion(text, excludeSeed);
        var blocks = d.Get(Layers.Blocks);
        foreach (var s in d.Get(Layers.Sentences))
        {
            if (s.End <= s.Start || d.IsExcluded(TextSpan.Of(s)))
            {
                return false;
            }

            if (!blocks.Any(b => b.Start <= s.Start && s.End <= b.End))
            {
                return false;
            }

            if (char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]))
            {
                return false;
            }
        }

        foreach (var t in d.Get(Layers.Tokens))
        {
            if (t.End <= t.Start || d.IsExcluded(TextSpan.Of(t)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(SpanInvariantPropertyTests)])]
    public bool Quotes_and_entities_lie_inside_the_text(string text)
    {
        text ??= string.Empty;
        var d = TestDocs.Analyze(text);
        foreach (var q in d.Get(Layers.Quotes))
        {
            if (q.Start >= q.End || (q.Speaker is { } s && (s.Start < 0 || s.End > text.Length)))
            {
                return false;
            }
        }

        return d.Get(Layers.Timexes).All(t => t.Value.Length > 0);
    }
}
