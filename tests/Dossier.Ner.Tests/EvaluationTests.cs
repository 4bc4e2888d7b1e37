namespace Dossier.Ner.Tests;

/// <summary>Quality gates on the committed model (models/ner.bin).</summary>
public class EvaluationTests
{
    private static readonly Lazy<NerModel> Committed = new(() => NerModel.Load(TestPaths.ModelPath));

    [ConllFact]
    [Trait("Category", "Evaluation")]
    public void Committed_model_reaches_the_dev_floor()
    {
        // Measured dev F1 of the committed model is in models/ner.md; the floor leaves a small margin.
        const double floor = 93.0;
        var tagged = new StringWriter();
        using (var reader = new StreamReader(Path.Combine(TestPaths.ConllDirectory, "eng.testa")))
        {
            ConllNer.TagFile(reader, tagged, Committed.Value);
        }

        var result = ConllEvaluator.Evaluate(new StringReader(tagged.ToString()));
        Assert.True(result.Overall.F1 >= floor, $"dev F1 {result.Overall.F1:F2} < {floor}\n{result}");
    }

    [Theory]
    [InlineData("news.conll", 90.0)]
    [InlineData("caps.conll", 75.0)]
    [InlineData("lower.conll", 60.0)]
    [InlineData("garbled.conll", 85.0)]
    public void Committed_model_passes_the_golden_robustness_sets(string file, double floor)
    {
        using var reader = new StreamReader(Path.Combine(TestPaths.GoldenDirectory, file));
        var tagged = new StringWriter();
        ConllNer.TagFile(reader, tagged, Committed.Value);
        var result = ConllEvaluator.Evaluate(new StringReader(tagged.ToString()));
        Assert.True(result.Overall.F1 >= floor, $"{file}: F1 {result.Overall.F1:F2} < {floor}\n{result}\n{tagged}");
    }

    [Fact]
    public void Committed_model_tags_raw_web_text_through_the_stage()
    {
        const string text = "\u201CWe will not leave the Zaporizhzhia region,\u201D said President Zelenskyy in Kyiv on Friday. " +
            "The European Union and NATO promised more help, officials in Brussels said.";
        var document = StageTests.Tokenized(text);
        new NerEntityRecognizer(Committed.Value).Process(document, CancellationToken.None);
        var found = document.Get(Dossier.Core.Layers.Entities).Select(e => (document.TextOf(e), e.Type)).ToList();
        Assert.Contains(("Zelenskyy", Dossier.Core.EntityType.Person), found);
        Assert.Contains(("Kyiv", Dossier.Core.EntityType.Location), found);
        Assert.Contains(("Zaporizhzhia", Dossier.Core.EntityType.Location), found);
        Assert.Contains(("European Union", Dossier.Core.EntityType.Organization), found);
        Assert.Contains(("NATO", Dossier.Core.EntityType.Organization), found);
        Assert.Contains(("Brussels", Dossier.Core.EntityType.Location), found);
    }

    [Fact]
    public void Committed_model_loads_fast_and_is_current()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = NerModel.Load(TestPaths.ModelPath);
        clock.Stop();
        Assert.True(model.FeatureCount > 1000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"load took {clock.Elapsed}"); // target < 1 s; generous for loaded CI machines
    }
}
