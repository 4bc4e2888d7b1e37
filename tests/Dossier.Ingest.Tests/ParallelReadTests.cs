using Dossier.Core;

namespace Dossier.Ingest.Tests;

/// <summary>Reading with several workers gives exactly what reading with one gives, in the same order.</summary>
public sealed class ParallelReadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    public async Task Parallel_reading_keeps_input_order_and_failures_in_place(int parallelism)
    {
        var inputs = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            // Every seventh input is bad; pages and plain text alternate so the work per item differs.
            inputs.Add(i % 7 == 3
                ? _folder.File($"bad-{i:00}.txt", "")
                : i % 2 == 0
                    ? _folder.File($"page-{i:00}.html", $"<html><body><article><p>Report number {i} says the ferry talks resumed on Tuesday, after a long night of negotiations in the port.</p></article></body></html>")
                    : _folder.File($"note-{i:00}.txt", $"Note number {i}: the union and the operator will meet again next week."));
        }

        inputs.Add(inputs[5]); // named twice: read once
        inputs.Add(Path.Combine(_folder.Path, "missing.txt"));

        var sequential = await ReadAsync(inputs, 1);
        var parallel = await ReadAsync(inputs, parallelism);

        Assert.Equal(sequential, parallel);
        Assert.Equal(41, parallel.Count);
        Assert.Equal(7, parallel.Count(p => p.StartsWith("FAIL", StringComparison.Ordinal))); // six empty files and the missing one
        Assert.StartsWith("FAIL " + Path.Combine(_folder.Path, "missing.txt"), parallel[^1], StringComparison.Ordinal);
    }

    private static async Task<List<string>> ReadAsync(IEnumerable<string> inputs, int parallelism)
    {
        var items = new List<string>();
        await foreach (var item in new ArticleReader(new IngestOptions()).ReadAsync(inputs, parallelism))
        {
            items.Add(item switch
            {
                IngestedDocument d => $"DOC {d.Document.Metadata.Source} {d.Document.Id} {d.Document.Text}",
                IngestFailure f => $"FAIL {f.Failure.Source}: {f.Failure.Reason}",
                _ => throw new InvalidOperationException(item.GetType().Name),
            });
        }

        return items;
    }
}
