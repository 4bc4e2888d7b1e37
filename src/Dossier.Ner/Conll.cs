using System.Globalization;
using System.Text;

namespace Dossier.Ner;

/// <summary>A sentence of a CoNLL column file.</summary>
public sealed class ConllSentence
{
    internal ConllSentence(string[] tokens, string[] lines, NerLabel[]? gold)
    {
        Tokens = tokens;
        Lines = lines;
        Gold = gold;
    }

    /// <summary>The tokens (first column).</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The original lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The labels of the last column, when every line ends with an IOB tag (normalised to IOB2); else null.</summary>
    public IReadOnlyList<NerLabel>? Gold { get; }
}

/// <summary>A document of a CoNLL file: the sentences between two <c>-DOCSTART-</c> lines.</summary>
public sealed class ConllDocument
{
    internal ConllDocument(IReadOnlyList<ConllSentence> sentences) => Sentences = sentences;

    /// <summary>The sentences.</summary>
    public IReadOnlyList<ConllSentence> Sentences { get; }
}

/// <summary>
/// Reads CoNLL column files (token first, blank line between sentences). Documents start at <c>-DOCSTART-</c> lines;
/// a file without them (like the shared CoNLL-2003 copy) is split before each Reuters headline, found from the
/// dateline sentence that follows it ("BRUSSELS 1996-08-22").
/// </summary>
public static class ConllReader
{
    /// <summary>Reads a file into documents.</summary>
    public static IReadOnlyList<ConllDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads documents from a reader.</summary>
    public static IReadOnlyList<ConllDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        var layout = Parse(lines);
        var documents = new List<ConllDocument>();
        foreach (var doc in layout.Documents)
        {
            documents.Add(new ConllDocument(doc.Select(s => MakeSentence(lines, layout.Sentences[s])).ToArray()));
        }

