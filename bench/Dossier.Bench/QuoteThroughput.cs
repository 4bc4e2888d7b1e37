using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Language;
using Dossier.Ner;

namespace Dossier.Bench;

/// <summary>
/// `quotes [PATH...] [--passes N]`: MB/s of text through the quote stage alone on one thread. The stages it needs
/// (tokens, sentences, NER entities) run once beforehand and are not timed; each pass reruns only the quote finder.
/// PATH is a .txt file or a folder of them (default ../shared/data/polnear/train/text). MB = 10^6 UTF-16 bytes
/// (2 bytes per character), the unit of the other throughput numbers.
/// </summary>
internal static class QuoteThroughput
{
    public static int Run(string[] args)
    {
        var passes = 5;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length)
            {
                passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            paths.Add(Path.Combine("..", "shared", "data", "polnear", "train", "text"));
        }

        var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal) : File.Exists(p) ? [p] : []).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: quotes [PATH...] [--passes N]  (no .txt files found)");
            return 2;
        }

        IDocumentStage[] prerequisites = [new Tokenizer(), new SentenceSplitter(), new NerEntityRecognizer()];
        var documents = new List<Document>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var document = new Document(text, new SourceMetadata { Source = file });
            document.Set(Layers.Blocks, Paragraphs(text));
            foreach (var stage in prerequisites)
            {
                stage.Process(document, CancellationToken.None);
            }

            documents.Add(document);
        }

        var megabytes = documents.Sum(d => d.Text.Length) * 2 / 1e6;
        var finder = new QuoteFinder();
        var quotes = 0;
        foreach (var d in documents)
        {
            finder.Process(d, CancellationToken.None); // warm-up (JIT)
            quotes += d.Get(Layers.Quotes).Length;
        }

        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                finder.Process(d, CancellationToken.None);
            }

            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quotes: {documents.Count} documents, {megabytes:F2} MB, {quotes:N0} quotes; best of {passes}: {best.TotalSeconds:F3} s = {megabytes / best.TotalSeconds:F2} MB/s (one thread, prerequisite stages excluded)"));
        return 0;
    }

    // One paragraph block per blank-line-separated paragraph, as the plain-text reader makes them.
    private static ImmutableArray<Block> Paragraphs(string text)
    {
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
            end = end < 0 ? text.Length : end;
            var blockEnd = end;
            while (blockEnd > i && char.IsWhiteSpace(text[blockEnd - 1]))
            {
                blockEnd--;
            }

            blocks.Add(new Block(i, blockEnd, BlockKind.Paragraph));
            i = end;
        }

        return blocks.ToImmutable();
    }
}
