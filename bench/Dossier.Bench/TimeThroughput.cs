using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core;
using Dossier.Language;

namespace Dossier.Bench;

/// <summary>
/// `time DIR [--passes N]`: characters per second through the time stage on one thread, over the NAME.txt files of
/// DIR with the document dates of DIR/dct.tsv (NAME, tab, YYYY-MM-DD; the layout ../shared/tools/peers/time.sh reads,
/// so both tools see the same texts and dates). Two numbers: the DCT and time-expression stages alone (tokens and
/// sentences made beforehand, untimed), and the same with tokenizer and sentence splitter timed too, which is what a
/// peer that takes raw text (chrono-node) does. First, in a fresh process, the raw-text pipeline runs N passes in one
/// timed loop, JIT warm-up included, as ../shared/tools/peers/time.sh times chrono-node (its loop includes V8's warm-up);
/// then the best of N further passes of each measure counts (steady state, after tiered compilation).
/// </summary>
internal static class TimeThroughput
{
    public static int Run(string[] args)
    {
        var passes = 20;
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length)
            {
                passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                folder = args[i];
            }
        }

        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("usage: time DIR [--passes N]   (DIR holds NAME.txt files and optionally dct.tsv)");
            return 2;
        }

        var dcts = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var dctFile = Path.Combine(folder, "dct.tsv");
        if (File.Exists(dctFile))
        {
            foreach (var line in File.ReadLines(dctFile))
            {
                var f = line.Split('\t');
                if (f.Length >= 2 && DateOnly.TryParseExact(f[1][..Math.Min(10, f[1].Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    dcts[f[0]] = d;
                }
            }
        }

        var inputs = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Text: File.ReadAllText(f), Dct: dcts.TryGetValue(Path.GetFileNameWithoutExtension(f), out var d) ? d : (DateOnly?)null))
            .ToList();
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine($"no .txt files in {folder}");
            return 2;
        }

        var characters = inputs.Sum(i => (long)i.Text.Length);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var recognizer = new TimeExpressionRecognizer();
        var dctStages = inputs.Select(i => new CreationTimeStage(i.Dct, today)).ToArray();

        // Chrono-style: N passes of text in, time expressions out, in one timed loop from a cold start.
        var cold = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                var t0 = cold.Elapsed;
                var document = Prepare(inputs[i].Text, tokenizer, splitter);
                var t1 = cold.Elapsed;
                dctStages[i].Process(document, CancellationToken.None);
                var t2 = cold.Elapsed;
                recognizer.Process(document, CancellationToken.None);
                if (pass == 0 && i < 3 && Environment.GetEnvironmentVariable("DOSSIER_BENCH_VERBOSE") is not null)
                {
                    Console.WriteLine(FormattableString.Invariant($"  document {i}: tokens+sentences {(t1 - t0).TotalMilliseconds:0} ms, dct {(t2 - t1).TotalMilliseconds:0} ms, timexes {(cold.Elapsed - t2).TotalMilliseconds:0} ms"));
                }
            }

            if (Environment.GetEnvironmentVariable("DOSSIER_BENCH_VERBOSE") is not null)
            {
                Console.WriteLine(FormattableString.Invariant($"  pass {pass}: {cold.Elapsed.TotalSeconds:0.000} s"));
            }
        }

        var coldLoop = cold.Elapsed;
        var prepared = inputs.Select(i => Prepare(i.Text, tokenizer, splitter)).ToArray();
        var timexes = 0;
        TimeSpan timeOnly = TimeSpan.MaxValue, withSentences = TimeSpan.MaxValue, sentencesOnly = TimeSpan.MaxValue;
        for (var pass = 0; pass <= passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < prepared.Length; i++)
            {
                dctStages[i].Process(prepared[i], CancellationToken.None);
                recognizer.Process(prepared[i], CancellationToken.None);
            }

            // Pass 0 warms the JIT and is not counted.
            if (pass > 0)
            {
                timeOnly = clock.Elapsed < timeOnly ? clock.Elapsed : timeOnly;
            }

            clock.Restart();
            timexes = 0;
            for (var i = 0; i < inputs.Count; i++)
            {
                var document = Prepare(inputs[i].Text, tokenizer, splitter);
                dctStages[i].Process(document, CancellationToken.None);
                recognizer.Process(document, CancellationToken.None);
                timexes += document.Get(Layers.Timexes).Length;
            }

            if (pass > 0)
            {
                withSentences = clock.Elapsed < withSentences ? clock.Elapsed : withSentences;
            }

            clock.Restart();
            for (var i = 0; i < inputs.Count; i++)
            {
                Prepare(inputs[i].Text, tokenizer, splitter);
            }

            if (pass > 0)
            {
                sentencesOnly = clock.Elapsed < sentencesOnly ? clock.Elapsed : sentencesOnly;
            }
        }

        Console.WriteLine(FormattableString.Invariant($"time: {inputs.Count} documents, {characters:N0} characters, {timexes} time expressions, best of {passes} passes, one thread"));
        Console.WriteLine(FormattableString.Invariant($"end to end, {passes} passes in one loop from a cold start: {characters * passes / coldLoop.TotalSeconds,12:N0} characters/s ({characters * passes / coldLoop.TotalSeconds / 1e6:0.00} M chars/s)"));
        Console.WriteLine(FormattableString.Invariant($"best pass after warm-up:"));
        Console.WriteLine(FormattableString.Invariant($"time stage alone (dct + timexes):        {characters / timeOnly.TotalSeconds,12:N0} characters/s ({characters / timeOnly.TotalSeconds / 1e6:0.00} M chars/s)"));
        Console.WriteLine(FormattableString.Invariant($"with tokenizer and sentence splitter:    {characters / withSentences.TotalSeconds,12:N0} characters/s ({characters / withSentences.TotalSeconds / 1e6:0.00} M chars/s)"));
        Console.WriteLine(FormattableString.Invariant($"tokenizer and sentence splitter alone:   {characters / sentencesOnly.TotalSeconds,12:N0} characters/s ({characters / sentencesOnly.TotalSeconds / 1e6:0.00} M chars/s)"));
        return 0;
    }

    private static Document Prepare(string text, Tokenizer tokenizer, SentenceSplitter splitter)
    {
        var document = new Document(text, new SourceMetadata { Source = "bench.txt" });
        document.Set(Layers.Blocks, Paragraphs(text));
        document.Set(Layers.Excluded, ImmutableArray<ExcludedRegion>.Empty);
        tokenizer.Process(document, CancellationToken.None);
        splitter.Process(document, CancellationToken.None);
        return document;
    }

    // One paragraph per blank-line-separated block, as the plain-text reader makes them.
    internal static ImmutableArray<Block> Paragraphs(string text)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                blocks.Add(new Block(s, e, BlockKind.Paragraph));
            }

            start = end + 2;
        }

        return blocks.ToImmutable();
    }
}
