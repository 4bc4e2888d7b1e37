using System.Diagnostics;
using System.Globalization;
using Dossier.Ner;

namespace Dossier.Bench;

/// <summary>
/// `ner FILE.conll`: the NER model's load time and end-to-end tagging speed (CoNLL text in, tagged text out) on one
/// thread, best of several passes, the same measure as the peers' tokens/second in ../shared/tools/peers/ner.sh.
/// </summary>
internal static class NerThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: ner FILE.conll [PASSES]");
            return 2;
        }

        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var path = NerModel.FindDefaultPath() ?? throw new FileNotFoundException("models/ner.bin not found");
        var load = Stopwatch.StartNew();
        var model = NerModel.Load(path);
        var loadTime = load.Elapsed;

        var text = File.ReadAllText(args[0]);
        var tokens = text.Split('\n').Count(line => line.Length > 0 && !line.StartsWith("-DOCSTART-", StringComparison.Ordinal));
        ConllNer.TagFile(new StringReader(text), TextWriter.Null, model); // warm-up (JIT)
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < passes; i++)
        {
            var clock = Stopwatch.StartNew();
            ConllNer.TagFile(new StringReader(text), TextWriter.Null, model);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model load {loadTime.TotalMilliseconds:F0} ms; {tokens:N0} tokens; best of {passes}: {best.TotalSeconds:F3} s = {tokens / best.TotalSeconds:N0} tokens/s (one thread)"));
        return 0;
    }
}
