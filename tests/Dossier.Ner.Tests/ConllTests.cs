namespace Dossier.Ner.Tests;

public class ConllTests
{
    [Fact]
    public void TagFile_keeps_every_line_and_appends_one_tag()
    {
        var input = string.Join('\n',
            "-DOCSTART- -X- O O",
            "",
            "Peter NNP B-NP B-PER",
            "Blackburn NNP I-NP I-PER",
            "",
            "",
            "London NNP B-NP B-LOC",
            ". . O O   ",
            "-DOCSTART- -X- O O",
            "",
            "Siemens",
            "said",
            "");
        var output = new StringWriter();
        ConllNer.TagFile(new StringReader(input), output, TinyModel.Model);
        var inLines = input.Split('\n');
        var outLines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(inLines.Length, outLines.Length); // both end with a line break
        for (var i = 0; i < inLines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(inLines[i]))
            {
                Assert.True(string.IsNullOrWhiteSpace(outLines[i]));
                continue;
            }

            Assert.StartsWith(inLines[i].TrimEnd() + " ", outLines[i]);
            var tag = outLines[i][(inLines[i].TrimEnd().Length + 1)..];
            Assert.True(NerLabels.TryParse(tag, out _), tag);
        }

        Assert.Equal("-DOCSTART- -X- O O O", outLines[0]);
    }

    [Fact]
    public void Docstart_lines_split_documents()
    {
        var input = "-DOCSTART- -X- O O\n\nA O\n\nB O\n-DOCSTART- -X- O O\n\nC O\n";
        var docs = ConllReader.Read(new StringReader(input));
        Assert.Equal(2, docs.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal("C", docs[1].Sentences[0].Tokens[0]);
    }

    [Fact]
    public void Without_docstart_documents_start_at_the_headline_before_a_dateline()
    {
        var input = string.Join('\n',
            "EU B-ORG", "rejects O", "", "Peter B-PER", "Blackburn I-PER", "", "BRUSSELS B-LOC", "1996-08-22 O", "", "Text O", ".", "",
            "SOCCER O", "- O", "RESULTS O", "", "LONDON B-LOC", "1996-08-30 O", "", "More O", "");
        var docs = ConllReader.Read(new StringReader(input));
        Assert.Equal(2, docs.Count);
        Assert.Equal(4, docs[0].Sentences.Count);
        Assert.Equal("SOCCER", docs[1].Sentences[0].Tokens[0]);
        Assert.Null(docs[0].Sentences[3].Gold); // "." has no tag column
        Assert.Equal([NerLabel.BPer, NerLabel.IPer], docs[0].Sentences[1].Gold!);
    }

    [Fact]
    public void Evaluator_counts_exact_span_and_type_matches()
    {
        NerLabel[] gold = [NerLabel.BPer, NerLabel.IPer, NerLabel.O, NerLabel.BLoc, NerLabel.O, NerLabel.BOrg];
        NerLabel[] predicted = [NerLabel.BPer, NerLabel.IPer, NerLabel.O, NerLabel.BOrg, NerLabel.O, NerLabel.BOrg, ];
        var evaluator = new ConllEvaluator();
        evaluator.Add(gold, predicted);
        evaluator.Add([NerLabel.BMisc, NerLabel.IMisc], [NerLabel.BMisc, NerLabel.O]);
        var result = evaluator.Result();
        Assert.Equal(4, result.Overall.Gold);
        Assert.Equal(4, result.Overall.Predicted);
        Assert.Equal(2, result.Overall.Correct);
        Assert.Equal(50, result.Overall.F1, 6);
        var per = result.ByType.Single(s => s.Type == "PER");
        Assert.Equal(100, per.F1, 6);
        var loc = result.ByType.Single(s => s.Type == "LOC");
        Assert.Equal(0, loc.Recall, 6);
        var org = result.ByType.Single(s => s.Type == "ORG");
        Assert.Equal(50, org.Precision, 6);
        Assert.Equal(100, org.Recall, 6);
    }

    [Fact]
    public void Evaluator_reads_tagged_files_like_conlleval()
    {
        var tagged = "-DOCSTART- -X- O O O\n\nPeter NNP B-PER B-PER\nSmith NNP I-PER I-PER\nin IN O O\nParis NNP B-LOC B-ORG\n\nBonn NNP I-LOC I-LOC\n";
        var result = ConllEvaluator.Evaluate(new StringReader(tagged));
        Assert.Equal(3, result.Overall.Gold);
        Assert.Equal(2, result.Overall.Correct); // IOB1-style I-LOC after a blank line opens an entity
        Assert.Contains("PER", result.ToString(), StringComparison.Ordinal);
    }
}

public class TrainingOptionsTests
{
    [Fact]
    public void Options_resolve_the_conll_folder_from_the_data_root_or_the_folder_itself()
    {
        var root = Path.Combine(Path.GetTempPath(), "dossier-ner-options-" + Environment.ProcessId);
        var conll = Path.Combine(root, "conll2003");
        Directory.CreateDirectory(conll);
        Directory.CreateDirectory(Path.Combine(root, "gazetteers"));
        File.WriteAllText(Path.Combine(conll, "eng.train"), "A O\n");
        var fromRoot = NerTrainingOptions.FromDataDirectory(root, "clusters.tsv");
        var fromConll = NerTrainingOptions.FromDataDirectory(conll, "clusters.tsv");
        Assert.Equal(conll, fromRoot.DataDirectory);
        Assert.Equal(conll, fromConll.DataDirectory);
        Assert.Equal(Path.GetFullPath(Path.Combine(root, "gazetteers")), fromRoot.GazetteerDirectory);
        Assert.Equal(fromRoot.GazetteerDirectory, fromConll.GazetteerDirectory);
        Assert.Equal("clusters.tsv", fromRoot.ClusterFile);
        Assert.Equal(20, fromRoot.Epochs);
        Assert.Equal(15, fromRoot.SecondStageEpochs);
    }

    [Fact]
    public void Training_reports_progress_per_epoch_with_dev_f1()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dossier-ner-progress-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "eng.train"), TinyModel.TrainingText(2));
        File.WriteAllText(Path.Combine(dir, "eng.testa"), TinyModel.TrainingText(1));
        var reports = new List<NerTrainingProgress>();
        var model = NerTrainer.Train(
            new NerTrainingOptions { DataDirectory = dir, Epochs = 3, SecondStageEpochs = 2, Folds = 2 },
            new SyncProgress(reports.Add));
        var stage1 = reports.Where(r => r.Stage == "stage1" && r.Epoch > 0).ToList();
        Assert.Equal([1, 2, 3], stage1.Select(r => r.Epoch));
        Assert.All(stage1, r => Assert.NotNull(r.DevF1));
        Assert.Equal(2, reports.Count(r => r.Stage == "stage2" && r.Epoch > 0));
        Assert.True(model.IsTwoStage);
        Assert.Contains("dev F1", model.Description, StringComparison.Ordinal);
    }

    private sealed class SyncProgress(Action<NerTrainingProgress> report) : IProgress<NerTrainingProgress>
    {
        public void Report(NerTrainingProgress value) => report(value);
    }
}
