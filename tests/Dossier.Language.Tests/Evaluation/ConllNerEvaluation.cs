using System.Text;
using Dossier.Core;
using Xunit.Abstractions;

namespace Dossier.Language.Tests.Evaluation;

/// <summary>
/// Scores the rule-based recogniser on CoNLL-2003 eng.testa (entity-level, exact span and type). Each document's
/// sentences become paragraphs of text with the tokens separated by spaces; our own tokenizer and splitter run on it.
/// </summary>
[Trait("Category", "Evaluation")]
public class ConllNerEvaluation(ITestOutputHelper output)
{
    private static EntityType? Parse(string tag) => tag switch
    {
        "PER" => EntityType.Person,
        "LOC" => EntityType.Location,
        "ORG" => EntityType.Organization,
        "MISC" => EntityType.Misc,
        _ => null,
    };

    private static IEnumerable<(string Text, HashSet<(int, int, EntityType)> Gold)> Documents(string path)
    {
        var sb = new StringBuilder();
        var gold = new HashSet<(int, int, EntityType)>();
        (int Start, int End, EntityType Type)? open = null;
        var sentenceHasTokens = false;
        void Close()
        {
            if (open is { } o)
            {
                gold.Add(o);
            }

            open = null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Close();
                if (sb.Length > 0)
                {
                    yield return (sb.ToString(), gold);
                }

                sb.Clear();
                gold = [];
                sentenceHasTokens = false;
                continue;
            }

            if (line.Length == 0)
            {
                Close();
                if (sentenceHasTokens)
                {
                    sb.Append("\n\n");
                }

                sentenceHasTokens = false;
                continue;
            }

            var columns = line.Split(' ');
            var token = columns[0];
            var tag = columns[^1];
            if (sentenceHasTokens)
            {
                sb.Append(' ');
            }

            var start = sb.Length;
            sb.Append(token);
            sentenceHasTokens = true;
            var type = tag.Length > 2 ? Parse(tag[2..]) : null;
            if (tag.StartsWith("I-", StringComparison.Ordinal) && open is { } o && o.Type == type)
            {
                open = (o.Start, sb.Length, o.Type);
            }
            else
            {
                Close();
                if (type is { } t)
                {
                    open = (start, sb.Length, t);
                }
            }
        }

        Close();
        if (sb.Length > 0)
        {
            yield return (sb.ToString(), gold);
        }
    }

    [SharedDataFact("conll2003")]
    public void Testa()
    {
        var path = Path.Combine(SharedData.Folder("conll2003")!, "eng.testa");
        int tp = 0, predicted = 0, goldCount = 0, spanOnly = 0;
        var perType = new Dictionary<EntityType, (int Tp, int Pred, int Gold)>();
        var errors = new List<string>();
        foreach (var (text, gold) in Documents(path))
        {
            var d = TestDocs.Create(text);
            TestDocs.Run(d, new DateOnly(1996, 8, 30));
            var predictions = d.Get(Layers.Entities).Select(e => (e.Start, e.End, e.Type)).ToHashSet();
            predicted += predictions.Count;
            goldCount += gold.Count;
            tp += predictions.Count(gold.Contains);
            var goldSpans = gold.Select(g => (g.Item1, g.Item2)).ToHashSet();
            spanOnly += predictions.Count(p => goldSpans.Contains((p.Start, p.End)));
            foreach (var g in gold.Where(g => !predictions.Contains(g)))
            {
                var p = predictions.FirstOrDefault(p => p.Start == g.Item1 && p.End == g.Item2);
                errors.Add(p != default ? $"TYPE {g.Item3}->{p.Type} '{text[g.Item1..g.Item2]}'" : $"MISS {g.Item3} '{text[g.Item1..g.Item2]}'");
            }

            foreach (var p in predictions.Where(p => !goldSpans.Contains((p.Start, p.End))))
            {
                errors.Add($"EXTRA {p.Type} '{text[p.Start..p.End]}'");
            }
            foreach (var type in Enum.GetValues<EntityType>())
            {
                var c = perType.GetValueOrDefault(type);
                perType[type] = (c.Tp + predictions.Count(p => p.Type == type && gold.Contains(p)), c.Pred + predictions.Count(p => p.Type == type), c.Gold + gold.Count(g => g.Item3 == type));
            }
        }

        var all = new Prf(tp, predicted, goldCount);
        output.WriteLine($"conll testa: {all}");
        output.WriteLine($"conll testa: spans regardless of type {new Prf(spanOnly, predicted, goldCount)}");
        foreach (var (type, c) in perType)
        {
            output.WriteLine($"conll testa {type}: {new Prf(c.Tp, c.Pred, c.Gold)}");
        }

        var dump = Environment.GetEnvironmentVariable("DOSSIER_EVAL_ERRORS");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllLines(Path.Combine(dump, "conll.errors.txt"), errors);
        }

        Assert.True(all.F1 >= 0.59, all.ToString());
    }
}
