using System.Globalization;
using System.Text;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Xunit.Abstractions;

namespace Dossier.Language.Tests.Evaluation;

/// <summary>
/// Scores the quote finder on PolNeAR (political news attributions, brat standoff) with the measures of issue 6.
/// A gold attribution is direct when its content contains a double quotation mark; a predicted quote is direct when
/// its <see cref="Quote.Direct"/> flag is set. A predicted content span matches a gold content when their overlap
/// covers at least half of BOTH spans (gold contents may be discontinuous: their parts are summed). Matching is
/// one-to-one, greedy by overlap. Reported: direct-quote P/R/F1, speaker accuracy on matched direct quotes (the
/// predicted speaker span overlaps the annotated Source), indirect-attribution P/R/F1, and all attributions together.
/// </summary>
[Trait("Category", "Evaluation")]
public class PolnearEvaluation(ITestOutputHelper output)
{
    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u00AB\u00BB\u201E");

    internal sealed record GoldAttribution(List<(int Start, int End)> Content, List<(int Start, int End)> Source, bool Direct)
    {
        public int Length => Content.Sum(r => r.End - r.Start);
    }

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
            var direct = content.Ranges.Any(range => text.AsSpan(range.Item1, range.Item2 - range.Item1).IndexOfAny(QuotationMarks) >= 0);
            result.Add(new GoldAttribution(content.Ranges, source, direct));
        }

        return result;
    }

    private static int Overlap(List<(int Start, int End)> a, int start, int end) =>
        a.Sum(r => Math.Max(0, Math.Min(r.End, end) - Math.Max(r.Start, start)));

    /// <summary>The issue's rule: the overlap covers at least half of the gold content and half of the prediction.</summary>
    internal static bool Matches(GoldAttribution gold, Quote q, out int overlap)
    {
        overlap = Overlap(gold.Content, q.Start, q.End);
        return overlap > 0 && overlap * 2 >= gold.Length && overlap * 2 >= q.End - q.Start;
    }

    internal sealed record Scores(Prf All, Prf Direct, Prf Indirect, int SpeakerCorrect, int SpeakerScored, List<string> Errors)
    {
        public double SpeakerAccuracy => SpeakerScored == 0 ? 0 : (double)SpeakerCorrect / SpeakerScored;
    }

    /// <summary>Greedy one-to-one matching of predictions to golds (largest overlap first); returns pairs.</summary>
    private static List<(int Pred, int Gold)> Match(IReadOnlyList<Quote> quotes, List<GoldAttribution> golds)
    {
        var candidates = new List<(int Overlap, int Pred, int Gold)>();
        for (var p = 0; p < quotes.Count; p++)
        {
            for (var g = 0; g < golds.Count; g++)
            {
                if (Matches(golds[g], quotes[p], out var overlap))
                {
                    candidates.Add((overlap, p, g));
                }
            }
        }

        candidates.Sort((x, y) => y.Overlap.CompareTo(x.Overlap));
        var usedPred = new bool[quotes.Count];
        var usedGold = new bool[golds.Count];
        var pairs = new List<(int, int)>();
        foreach (var (_, p, g) in candidates)
        {
            if (!usedPred[p] && !usedGold[g])
            {
                usedPred[p] = usedGold[g] = true;
                pairs.Add((p, g));
            }
        }

        return pairs;
    }

    // The stages the product runs before quotes (AnalysisPipeline), with the shipped NER model: the quote finder is
    // measured on the entities it gets in `dossier annotate` and `brief`.
    private static readonly IDocumentStage[] Stages = [new Tokenizer(), new SentenceSplitter(), new Dossier.Ner.NerEntityRecognizer(), new QuoteFinder()];

    internal static Scores Score(string folder, int maxDocuments = int.MaxValue, StringBuilder? predictions = null)
    {
        int allTp = 0, allPred = 0, allGold = 0, dTp = 0, dPred = 0, dGold = 0, iTp = 0, iPred = 0, iGold = 0, spkOk = 0, spkN = 0;
        var errors = new List<string>();
        foreach (var ann in Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal).Take(maxDocuments))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            var textPath = Path.Combine(folder, "text", name[..name.LastIndexOf('_')] + ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            var golds = ParseAnn(ann, text);
            var d = TestDocs.Create(text);
            foreach (var stage in Stages)
            {
                stage.Process(d, CancellationToken.None);
            }

            var quotes = d.Get(Layers.Quotes);
            predictions?.AppendLine(string.Join('\n', quotes.Select(q => FormattableString.Invariant(
                $"{name}\t{q.Start}\t{q.End}\t{(q.Direct ? 1 : 0)}\t{q.Speaker?.Start ?? -1}\t{q.Speaker?.End ?? -1}\t{q.Cue?.Start ?? -1}\t{q.Cue?.End ?? -1}"))));

            allPred += quotes.Length;
            allGold += golds.Count;
            allTp += Match(quotes, golds).Count;

            // Direct and indirect are scored separately, each prediction only against golds of its own kind.
            foreach (var direct in new[] { true, false })
            {
                var p = quotes.Where(q => q.Direct == direct).ToList();
                var g = golds.Where(x => x.Direct == direct).ToList();
                var pairs = Match(p, g);
                if (direct)
                {
                    (dTp, dPred, dGold) = (dTp + pairs.Count, dPred + p.Count, dGold + g.Count);
                }
                else
                {
                    (iTp, iPred, iGold) = (iTp + pairs.Count, iPred + p.Count, iGold + g.Count);
                }

                var kind = direct ? "D" : "I";
                foreach (var (pi, gi) in pairs)
                {
                    if (!direct || g[gi].Source.Count == 0)
                    {
                        continue;
                    }

                    spkN++;
                    if (p[pi].Speaker is { } sp && Overlap(g[gi].Source, sp.Start, sp.End) > 0)
                    {
                        spkOk++;
                    }
                    else
                    {
                        errors.Add($"SPEAKER {name}: gold '{Join(text, g[gi].Source)}' pred '{(p[pi].Speaker is { } s ? s.Slice(text) : "-")}' cue '{(p[pi].Cue is { } c ? c.Slice(text) : "-")}' for '{Clip(d.TextOf(p[pi]))}' @{p[pi].Start}");
                    }
                }

                foreach (var pi in Enumerable.Range(0, p.Count).Except(pairs.Select(x => x.Pred)))
                {
                    errors.Add($"EXTRA-{kind} {name}: '{Clip(d.TextOf(p[pi]))}' speaker '{(p[pi].Speaker is { } s ? s.Slice(text) : "-")}' @{p[pi].Start}");
                }

                foreach (var gi in Enumerable.Range(0, g.Count).Except(pairs.Select(x => x.Gold)))
                {
                    var near = p.Where(q => Overlap(g[gi].Content, q.Start, q.End) > 0).Select(q => $"'{Clip(d.TextOf(q))}'");
                    errors.Add($"MISS-{kind} {name}: '{Clip(Join(text, g[gi].Content))}' source '{Join(text, g[gi].Source)}' @{g[gi].Content[0].Start} overlapping: {string.Join(" ", near)}");
                }
            }
        }

        return new Scores(new Prf(allTp, allPred, allGold), new Prf(dTp, dPred, dGold), new Prf(iTp, iPred, iGold), spkOk, spkN, errors);
    }

    private static string Join(string text, List<(int Start, int End)> ranges) => string.Join(" || ", ranges.Select(r => text[r.Start..r.End]));

    private static string Clip(string s) => (s.Length <= 160 ? s : s[..160] + "…").ReplaceLineEndings("¶");

    private Scores Report(string split, int maxDocuments = int.MaxValue)
    {
        var dump = Environment.GetEnvironmentVariable("DOSSIER_EVAL_ERRORS");
        var predictions = string.IsNullOrEmpty(dump) ? null : new StringBuilder();
        var scores = Score(SharedData.Folder("polnear/" + split)!, maxDocuments, predictions);
        output.WriteLine($"polnear {split}: direct quotes {scores.Direct}");
        output.WriteLine(FormattableString.Invariant($"polnear {split}: speaker accuracy {scores.SpeakerAccuracy:0.000} ({scores.SpeakerCorrect}/{scores.SpeakerScored} matched direct quotes with a gold source)"));
        output.WriteLine($"polnear {split}: indirect attributions {scores.Indirect}");
        output.WriteLine($"polnear {split}: all attributions {scores.All}");
        if (!string.IsNullOrEmpty(dump))
        {
            // Every prediction (document, start, end, direct, speaker span, cue span) for offline error analysis.
            File.WriteAllText(Path.Combine(dump, $"polnear-{split}.predictions.tsv"), predictions!.ToString(), Encoding.UTF8);
            File.WriteAllLines(Path.Combine(dump, $"polnear-{split}.errors.txt"), scores.Errors.Order(StringComparer.Ordinal), Encoding.UTF8);
        }

        return scores;
    }

    [SharedDataFact("polnear/dev")]
    public void Dev()
    {
        var scores = Report("dev");

        // Pinned floors (measured minus a small noise margin): a regression gate, not the issue's targets.
        Assert.True(scores.Direct.F1 >= 0.86, "direct-quote F1 " + scores.Direct);
        Assert.True(scores.SpeakerAccuracy >= 0.915, "speaker accuracy");
        Assert.True(scores.Indirect.F1 >= 0.34, "indirect F1 " + scores.Indirect);
    }

    /// <summary>The training split, for development only (slow: 919 articles); runs when DOSSIER_EVAL_TRAIN is set.</summary>
    [SharedDataFact("polnear/train")]
    public void Train()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOSSIER_EVAL_TRAIN")))
        {
            output.WriteLine("set DOSSIER_EVAL_TRAIN=1 to score the training split");
            return;
        }

        Report("train");
    }
}