        return documents;
    }

    internal static bool IsDocStart(string line) => line.StartsWith("-DOCSTART-", StringComparison.Ordinal);

    internal static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    internal static string FirstColumn(string line)
    {
        var span = line.AsSpan().TrimStart();
        var end = span.IndexOfAny(' ', '\t');
        return (end < 0 ? span : span[..end]).ToString();
    }

    internal static FileLayout Parse(List<string> lines)
    {
        var sentences = new List<(int First, int Count)>();
        var docStarts = new List<int>(); // sentence indexes that begin a document after a -DOCSTART- line
        var sawDocStart = false;
        var first = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var boundary = i == lines.Count || IsBlank(lines[i]) || IsDocStart(lines[i]);
            if (boundary)
            {
                if (first >= 0)
                {
                    sentences.Add((first, i - first));
                    first = -1;
                }

                if (i < lines.Count && IsDocStart(lines[i]))
                {
                    sawDocStart = true;
                    docStarts.Add(sentences.Count);
                }
            }
            else if (first < 0)
            {
                first = i;
            }
        }

        List<int> starts;
        if (sawDocStart)
        {
            starts = docStarts;
        }
        else
        {
            // Only short sentences can be datelines or bylines: build token lists for those alone.
            var tokens = sentences
                .Select(s => s.Count is >= 2 and <= 8 ? Enumerable.Range(s.First, s.Count).Select(l => FirstColumn(lines[l])).ToArray() : null)
                .ToList();
            starts = GuessDocumentStarts(tokens);
        }

        var documents = new List<List<int>>();
        starts = [.. starts.Where(s => s < sentences.Count).Distinct().Order()];
        if (starts.Count == 0 || starts[0] != 0)
        {
            starts.Insert(0, 0);
        }

        for (var d = 0; d < starts.Count; d++)
        {
            var end = d + 1 < starts.Count ? starts[d + 1] : sentences.Count;
            if (end > starts[d])
            {
                documents.Add([.. Enumerable.Range(starts[d], end - starts[d])]);
            }
        }

        return new FileLayout(sentences, documents);
    }

    /// <summary>
    /// Guesses where documents start in text without <c>-DOCSTART-</c>: before the headline that precedes a dateline
    /// sentence (a place name and an ISO date), and before a byline sitting between the two.
    /// </summary>
    internal static List<int> GuessDocumentStarts(IReadOnlyList<string[]?> sentences)
    {
        var starts = new List<int> { 0 };
        for (var s = 1; s < sentences.Count; s++)
        {
            if (sentences[s] is not { } dateline || !IsDateline(dateline))
            {
                continue;
            }

            var start = s - 1;
            if (start >= 1 && sentences[start] is { } byline && IsByline(byline))
            {
                start--;
            }

            if (start > starts[^1])
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    private static bool IsDateline(string[] tokens)
    {
        if (tokens.Length is < 2 or > 8)
        {
            return false;
        }

        var last = tokens[^1];
        return last.Length == 10 && last[4] == '-' && last[7] == '-' && char.IsDigit(last[0]) && char.IsDigit(last[9]) && char.IsUpper(tokens[0][0]);
    }

    private static bool IsByline(string[] tokens) =>
        tokens.Length is >= 2 and <= 4 && tokens.All(t => t.Length > 1 && char.IsUpper(t[0]) && t.Skip(1).Any(char.IsLower));

    private static ConllSentence MakeSentence(List<string> lines, (int First, int Count) sentence)
    {
        var tokens = new string[sentence.Count];
        var original = new string[sentence.Count];
        var gold = new NerLabel[sentence.Count];
        var hasGold = true;
        for (var k = 0; k < sentence.Count; k++)
        {
            var line = lines[sentence.First + k];
            original[k] = line;
            tokens[k] = FirstColumn(line);
            var trimmed = line.AsSpan().TrimEnd();
            var lastSpace = trimmed.LastIndexOfAny(' ', '\t');
            if (lastSpace < 0 || !NerLabels.TryParse(trimmed[(lastSpace + 1)..], out gold[k]))
            {
                hasGold = false;
            }
        }

        if (hasGold)
        {
            NerLabels.NormalizeToIob2(gold);
        }

        return new ConllSentence(tokens, original, hasGold ? gold : null);
    }

    internal sealed record FileLayout(List<(int First, int Count)> Sentences, List<List<int>> Documents);
}

/// <summary>Tags CoNLL column files: the contract of <c>dossier ner FILE</c>.</summary>
public static class ConllNer
{
    /// <summary>
    /// Reads a CoNLL column file (token first, blank line between sentences, <c>-DOCSTART-</c> lines kept and
    /// starting a new document) and writes every line back with the predicted IOB2 tag appended as the last column,
    /// space separated. Blank lines stay blank; <c>-DOCSTART-</c> lines get <c>O</c>.
    /// </summary>
    public static void TagFile(TextReader input, TextWriter output, NerModel model)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(model);
        var lines = new List<string>();
        while (input.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        var layout = ConllReader.Parse(lines);
        var tags = new NerLabel[lines.Count];
        var sources = new List<LineTokens>();
        foreach (var doc in layout.Documents)
        {
            sources.Clear();
            foreach (var s in doc)
            {
                var (first, count) = layout.Sentences[s];
                sources.Add(new LineTokens(lines, first, count));
            }

            model.Tag<LineTokens>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sources), (k, labels) =>
                labels.CopyTo(tags.AsSpan(layout.Sentences[doc[k]].First)));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (ConllReader.IsBlank(line))
            {
                output.WriteLine(line);
            }
            else
            {
                output.Write(line.AsSpan().TrimEnd());
                output.Write(' ');
                output.WriteLine(ConllReader.IsDocStart(line) ? "O" : tags[i].ToIob());
            }
        }
    }
}

/// <summary>The first column of consecutive lines, as tokens, without allocating strings.</summary>
internal readonly struct LineTokens(List<string> lines, int first, int count) : ITokenSource
{
    public int Count => count;

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var span = lines[first + index].AsSpan().TrimStart();
            var end = span.IndexOfAny(' ', '\t');
            return end < 0 ? span : span[..end];
        }
    }
}

/// <summary>Scores of one entity type (or all of them): exact span and type match, as conlleval counts.</summary>
public sealed record NerScore(string Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of an evaluation: overall and per-type entity scores and token accuracy.</summary>
public sealed record NerEvaluation(NerScore Overall, IReadOnlyList<NerScore> ByType, double TokenAccuracy)
{
    /// <summary>A conlleval-like table.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"accuracy {TokenAccuracy:F2}%; entities gold {Overall.Gold}, predicted {Overall.Predicted}, correct {Overall.Correct}");
        foreach (var s in ByType.Prepend(Overall))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{s.Type,-8} P {s.Precision,6:F2}  R {s.Recall,6:F2}  F1 {s.F1,6:F2}  ({s.Gold} gold, {s.Predicted} predicted)");
        }

        return sb.ToString();
    }
}

