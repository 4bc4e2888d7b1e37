using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests;

public class ErrorPolicyTests
{
    private static DocumentPipeline Build(ErrorPolicy policy, FailsOn failing) =>
        new PipelineBuilder().Use(failing).Use(new WholeTextSentence()).OnError(policy).Build();

    [Fact]
    public void Fail_policy_throws_naming_stage_and_document()
    {
        var pipeline = Build(ErrorPolicy.Fail, new FailsOn("BAD", Layers.Tokens));

        var error = Assert.Throws<PipelineException>(() => pipeline.Run(Docs.Make("a BAD text", "news/a.txt")));

        Assert.Equal("fails-on-BAD", error.Error.Stage);
        Assert.Equal("news/a.txt", error.Error.DocumentSource);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Skip_policy_marks_the_document_skipped_and_stops_its_stages()
    {
        var pipeline = Build(ErrorPolicy.SkipDocument, new FailsOn("BAD", Layers.Tokens));

        var outcome = pipeline.Run(Docs.Make("a BAD text"));

        Assert.True(outcome.Skipped);
        Assert.Single(outcome.Errors);
        Assert.False(outcome.Document.Has(Layers.Sentences));
    }

    [Fact]
    public void Record_policy_skips_only_stages_that_depend_on_the_failure()
    {
        var independent = new FailsOn("never-there", Layers.Sentences);
        var pipeline = new PipelineBuilder()
            .Use(new FailsOn("BAD", Layers.Tokens))
            .Use(new WholeTextSentence())
            .Build();
        var second = new PipelineBuilder()
            .Use(new FailsOn("BAD", Layers.Tokens))
            .Use(independent)
            .OnError(ErrorPolicy.RecordAndContinue)
            .Build();

        var outcome = pipeline.Run(Docs.Make("a BAD text"));
        var outcome2 = second.Run(Docs.Make("a BAD text"));

        Assert.False(outcome.Skipped);
        Assert.Single(outcome.Errors);
        Assert.False(outcome.Document.Has(Layers.Sentences)); // depended on the failed tokens
        Assert.Equal(1, independent.Calls); // did not depend on them: still ran
        Assert.True(outcome2.Document.Has(Layers.Sentences));
    }

    [Fact]
    public async Task A_bad_document_never_takes_the_batch_down()
    {
        var pipeline = Build(ErrorPolicy.SkipDocument, new FailsOn("BAD", Layers.Tokens));
        var texts = Enumerable.Range(0, 50).Select(i => i % 7 == 3 ? $"BAD {i}" : $"good {i}").ToList();

        var outcomes = new List<DocumentOutcome>();
        await foreach (var outcome in pipeline.RunAllAsync(texts.Select(t => Docs.Make(t)).ToAsyncEnumerable()))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(texts, outcomes.Select(o => o.Document.Text)); // input order kept
        Assert.Equal(texts.Count(t => t.StartsWith("BAD", StringComparison.Ordinal)), outcomes.Count(o => o.Skipped));
        Assert.All(outcomes.Where(o => !o.Skipped), o => Assert.True(o.Document.Has(Layers.Sentences)));
    }

    [Fact]
    public async Task Parallel_run_keeps_bounded_documents_in_flight()
    {
        var probe = new ConcurrencyProbe();
        var pipeline = new PipelineBuilder().Use(probe).WithMaxParallelism(2).Build();
        var produced = 0;

        async IAsyncEnumerable<Document> Source()
        {
            for (var i = 0; i < 40; i++)
            {
                Interlocked.Increment(ref produced);
                yield return Docs.Make("doc " + i);
                await Task.Yield();
            }
        }

        var consumed = 0;
        var maxAhead = 0;
        await foreach (var _ in pipeline.RunAllAsync(Source()))
        {
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref produced) - consumed);
            await Task.Delay(1);
        }

        Assert.Equal(40, consumed);
        Assert.True(probe.MaxConcurrent <= 2, $"ran {probe.MaxConcurrent} documents at once");
        // Two running plus the bounded queue of four plus the one being read ahead.
        Assert.True(maxAhead <= 8, $"producer ran {maxAhead} documents ahead of the consumer");
    }

    private sealed class ConcurrencyProbe : IDocumentStage
    {
        private int _current;

        public int MaxConcurrent;

        public string Name => "probe";

        public IReadOnlyList<AnnotationKey> Requires => [];

        public IReadOnlyList<AnnotationKey> Provides => [];

        public void Process(Document document, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while ((seen = Volatile.Read(ref MaxConcurrent)) < now && Interlocked.CompareExchange(ref MaxConcurrent, now, seen) != seen)
            {
            }

            Thread.Sleep(2);
            Interlocked.Decrement(ref _current);
        }
    }
}
