using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Briefing;

/// <summary>
/// Simple, explainable quality signals of one source, relative to the other sources of the briefing. They are shown
/// next to the source and never used to drop or rank anything:
/// <list type="bullet">
/// <item>machine-translation artefacts: doubled words ("the the", "Lunde Lunde"); names the other sources capitalise
/// written in lower case; function words of another language left untranslated ("und", "les", "pero"); "the" and
/// "of" far denser than in the other sources ("the land of Valdoria is not a line of article on a bill of gas");</item>
/// <item>scraped boilerplate share: characters in regions cleanup excluded, over the text length;</item>
/// <item>garbled names: a spelling of an entity that only this source uses while other sources use the canonical
/// spelling, and that is a spelling variant (similar letters) rather than a shorter form of the name.</item>
/// </list>
/// </summary>
internal static partial class SourceQualityAssessor
{
    // Unambiguous function words of German, French, Spanish, Italian and Portuguese that do not occur in English text.
    private static readonly HashSet<string> ForeignFunctionWords = new(StringComparer.Ordinal)
    {
        "und", "nicht", "oder", "mit", "sich", "auch", "wurde", "werden", "les", "est", "pour", "avec", "dans", "sont",
        "une", "aux", "pero", "los", "las", "del", "por", "para", "como", "una", "sono", "della", "degli", "nella", "não", "também",
    };

    /// <summary>Ratio of "the"/"of" density to the other sources' median from which a note is written.</summary>
    public const double LiteralTranslationRatio = 1.4;

    // Words doubled on purpose in English.
    private static readonly HashSet<string> LegitimateDoubles = new(StringComparer.Ordinal) { "had", "that", "is", "very", "bye", "no", "ha" };

    /// <summary>"the" and "of" per 1,000 words of each source: literal translation from languages with articles and genitives inflates both.</summary>
    public static Dictionary<SourceDoc, double> FunctionWordRates(Corpus corpus)
    {
        var rates = new Dictionary<SourceDoc, double>();
        foreach (var source in corpus.Sources)
        {
            var words = 0;
            var hits = 0;
            foreach (var sentence in source.Sentences)
            {
                foreach (Match match in WordPattern().Matches(sentence.Text))
                {
                    words++;
                    if (match.Value is "the" or "The" or "of")
                    {
                        hits++;
                    }
                }
            }

            rates[source] = words == 0 ? 0 : 1000.0 * hits / words;
        }

        return rates;
    }

    public static SourceQuality Of(Corpus corpus, SourceDoc source, IReadOnlyDictionary<string, (int Lower, int Upper)> casing, IReadOnlyDictionary<SourceDoc, double> functionWordRates)
    {
        var document = source.Document;
        var text = document.Text;
        var excluded = document.Get(Layers.Excluded).Sum(r => Math.Max(0, Math.Min(r.End, text.Length) - Math.Max(0, r.Start)));
        var boilerplate = text.Length == 0 ? 0 : Math.Round((double)excluded / text.Length, 4);

        var words = 0;
        var doubled = 0;
        var foreign = 0;
        var lowerNames = new SortedSet<string>(StringComparer.Ordinal);
        var lowerNameCount = 0;
        var ownCasing = CasingOf(source);
        foreach (var sentence in source.Sentences)
        {
            string? previous = null;
            var first = true;
            foreach (Match match in WordPattern().Matches(sentence.Text))
            {
                var word = match.Value;
                var lower = word.ToLowerInvariant();
                words++;
                if (previous is not null && string.Equals(previous, lower, StringComparison.Ordinal) && !LegitimateDoubles.Contains(lower))
                {
                    doubled++;
                }

                if (!first && ForeignFunctionWords.Contains(word))
                {
                    foreign++;
                }

                // A name in lower case here that the other sources write only capitalised.
                if (!first && char.IsLower(word[0]) && casing.TryGetValue(lower, out var all) && ownCasing.TryGetValue(lower, out var own)
                    && all.Lower == own.Lower && all.Upper - own.Upper > 0)
                {
                    lowerNames.Add(lower);
                    lowerNameCount++;
                }

                previous = lower;
                first = false;
            }
        }

        var garbled = GarbledNames(corpus, source);
        var others = functionWordRates.Where(r => !ReferenceEquals(r.Key, source) && r.Value > 0).Select(r => r.Value).Order().ToList();
        double? ratio = others.Count < 2 ? null : Math.Round(functionWordRates[source] / others[others.Count / 2], 2);
        var artefacts = doubled + foreign + lowerNameCount;
        var rate = words == 0 ? 0 : Math.Round(1000.0 * artefacts / words, 2);
        var notes = new List<string>();
        if (doubled > 0)
        {
            notes.Add(Invariant($"{doubled} doubled word{(doubled == 1 ? "" : "s")}"));
        }

        if (lowerNameCount > 0)
        {
            notes.Add(Invariant($"names other sources capitalise written in lower case ({string.Join(", ", lowerNames)})"));
        }

        if (foreign > 0)
        {
            notes.Add(Invariant($"{foreign} function word{(foreign == 1 ? "" : "s")} of another language"));
        }

        if (ratio >= LiteralTranslationRatio)
        {
            notes.Add(Invariant($"'the' and 'of' {ratio:0.0} times as frequent as in the other sources (literal translation?)"));
        }

        if (boilerplate >= 0.2)
        {
            notes.Add(Invariant($"{boilerplate:P0} of the page is boilerplate"));
        }

        foreach (var name in garbled)
        {
            notes.Add(Invariant($"spells {name.Text} where other sources write {name.Canonical}"));
        }

        return new SourceQuality(words, doubled, lowerNameCount, foreign, rate, boilerplate, garbled, notes)
        {
            FunctionWordRatio = ratio,
        };
    }

