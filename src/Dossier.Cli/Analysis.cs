using Dossier.Core;
using Dossier.Engine;

namespace Dossier.Cli;

/// <summary>Runs a batch with progress and error reporting, handing each good document to a callback.</summary>
internal static class Analysis
{
    /// <summary>Analyses <paramref name="inputs"/>; returns the number of failed inputs.</summary>
    public static Task<int> RunAsync(
        string description,
        IReadOnlyList<string> inputs,
        DossierOptions options,
        Func<Document, Task> onDocument,
        CancellationToken cancellationToken)
    {
        var analyzer = new BatchAnalyzer(options);
        return ProgressBar.RunAsync(description, ProgressBar.EstimateInputs(inputs), async bar =>
        {
            var failures = 0;
            await foreach (var item in analyzer.AnalyseAsync(inputs, cancellationToken: cancellationToken))
            {
                if (Report.Problem(item))
                {
                    failures++;
                }

                if (item is AnalysedDocument { Outcome.Skipped: false } analysed)
                {
                    await onDocument(analysed.Outcome.Document);
                }

                bar.Advance();
            }

            return failures;
        });
    }
}
