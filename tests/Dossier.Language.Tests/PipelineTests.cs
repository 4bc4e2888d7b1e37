using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language.Tests;

public class PipelineTests
{
    private static IDocumentStage[] Stages() =>
    [
        new Tokenizer(), new SentenceSplitter(), new EntityRecognizer(), new CreationTimeStage(null, new DateOnly(2026, 5, 12)),
        new TimeExpressionRecognizer(), new QuoteFinder(),
    ];

    [Fact]
    public void Default_order_satisfies_every_requirement()
    {
        var builder = new PipelineBuilder().Given(Layers.Blocks, Layers.Excluded);
        foreach (var stage in Stages())
        {
            builder.Use(stage);
        }

        Assert.NotNull(builder.Build());
        Assert.Equal(new[] { "tokens", "sentences", "entities", "dct", "timexes", "quotes" }, Stages().Select(s => s.Name));
    }

    [Fact]
    public void Stages_are_safe_to_share_between_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i =>
            $"MARVIK, May {1 + i % 28}, 2026 — President Alexander Vorenko{i} met Minister Hedda Lunn in Marvik on Monday.\n\n"
            + $"\"We will not sign for {i + 2} years,\" Vorenko{i} said. Lunn said the talks would resume next week.").ToList();
        var stages = Stages();

        List<string> Run(IEnumerable<string> input, bool parallel)
        {
            var documents = input.Select(t => TestDocs.Create(t)).ToList();
            void Process(Document d)
            {
                foreach (var stage in stages)
                {
                    stage.Process(d, CancellationToken.None);
                }
            }

            if (parallel)
            {
                Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 4 }, Process);
            }
            else
            {
                documents.ForEach(Process);
            }

            return [.. documents.Select(d => string.Join("|",
                d.Get(Layers.Tokens).Length, d.Get(Layers.Sentences).Length,
                string.Join(",", d.Get(Layers.Entities)), string.Join(",", d.Get(Layers.Timexes)), string.Join(",", d.Get(Layers.Quotes))))];
        }

        Assert.Equal(Run(texts, parallel: false), Run(texts, parallel: true));
    }
}
