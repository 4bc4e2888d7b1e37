using System.Globalization;
using Dossier.Stories.Claims;
using Xunit.Abstractions;

namespace Dossier.Stories.Tests;

/// <summary>
/// The claim matcher on the MSR paraphrase training pairs: cross-validated scores of the training routine and
/// floors for the shipped model. With DOSSIER_TRAIN_CLAIMS=1 it also rewrites the shipped model file
/// (src/Dossier.Stories/Claims/claim-matcher.model). Skips when ../shared/data/msrp is absent.
/// </summary>
[Trait("Category", "Evaluation")]
public class ClaimMatcherEvaluation(ITestOutputHelper output)
{
    private static string F(ClaimScores s) => string.Create(CultureInfo.InvariantCulture, $"P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000} accuracy {s.Accuracy:0.000} on {s.Pairs} pairs");

    [Fact]
    public void Training_cross_validates_above_the_published_baseline_and_the_shipped_model_matches()
    {
        var path = MsrpEvaluation.FindShared(Path.Combine("data", "msrp", "msr_paraphrase_train.original.txt"));
        if (path is null)
        {
            output.WriteLine("skipped: ../shared/data/msrp is absent (set DOSSIER_SHARED to the shared folder)");
            return;
        }

        using var reader = new StreamReader(path);
        var pairs = ClaimPairs.Read(reader);
        Assert.Equal(4076, pairs.Count);
        var result = ClaimMatcherTraining.Train(pairs);
        output.WriteLine($"10-fold cross-validation: {F(result.CrossValidated)} at threshold {result.Matcher.Threshold.ToString(CultureInfo.InvariantCulture)}");
        for (var i = 0; i < ClaimFeatures.Names.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ClaimFeatures.Names[i],-24} {result.Matcher.Weights[i],8:0.000}"));
        }

        if (Environment.GetEnvironmentVariable("DOSSIER_TRAIN_CLAIMS") == "1")
        {
            var target = Path.Combine(RepositoryRoot(), "src", "Dossier.Stories", "Claims", "claim-matcher.model");
            using var writer = new StreamWriter(target) { NewLine = "\n" };
            result.Matcher.Write(writer);
            output.WriteLine($"wrote {target}");
        }

        // Floors a little under the measured cross-validated values.
        Assert.True(result.CrossValidated.Accuracy >= 0.74, F(result.CrossValidated));
        Assert.True(result.CrossValidated.F1 >= 0.81, F(result.CrossValidated));

        var shipped = ClaimMatcherTraining.Evaluate(ClaimMatcher.Default, pairs);
        output.WriteLine($"shipped model on the training pairs (not held out): {F(shipped)}");
        Assert.True(shipped.Accuracy >= 0.77 && shipped.F1 >= 0.83, F(shipped));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Dossier.Stories")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
