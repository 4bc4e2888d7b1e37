using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests;

public class PipelineBuilderTests
{
    [Fact]
    public void Build_rejects_a_stage_whose_requirement_nothing_provides()
    {
        var builder = new PipelineBuilder().Use(new WholeTextSentence());

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);

        Assert.Contains("whole-sentence", error.Message, StringComparison.Ordinal);
        Assert.Contains("tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_stages_in_the_wrong_order()
    {
        var builder = new PipelineBuilder().Use(new WholeTextSentence()).Use(new WhitespaceTokens());

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void Build_accepts_requirements_declared_as_given_by_the_input()
    {
        var pipeline = new PipelineBuilder().Given(Layers.Tokens).Use(new WholeTextSentence()).Build();

        Assert.Single(pipeline.Stages);
        Assert.Contains(Layers.Tokens, pipeline.Given);
    }

    [Fact]
    public void Build_rejects_duplicate_stage_names()
    {
        var builder = new PipelineBuilder().Use(new WhitespaceTokens()).Use(new WhitespaceTokens());

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void Built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder().Use(new WhitespaceTokens());
        var pipeline = builder.Build();

        builder.Use(new WholeTextSentence()).OnError(ErrorPolicy.Fail);

        Assert.Single(pipeline.Stages);
        Assert.Equal(ErrorPolicy.RecordAndContinue, pipeline.Policy);
    }
}
