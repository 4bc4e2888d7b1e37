using System.Globalization;
using Dossier.Core;
using Xunit.Abstractions;

namespace Dossier.Language.Tests.Evaluation;

/// <summary>
/// Scores the quote finder on PolNeAR (political news attributions, brat standoff): a predicted quote matches a
/// gold attribution content when they share at least half of the shorter one's characters (quote marks and
/// edge punctuation ignored). Reports detection P/R/F1 for all attributions and for direct (quoted) ones, exact
/// content matches, and speaker accuracy (predicted speaker overlaps the gold source) over matched pairs.
/// </summary>
[Trait("Category", "Evaluation")]
public class PolnearEvaluation(ITestOutputHelper output)
{
    internal sealed record GoldAttribution(List<(int Start, int End)> Content, List<(int Start, int End)> Source, bool Direct);

    internal static List<GoldAttribution> ParseAnn(string path, string text)
    {
        var spans = new Dictionary<string, (string Kind, List<(int, int)> Ranges)>(StringComparer.Ordinal);
        var relations = new List<Dictionary<string, string>>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            if (parts[0].StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                var ranges = head[1].Split(';').Select(r =>
                {
                    var se = r.Split(' ');
                    return (int.Parse(se[0], CultureInfo.InvariantCulture), int.Parse(se[1], CultureInfo.InvariantCulture));
                }).ToList();
                spans[parts[0]] = (head[0], ranges);
            }
            else if (parts[0].StartsWith('E'))
            {
                relations.Add(parts[1].Split(' ').Select(p => p.Split(':')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal));
            }
        }

        var result = new List<GoldAttribution>();
        foreach (var r in relations)
        {
            if (!r.TryGetValue("Content", out var c) || !spans.TryGetValue(c, out var content))
            {
                continue;
            }

            var source = r.TryGetValue("Source", out var s) && spans.TryGetValue(s, out var src) ? src.Ranges : [];
            var first = content.Ranges[0];
            var direct = first.Item1 < text.Length && text[first.Item1] is '"' or '\u201C' or '\u2018';
            result.Add(new GoldAttribution(content.Ranges, source, direct));
        }

        return result;
    }

    private static int Overlap(List<(int Start, int End)> a, int start, int end) =>
        a.Sum(r => Math.Max(0, Math.Min(r.End, end) - Math.Max(r.Start, start)));

    private static int Length(List<(int Start, int End)> a) => a.Sum(r => r.End - r.Start);

    internal sealed record Scores(Prf All, Prf Direct, int ExactContent, int SpeakerCorrect, int SpeakerScored, List<string> Errors)
    {
        public int DirectGoldFound { get; init; }
    }

    internal static Scores Score(string folder)
    {
        int tp = 0, pred = 0, gold = 0, dTp = 0, dGoldFound = 0, dPred = 0, dGold = 0, exact = 0, spkOk = 0, spkN = 0;
        var errors = new List<string>();
        foreach (var ann in Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            var textName = name[..name.LastIndexOf('_')] + ".txt";
            var textPath = Path.Combine(folder, "text", textName);
            if (!File.Exists(textPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            var golds = ParseAnn(ann, text);
            var d = TestDocs.Create(text);
            TestDocs.Run(d, new DateOnly(2016, 10, 1));
            var quotes = d.Get(Layers.Quotes);
            pred += quotes.Length;
            gold += golds.Count;
            dPred += quotes.Count(q => q.Direct);
            dGold += golds.Count(g => g.Direct);
            var used = new bool[golds.Count];
            foreach (var q in quotes)
            {
                var best = -1;
                var bestOverlap = 0;
                for (var i = 0; i < golds.Count; i++)
                {
                    if (used[i])
                    {
                        continue;
                    }

                    var overlap = Overlap(golds[i].Content, q.Start, q.End);
                    var shorter = Math.Min(Length(golds[i].Content), q.End - q.Start);
                    if (overlap * 2 >= shorter && overlap > bestOverlap)
                    {
                        best = i;
                        bestOverlap = overlap;
                    }
                }

                if (best < 0)
                {
                    errors.Add($"EXTRA {name}: {(q.Direct ? "D" : "I")} '{Clip(d.TextOf(q))}'");
                    continue;
                }

                used[best] = true;
                var g = golds[best];
                tp++;
                if (q.Direct)
                {
                    dTp++; // a direct prediction that matches an attribution
                }

                if (g.Direct)
                {
                    dGoldFound++;
                }

                var goldText = string.Join(" ", g.Content.Select(r => text[r.Start..r.End])).Trim(' ', '"', '\u201C', '\u201D', '\u2018', '\u2019', ',', '.');
                if (d.TextOf(q).Trim(' ', '"', ',', '.').Equals(goldText, StringComparison.Ordinal))
                {
                    exact++;
                }

                if (g.Source.Count > 0)
                {
                    spkN++;
                    if (q.Speaker is { } sp && Overlap(g.Source, sp.Start, sp.End) > 0)
                    {
                        spkOk++;
                    }
                    else
                    {
                        var goldSource = string.Join(" ", g.Source.Select(r => text[r.Start..r.End]));
                        errors.Add($"SPEAKER {name}: gold '{goldSource}' pred '{(q.Speaker is { } s ? s.Slice(text) : "-")}' for '{Clip(d.TextOf(q))}'");
                    }
                }
            }

            for (var i = 0; i < golds.Count; i++)
            {
                if (!used[i])
                {
                    errors.Add($"MISS {name}: {(golds[i].Direct ? "D" : "I")} '{Clip(string.Join(" ", golds[i].Content.Select(r => text[r.Start..r.End])))}'");
                }
            }
        }

        return new Scores(new Prf(tp, pred, gold), new Prf(dTp, dPred, dGold), exact, spkOk, spkN, errors) { DirectGoldFound = dGoldFound };
    }

    private static string Clip(string s) => s.Length <= 100 ? s.ReplaceLineEndings(" ") : s[..100].ReplaceLineEndings(" ") + "…";

    [SharedDataFact("polnear/dev")]
    public void Dev()
    {
        var scores = Score(SharedData.Folder("polnear/dev")!);
        output.WriteLine($"polnear dev: all attributions {scores.All}");
        output.WriteLine(FormattableString.Invariant(
            $"polnear dev: direct quotes: precision {scores.Direct.Precision:0.000} ({scores.Direct.TruePositives}/{scores.Direct.Predicted} match an attribution), recall {(double)scores.DirectGoldFound / Math.Max(1, scores.Direct.Gold):0.000} ({scores.DirectGoldFound}/{scores.Direct.Gold} quoted gold contents found)"));
        output.WriteLine(FormattableString.Invariant(
            $"polnear dev: exact content {(double)scores.ExactContent / Math.Max(1, scores.All.TruePositives):0.000}, speaker accuracy {(double)scores.SpeakerCorrect / Math.Max(1, scores.SpeakerScored):0.000} over {scores.SpeakerScored} matched with a gold source"));
        var dump = Environment.GetEnvironmentVariable("DOSSIER_EVAL_ERRORS");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllLines(Path.Combine(dump, "polnear.errors.txt"), scores.Errors);
        }

        // Pinned floors (measured minus a small noise margin).
        Assert.True(scores.All.F1 >= 0.55, scores.All.ToString());
        Assert.True((double)scores.DirectGoldFound / scores.Direct.Gold >= 0.95, "direct quote recall");
        Assert.True((double)scores.SpeakerCorrect / scores.SpeakerScored >= 0.75, "speaker accuracy");
    }
}
