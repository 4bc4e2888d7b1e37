using Dossier.Ingest.Evaluation;

namespace Dossier.Ingest.Tests;

/// <summary>A fact that runs only where the shared extraction-dev data sits beside the repository.</summary>
public sealed class ExtractionDevFactAttribute : FactAttribute
{
    public ExtractionDevFactAttribute()
    {
        if (ExtractionScorer.FindDataFolder(AppContext.BaseDirectory) is null)
        {
            Skip = "../shared/data/extraction-dev is absent";
        }
    }
}

/// <summary>
/// The corpus gate for main-text extraction (trafilatura's evaluation set, see eval/extraction/README.md).
/// The floors sit a little below the measured values (a noise margin), so a change that makes extraction
/// worse fails here while small shifts pass.
/// </summary>
[Trait("Category", "Evaluation")]
public sealed class ExtractionEvaluationTests
{
    private const double F1Floor = 0.925;
    private const double PrecisionFloor = 0.920;
    private const double RecallFloor = 0.927;

    [ExtractionDevFact]
    public async Task Extraction_dev_scores_stay_above_their_floors()
    {
        var data = ExtractionScorer.FindDataFolder(AppContext.BaseDirectory)!;

        var (total, pages) = await ExtractionScorer.RunAsync(data, Environment.ProcessorCount);

        Assert.Equal(990, pages.Count);
        Assert.True(total.F1 >= F1Floor, $"F1 {total.F1:0.000} fell below {F1Floor}");
        Assert.True(total.Precision >= PrecisionFloor, $"precision {total.Precision:0.000} fell below {PrecisionFloor}");
        Assert.True(total.Recall >= RecallFloor, $"recall {total.Recall:0.000} fell below {RecallFloor}");
    }

    [Fact]
    public void Scoring_counts_snippets_like_trafilatura()
    {
        var page = ExtractionScorer.Score("a.html", "https://a.example/", "First  paragraph\n\nSecond one", ["First paragraph", "Missing"], ["Second one", "Footer"], null);

        Assert.Equal(new ExtractionScore(1, 1, 1, 1), page.Score);
        Assert.Equal(["Missing"], page.Missed);
        Assert.Equal(["Second one"], page.Leaked);
    }
}
