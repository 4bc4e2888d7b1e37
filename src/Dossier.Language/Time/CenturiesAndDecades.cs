using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Language;

public sealed partial class TimeExpressionRecognizer
{
    // "the 20th century" → 19, "the eleventh century" → 10 (TIMEX3 writes a century as its first two digits).
    [GeneratedRegex("\\b(?:the\\s+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\\s-]+century\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalCentury();

    // "the nineties", "the early eighties": a decade in words, of the DCT's century unless that decade is still ahead.
    // Only with "the": "in his sixties" is an age.
    [GeneratedRegex("\\b[Tt]he\\s+(?:(?:early|late|mid)[\\s-]+)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DecadeWord();

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
    ];

    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    private static void CollectCenturiesAndDecades(string s, List<Candidate> output)
    {
        foreach (Match m in OrdinalCentury().Matches(s))
        {
            var n = m.Groups["n"].Success
                ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
                : Array.FindIndex(OrdinalWords, w => w.Equals(m.Groups["w"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            if (n is < 1 or > 30)
            {
                continue;
            }

            var value = (n - 1).ToString("D2", CultureInfo.InvariantCulture);
            output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, _ => value, 7));
        }

        foreach (Match m in DecadeWord().Matches(s))
        {
            var decade = Array.IndexOf(DecadeWords, m.Groups["d"].Value.ToLowerInvariant()) + 2;
            output.Add(new Candidate(m.Index, m.Index + m.Length, TimexType.Date, ctx =>
            {
                var century = ctx.Dct.Year / 100 - (decade * 10 > ctx.Dct.Year % 100 ? 1 : 0);
                return (century * 10 + decade).ToString(CultureInfo.InvariantCulture);
            }, 7));
        }
    }
}