    /// <summary>For every word that names an entity (a token of an entity name), lower-case and capitalised uses across the sources.</summary>
    public static Dictionary<string, (int Lower, int Upper)> Casing(Corpus corpus)
    {
        var total = new Dictionary<string, (int Lower, int Upper)>(StringComparer.Ordinal);
        var tokens = NameTokens(corpus);
        foreach (var source in corpus.Sources)
        {
            foreach (var (word, counts) in CasingOf(source, tokens))
            {
                var current = total.GetValueOrDefault(word);
                total[word] = (current.Lower + counts.Lower, current.Upper + counts.Upper);
            }
        }

        return total;
    }

    private static Dictionary<string, (int Lower, int Upper)> CasingOf(SourceDoc source, HashSet<string>? tokens = null)
    {
        var counts = new Dictionary<string, (int Lower, int Upper)>(StringComparer.Ordinal);
        foreach (var sentence in source.Sentences)
        {
            var first = true;
            foreach (Match match in WordPattern().Matches(sentence.Text))
            {
                var word = match.Value;
                var lower = word.ToLowerInvariant();
                if (!first && (tokens is null || tokens.Contains(lower)))
                {
                    var current = counts.GetValueOrDefault(lower);
                    counts[lower] = char.IsUpper(word[0]) ? (current.Lower, current.Upper + 1) : (current.Lower + 1, current.Upper);
                }

                first = false;
            }
        }

        return counts;
    }

    // Words of person names and one-word place and organisation names: "Harbour House" or "Institute for Security
    // Studies" are made of common words that other sources may rightly write in lower case.
    private static HashSet<string> NameTokens(Corpus corpus)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in corpus.Groups)
        {
            var words = WordPattern().Matches(group.Name).Select(m => m.Value).ToList();
            if (group.Type == EntityType.Person || (group.Type is EntityType.Location or EntityType.Organization && words.Count == 1))
            {
                foreach (var word in words)
                {
                    var lower = word.ToLowerInvariant();
                    if (word.Length >= 3 && char.IsUpper(word[0]) && !Dossier.Stories.Text.TextNormalizer.IsStopWord(lower))
                    {
                        tokens.Add(lower);
                    }
                }
            }
        }

        return tokens;
    }

    private static List<GarbledName> GarbledNames(Corpus corpus, SourceDoc source)
    {
        var id = source.Document.Id;
        var result = new List<GarbledName>();
        foreach (var group in corpus.Groups)
        {
            var documents = group.Aliases.SelectMany(a => a.DocumentIds).Distinct(StringComparer.Ordinal).Count();
            var canonical = group.Aliases.FirstOrDefault(a => string.Equals(a.Text, group.Name, StringComparison.Ordinal));
            if (documents < 2 || canonical is null || !canonical.DocumentIds.Any(d => !string.Equals(d, id, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var alias in group.Aliases)
            {
                if (alias.DocumentIds.Distinct(StringComparer.Ordinal).Count() != 1 || !string.Equals(alias.DocumentIds[0], id, StringComparison.Ordinal)
                    || IsShortForm(alias.Text, group.Name) || !IsSpellingVariant(alias.Text, group.Name))
                {
                    continue;
                }

                var mention = group.Mentions
                    .Where(m => string.Equals(m.DocumentId, id, StringComparison.Ordinal) && m.End <= source.Document.Text.Length
                                && string.Equals(source.Document.Text[m.Start..m.End], alias.Text, StringComparison.Ordinal))
                    .OrderBy(m => m.Start)
                    .FirstOrDefault();
                if (mention is not null)
                {
                    result.Add(new GarbledName(alias.Text, group.Name, new Citation(id, mention.Start, mention.End)));
                }
            }
        }

        return [.. result.OrderBy(g => g.At.Start)];
    }

    // "Lund" for "Petra Lund", "Mr Lund", or the same letters in another case are forms of the name, not garbling.
    private static bool IsShortForm(string alias, string name)
    {
        var aliasWords = WordPattern().Matches(alias).Select(m => m.Value.ToLowerInvariant()).ToList();
        var nameWords = WordPattern().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return aliasWords.Count == 0 || aliasWords.All(nameWords.Contains) || nameWords.All(aliasWords.Contains);
    }

    // Some word of the alias is within a third of its letters (edit distance) of a word of the name.
    private static bool IsSpellingVariant(string alias, string name)
    {
        var nameWords = WordPattern().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToList();
        foreach (Match match in WordPattern().Matches(alias))
        {
            var word = match.Value.ToLowerInvariant();
            // "Kestrian" for "Kestria" (a suffix added) is another form of the name, not a garbled spelling of it.
            if (word.Length >= 4 && nameWords.Any(n => !n.StartsWith(word, StringComparison.Ordinal) && !word.StartsWith(n, StringComparison.Ordinal)
                                                       && EditDistance.Between(n.AsSpan(), word.AsSpan()) <= Math.Max(1, Math.Max(n.Length, word.Length) / 3)))
            {
                return true;
            }
        }

        return false;
    }



    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'\u2019-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
