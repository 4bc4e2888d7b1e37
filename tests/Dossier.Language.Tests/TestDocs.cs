using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Language;

namespace Dossier.Language.Tests;

/// <summary>Builds hand-made documents: one paragraph block per blank-line-separated paragraph.</summary>
internal static class TestDocs
{
    public static readonly DateOnly Dct = new(2026, 5, 12);

    public static Document Create(string text, DateTimeOffset? published = null, params (int Start, int End)[] excluded)
    {
        var document = new Document(text, new SourceMetadata { Source = "test.txt", Published = published });
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var end = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            var blockEnd = end;
            while (blockEnd > i && char.IsWhiteSpace(text[blockEnd - 1]))
            {
                blockEnd--;
            }

            blocks.Add(new Block(i, blockEnd, BlockKind.Paragraph));
            i = end;
        }

        document.Set(Layers.Blocks, blocks.ToImmutable());
        document.Set(Layers.Excluded, [.. excluded.Select(e => new ExcludedRegion(e.Start, e.End, ExclusionReason.Navigation))]);
        return document;
    }

    /// <summary>Runs the whole language pipeline with the DCT given by the user (default 2026-05-12).</summary>
    public static Document Analyze(string text, DateOnly? dct = null, DateTimeOffset? published = null)
    {
        var document = Create(text, published);
        Run(document, dct ?? Dct);
        return document;
    }

    public static void Run(Document document, DateOnly? dct)
    {
        new Tokenizer().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        new EntityRecognizer().Process(document, CancellationToken.None);
        new CreationTimeStage(dct, new DateOnly(2030, 1, 1)).Process(document, CancellationToken.None);
        new TimeExpressionRecognizer().Process(document, CancellationToken.None);
        new QuoteFinder().Process(document, CancellationToken.None);
    }

    public static string[] Tokens(Document d) => [.. d.Get(Layers.Tokens).Select(t => d.TextOf(t))];

    public static string[] Sentences(Document d) => [.. d.Get(Layers.Sentences).Select(s => d.TextOf(s))];

    public static (string Text, EntityType Type)[] Entities(Document d) => [.. d.Get(Layers.Entities).Select(e => (d.TextOf(e), e.Type))];

    public static (string Text, TimexType Type, string Value)[] Timexes(Document d) => [.. d.Get(Layers.Timexes).Select(t => (d.TextOf(t), t.Type, t.Value))];
}
