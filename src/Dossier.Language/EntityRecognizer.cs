using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Rule-based named-entity recogniser: capitalised token sequences (with connectors such as "of", "de", "al-")
/// typed by cues — titles and roles before a name (PER), organisation head words (ORG), place prepositions,
/// place suffixes and a small gazetteer (LOC), demonyms (MISC) — and made consistent within the document (a bare
/// surname after a full name is the same person). Months, weekdays and sentence-initial common words are skipped.
/// </summary>
public sealed class EntityRecognizer : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Entities];

    private const int Strong = 3;
    private const int Weak = 1;

    private sealed class Candidate
    {
        public int First;
        public int Last; // inclusive token index
        public EntityType? StrongType;
        public EntityType? WeakType;
        public int WeakWeight = Weak;
        public bool NeedsConfirmation;
        public required string Key;
    }

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var headings = HeadingSpans(document);
        var candidates = new List<Candidate>();
        var t = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (t < tokens.Length && tokens[t].Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].End <= sentence.End)
            {
                t++;
            }

            if (t > first)
            {
                var titleCase = IsTitleCase(text, tokens, first, t) || InHeading(headings, sentence.Start);
                FindCandidates(text, tokens, first, t, titleCase, candidates);
            }
        }

        var entities = Resolve(text, tokens, candidates);
        document.Set(Layers.Entities, entities);
    }

    private static List<TextSpan> HeadingSpans(Document document)
    {
        var list = new List<TextSpan>();
        foreach (var block in document.Get(Layers.Blocks))
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Title)
            {
                list.Add(new TextSpan(block.Start, block.End));
            }
        }

        return list;
    }

    private static bool InHeading(List<TextSpan> headings, int position)
    {
        foreach (var h in headings)
        {
            if (h.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    // Headlines in Title Case: no final stop, and most longer words capitalised.
    private static bool IsTitleCase(string text, ImmutableArray<Token> tokens, int first, int end)
    {
        if (text[tokens[end - 1].Start] is '.' or '!' or '?' or '"' or '\u201D' or ':' or ',' or ';')
        {
            return false;
        }

        int words = 0, capitalised = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].End - tokens[i].Start > 3)
            {
                words++;
                if (char.IsUpper(text[tokens[i].Start]))
                {
                    capitalised++;
                }
            }
        }

        return words >= 3 && capitalised * 10 >= words * 8;
    }

    private static ReadOnlySpan<char> Word(string text, Token token)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        return span.Length > 1 && span[^1] == '.' ? span[..^1] : span;
    }

    private static bool In(System.Collections.Frozen.FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal static bool IsMonthOrWeekday(ReadOnlySpan<char> word) =>
        Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || Lexicon.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    private static bool IsCapitalised(string text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (word[0] is '\'' or '\u2019')
        {
            return false;
        }

        if (char.IsUpper(word[0]))
        {
            var bare = Word(text, token);
            if (bare.Length == 1 && bare[0] == 'I')
            {
                return false;
            }

            return !IsMonthOrWeekday(bare);
        }

        // al-Assad, el-Sisi, bin-Salman
        var hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 4 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && word[..hyphen] is "al" or "el" or "ad" or "as" or "ash" or "ar" or "an" or "abu" or "bin" or "ibn";
    }

    private static void FindCandidates(string text, ImmutableArray<Token> tokens, int first, int end, bool titleCase, List<Candidate> output)
    {
        var i = first;
        while (i < end)
        {
            if (!IsCapitalised(text, tokens[i]))
            {
                i++;
                continue;
            }

            // Extend over capitalised tokens and connectors followed by a capitalised token.
            var last = i;
            var hasOrgWord = In(Lexicon.OrgKeywords, Word(text, tokens[i]));
            var j = i + 1;
            while (j < end)
            {
                if (tokens[j].Start > tokens[j - 1].End && text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Contains('\n'))
                {
                    break;
                }

                if (IsCapitalised(text, tokens[j]))
                {
                    hasOrgWord |= In(Lexicon.OrgKeywords, Word(text, tokens[j]));
                    last = j;
                    j++;
                    continue;
                }

                var k = j;
                while (k < end && k < j + 2 && IsConnector(text, tokens[k], hasOrgWord))
                {
                    k++;
                }

                if (k > j && k < end && IsCapitalised(text, tokens[k]))
                {
                    j = k;
                    continue;
                }

                break;
            }

            ProcessRun(text, tokens, first, end, i, last, titleCase, output);
            i = last + 1;
        }
    }

    private static bool IsConnector(string text, Token token, bool hasOrgWord)
    {
        if (token.Kind == TokenKind.Symbol && text[token.Start] == '&')
        {
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.End - token.Start);
        if (word is "for" or "the" or "and" or "on")
        {
            return hasOrgWord && word is not "and";
        }

        return word.Length <= 5 && char.IsLower(word[0]) && In(Lexicon.NameConnectors, word);
    }

    private static int SentenceStart(string text, ImmutableArray<Token> tokens, int first, int i)
    {
        // The first word of the sentence, or the first word after an opening quote, dash, bracket or colon.
        var k = i - 1;
        while (k >= first && tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            var c = text[tokens[k].Start];
            var opensNext = tokens[k].End == tokens[k + 1].Start && (k == first || tokens[k - 1].End < tokens[k].Start);
            if (c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '(' or '[' || (c is '"' or '\'' && opensNext)
                || c is ':' or '\u2014' or '\u2013' or '-' or '\u2022' or '*')
            {
                return i;
            }

            k--;
        }

        return k < first ? i : -1;
    }

    private static void ProcessRun(string text, ImmutableArray<Token> tokens, int first, int end, int start, int last, bool titleCase, List<Candidate> output)
    {
        var initial = SentenceStart(text, tokens, first, start) == start;
        // Drop leading function words and, at the start of a sentence, common nouns.
        while (start <= last)
        {
            var w = Word(text, tokens[start]);
            if (In(Lexicon.FunctionWords, w) || (initial && In(Lexicon.CommonSentenceNouns, w)))
            {
                // The word after a dropped sentence opener ("But Officials") is still sentence-initial.
                start++;
                continue;
            }

            break;
        }

        // Drop trailing connectors left over.
        while (last >= start && !IsCapitalised(text, tokens[last]))
        {
            last--;
        }

        if (start > last)
        {
            return;
        }

        var before = start > first ? tokens[start - 1] : default;
        var hasBefore = start > first;

        // Demonym or nationality before a title or a name: "Kestrian Prime Minister Oriana Falk".
        if (last > start && IsDemonym(Word(text, tokens[start])) && !HasOrgWord(text, tokens, start + 1, last)
            && !In(Lexicon.PlaceSuffixes, Word(text, tokens[last])))
        {
            output.Add(new Candidate { First = start, Last = start, StrongType = EntityType.Misc, Key = Key(text, tokens, start, start) });
            start++;
            initial = false;
            hasBefore = true;
            before = tokens[start - 1];
        }

        // Titles: "President", "Foreign Minister", "Gen.", "Ms." before the name.
        var titleEnd = start;
        var sawHead = false;
        while (titleEnd <= last)
        {
            var w = Word(text, tokens[titleEnd]);
            if (In(Lexicon.PersonTitles, w))
            {
                sawHead = true;
                titleEnd++;
                continue;
            }

            if (In(Lexicon.TitleModifiers, w) && titleEnd < last)
            {
                titleEnd++;
                continue;
            }

            break;
        }

        if (sawHead && titleEnd > start)
        {
            if (titleEnd > last)
            {
                return;
            }

            // "President of the Council": what follows the connector is not the person.
            var k = titleEnd;
            while (k <= last && !IsCapitalised(text, tokens[k]))
            {
                k++;
            }

            if (k > titleEnd)
            {
                AddTyped(text, tokens, first, end, k, last, titleCase, false, output);
                return;
            }

            if (HasOrgWord(text, tokens, titleEnd, last))
            {
                AddTyped(text, tokens, first, end, titleEnd, last, titleCase, false, output);
                return;
            }

            output.Add(new Candidate { First = titleEnd, Last = last, StrongType = EntityType.Person, Key = Key(text, tokens, titleEnd, last) });
            return;
        }

        // A lower-case role right before: "spokesperson Lena Vos", "envoy Idris Halvorsen".
        if (hasBefore && before.Kind == TokenKind.Word && char.IsLower(text[before.Start]) && In(Lexicon.PersonTitles, Word(text, before))
            && !HasOrgWord(text, tokens, start, last) && !IsPlace(text, tokens, start, last))
        {
            output.Add(new Candidate { First = start, Last = last, StrongType = EntityType.Person, Key = Key(text, tokens, start, last) });
            return;
        }

        AddTyped(text, tokens, first, end, start, last, titleCase, initial, output);
    }

    private static bool HasOrgWord(string text, ImmutableArray<Token> tokens, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (In(Lexicon.OrgKeywords, Word(text, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlace(string text, ImmutableArray<Token> tokens, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (!In(Lexicon.Places, Word(text, tokens[k])) && !In(Lexicon.NameConnectors, Word(text, tokens[k])))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsDemonym(ReadOnlySpan<char> word)
    {
        if (In(Lexicon.Demonyms, word))
        {
            return true;
        }

        if (word.Length < 6 || !char.IsUpper(word[0]) || In(Lexicon.DemonymLikeNames, word) || IsAllCaps(word))
        {
            return false;
        }

        return word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ians", StringComparison.Ordinal);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    private static bool IsPlacePrefix(ReadOnlySpan<char> word) =>
        word is "Port" or "Mount" or "Mt" or "Lake" or "Fort" or "San" or "Santa" or "Saint" or "St" or "Cape" or "Gulf" or "Sierra" or "Costa" or "Puerto" or "Rio" or "Los" or "Las" or "Lower" or "Upper";

    private static bool HasPlaceSuffix(ReadOnlySpan<char> word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && !IsAllCaps(word)
        && (word.EndsWith("ia", StringComparison.Ordinal) || word.EndsWith("land", StringComparison.Ordinal)
            || word.EndsWith("stan", StringComparison.Ordinal) || word.EndsWith("burg", StringComparison.Ordinal)
            || word.EndsWith("grad", StringComparison.Ordinal) || word.EndsWith("ville", StringComparison.Ordinal));

    private static void AddTyped(string text, ImmutableArray<Token> tokens, int first, int end, int start, int last, bool titleCase, bool initial, List<Candidate> output)
    {
        var candidate = new Candidate { First = start, Last = last, Key = Key(text, tokens, start, last) };
        var single = start == last;
        var firstWord = Word(text, tokens[start]);
        var lastWord = Word(text, tokens[last]);
        var before = start > first ? Word(text, tokens[start - 1]) : [];
        var after = last + 1 < end ? tokens[last + 1] : default;
        var hasAfter = last + 1 < end;

        if (initial && IsAllCapsRun(text, tokens, start, last) && hasAfter && text[after.Start] == ':' && last - start <= 2)
        {
            // Transcript speaker label: "WALLACE: …"
            candidate.StrongType = EntityType.Person;
        }
        else if (initial && IsAllCapsRun(text, tokens, start, last) && hasAfter && (text[after.Start] == ',' || after.Kind == TokenKind.Number)
            && !In(Lexicon.OrgKeywords, lastWord) && (last > start || firstWord.Length >= 4 || In(Lexicon.Places, firstWord)))
        {
            // Dateline: "PORT ELENA, May 11".
            candidate.StrongType = EntityType.Location;
        }
        else if (single && IsAllCaps(firstWord) && firstWord.Length >= 2)
        {
            var whole = text.AsSpan(tokens[start].Start, tokens[start].End - tokens[start].Start);
            candidate.StrongType = In(Lexicon.Places, firstWord) || In(Lexicon.Places, whole) ? EntityType.Location : EntityType.Organization;
        }
        else if (HasOrgWord(text, tokens, start, last))
        {
            candidate.StrongType = In(Lexicon.PlaceSuffixes, lastWord) && !In(Lexicon.OrgKeywords, lastWord) ? EntityType.Location : EntityType.Organization;
        }
        else if (In(Lexicon.PlaceSuffixes, lastWord) && !single)
        {
            candidate.StrongType = EntityType.Location;
        }
        else if (IsPlace(text, tokens, start, last))
        {
            candidate.StrongType = EntityType.Location;
        }
        else if (single && IsDemonym(firstWord))
        {
            candidate.StrongType = EntityType.Misc;
        }
        else
        {
            if (hasAfter && IsAppositiveRole(text, tokens, last + 1, end))
            {
                candidate.StrongType = EntityType.Person;
            }
            else if (before.Length > 0 && In(Lexicon.PlacePrepositions, before))
            {
                candidate.WeakType = EntityType.Location;
                candidate.WeakWeight = Weak + 1;
            }
            else if (single && HasPlaceSuffix(firstWord))
            {
                candidate.WeakType = EntityType.Location;
            }
            else if (hasAfter && after.Kind == TokenKind.Word && In(Lexicon.CueVerbs, Word(text, after)) && char.IsLower(text[after.Start]))
            {
                candidate.WeakType = EntityType.Person;
            }
            else if (!single && IsPlacePrefix(firstWord))
            {
                candidate.StrongType = EntityType.Location;
            }

            if (single && HasPlaceSuffix(firstWord) && candidate.WeakType is null or EntityType.Location)
            {
                candidate.WeakType = EntityType.Location;
            }
        }

        // A capitalised word at the start of a sentence or in a Title Case headline must be confirmed elsewhere
        // unless it carries strong evidence.
        if ((initial && single && candidate.StrongType is null && candidate.WeakType is null) || (titleCase && candidate.StrongType is null))
        {
            candidate.NeedsConfirmation = true;
        }

        if (initial && single && candidate.StrongType is null)
        {
            if (In(Lexicon.FunctionWords, firstWord) || In(Lexicon.CommonSentenceNouns, firstWord)
                || firstWord.EndsWith("ing", StringComparison.Ordinal) || firstWord.EndsWith("ly", StringComparison.Ordinal)
                || firstWord.EndsWith("ed", StringComparison.Ordinal))
            {
                return;
            }
        }

        output.Add(candidate);
    }

    private static bool IsAllCapsRun(string text, ImmutableArray<Token> tokens, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (!IsAllCaps(Word(text, tokens[k])) && !In(Lexicon.NameConnectors, Word(text, tokens[k])))
            {
                return false;
            }
        }

        return true;
    }

    // ", a senior fellow", ", the foreign ministry spokesperson", ", VNN correspondent"
    private static bool IsAppositiveRole(string text, ImmutableArray<Token> tokens, int k, int end)
    {
        if (k >= end || text[tokens[k].Start] != ',')
        {
            return false;
        }

        for (var m = k + 1; m < end && m <= k + 5; m++)
        {
            var token = tokens[m];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var w = Word(text, token);
            if (char.IsLower(w[0]) && In(Lexicon.PersonTitles, w))
            {
                return true;
            }

            if (char.IsLower(w[0]) && In(Lexicon.CueVerbs, w))
            {
                return false;
            }
        }

        return false;
    }

    private static string Key(string text, ImmutableArray<Token> tokens, int start, int last) =>
        text[tokens[start].Start..tokens[last].End];

    private static ImmutableArray<EntityMention> Resolve(string text, ImmutableArray<Token> tokens, List<Candidate> candidates)
    {
        // Document-level votes per surface form, and surnames / given names of people.
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var personParts = new HashSet<string>(StringComparer.Ordinal);
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (!c.NeedsConfirmation)
            {
                confirmed.Add(c.Key);
            }

            if (!votes.TryGetValue(c.Key, out var v))
            {
                v = new int[4];
                votes[c.Key] = v;
            }

            if (c.StrongType is { } s)
            {
                v[(int)s] += Strong;
            }
            else if (c.WeakType is { } w)
            {
                v[(int)w] += c.WeakWeight;
            }

            if (c.StrongType == EntityType.Person && c.Last > c.First)
            {
                personParts.Add(text[tokens[c.Last].Start..tokens[c.Last].End]);
                personParts.Add(text[tokens[c.First].Start..tokens[c.First].End]);
            }
        }

        // Strong PER full names make their parts people too.
        foreach (var c in candidates)
        {
            if (c.Last > c.First && c.StrongType is null && c.WeakType == EntityType.Person
                && votes[c.Key][(int)EntityType.Person] > 0 && personParts.Contains(text[tokens[c.Last].Start..tokens[c.Last].End]))
            {
                personParts.Add(text[tokens[c.First].Start..tokens[c.First].End]);
            }
        }

        var builder = ImmutableArray.CreateBuilder<EntityMention>(candidates.Count);
        var lastEnd = -1;
        foreach (var c in candidates.OrderBy(c => tokens[c.First].Start))
        {
            var start = tokens[c.First].Start;
            var endPos = tokens[c.Last].End;
            if (start < lastEnd)
            {
                continue;
            }

            var isPersonPart = c.First == c.Last && personParts.Contains(c.Key);
            if (c.NeedsConfirmation && !confirmed.Contains(c.Key) && !isPersonPart)
            {
                continue;
            }

            EntityType type;
            if (c.StrongType is { } strong)
            {
                type = strong;
            }
            else if (isPersonPart)
            {
                type = EntityType.Person;
            }
            else
            {
                var v = votes[c.Key];
                var best = -1;
                var bestScore = 0;
                for (var k = 0; k < v.Length; k++)
                {
                    if (v[k] > bestScore)
                    {
                        best = k;
                        bestScore = v[k];
                    }
                }

                type = best >= 0 ? (EntityType)best : c.WeakType ?? DefaultType(text, tokens, c);
            }

            builder.Add(new EntityMention(start, endPos, type));
            lastEnd = endPos;
        }

        return builder.ToImmutable();
    }

    // Without any cue a capitalised name is most often a person (a surname, or given name and surname).
    private static EntityType DefaultType(string text, ImmutableArray<Token> tokens, Candidate c) =>
        c.First == c.Last && IsAllCaps(Word(text, tokens[c.First])) ? EntityType.Organization : EntityType.Person;
}