/// <summary>
/// conlleval-style evaluation: entities are maximal IOB2 spans (an I-X that does not continue an X starts one); a
/// predicted entity counts as correct when its span and type both match a gold entity.
/// </summary>
public sealed class ConllEvaluator
{
    private static readonly string[] TypeNames = ["PER", "LOC", "ORG", "MISC"];
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];
    private long _tokens;
    private long _tokensCorrect;

    /// <summary>Adds one sentence.</summary>
    public void Add(ReadOnlySpan<NerLabel> gold, ReadOnlySpan<NerLabel> predicted)
    {
        if (gold.Length != predicted.Length)
        {
            throw new ArgumentException("Gold and predicted sequences differ in length.", nameof(predicted));
        }

        var g = gold.ToArray();
        var p = predicted.ToArray();
        NerLabels.NormalizeToIob2(g);
        NerLabels.NormalizeToIob2(p);
        var goldSpans = Spans(g);
        var predictedSpans = Spans(p);
        foreach (var s in goldSpans)
        {
            _gold[s.Class]++;
        }

        foreach (var s in predictedSpans)
        {
            _predicted[s.Class]++;
            if (goldSpans.Contains(s))
            {
                _correct[s.Class]++;
            }
        }

        for (var i = 0; i < g.Length; i++)
        {
            _tokens++;
            if (g[i] == p[i])
            {
                _tokensCorrect++;
            }
        }
    }

    /// <summary>The scores so far.</summary>
    public NerEvaluation Result()
    {
        var byType = Enumerable.Range(0, 4).Select(c => new NerScore(TypeNames[c], _gold[c], _predicted[c], _correct[c])).ToArray();
        var overall = new NerScore("overall", _gold.Sum(), _predicted.Sum(), _correct.Sum());
        return new NerEvaluation(overall, byType, _tokens == 0 ? 0 : 100.0 * _tokensCorrect / _tokens);
    }

    /// <summary>Evaluates sentences of gold and predicted labels.</summary>
    public static NerEvaluation Evaluate(IEnumerable<(IReadOnlyList<NerLabel> Gold, IReadOnlyList<NerLabel> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var evaluator = new ConllEvaluator();
        foreach (var (gold, predicted) in sentences)
        {
            evaluator.Add(gold.ToArray(), predicted.ToArray());
        }

        return evaluator.Result();
    }

    /// <summary>
    /// Evaluates a tagged CoNLL file as conlleval reads it: the gold tag in the second-to-last column, the predicted
    /// tag in the last (the output of <see cref="ConllNer.TagFile"/> run on a file with gold tags).
    /// </summary>
    public static NerEvaluation Evaluate(TextReader tagged)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        var evaluator = new ConllEvaluator();
        var gold = new List<NerLabel>();
        var predicted = new List<NerLabel>();
        void Flush()
        {
            if (gold.Count > 0)
            {
                evaluator.Add(gold.ToArray(), predicted.ToArray());
                gold.Clear();
                predicted.Clear();
            }
        }

        while (tagged.ReadLine() is { } line)
        {
            if (ConllReader.IsBlank(line) || ConllReader.IsDocStart(line))
            {
                Flush();
                continue;
            }

            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 3 || !NerLabels.TryParse(columns[^2], out var g) || !NerLabels.TryParse(columns[^1], out var p))
            {
                throw new InvalidDataException($"Expected '... GOLD PREDICTED' columns, got: {line}");
            }

            gold.Add(g);
            predicted.Add(p);
        }

        Flush();
        return evaluator.Result();
    }

    private static HashSet<(int Start, int End, int Class)> Spans(NerLabel[] labels)
    {
        var spans = new HashSet<(int, int, int)>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NerLabel.O;
            if (start >= 0 && !label.IsInside())
            {
                spans.Add((start, i, labels[start].ClassIndex()));
                start = -1;
            }

            if (label.IsBegin())
            {
                start = i;
            }
        }

        return spans;
    }
}
