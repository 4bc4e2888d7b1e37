using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Language;

namespace Dossier.Bench;

/// <summary>
/// `tokcheck SHARED_DATA_DIR OUT.tsv`: tokenises and sentence-splits every text of the development data (TimeBank and
/// AQUAINT, PolNeAR, CoNLL sentences joined into documents, the seed articles, the raw extraction-dev HTML pages) and
/// writes one line per text: name, token count, sentence count and a hash of the token and sentence arrays. Run it
/// before and after a change to the tokenizer or sentence splitter and diff the two files: a speed-up must leave
/// every line identical.
/// </summary>
internal static partial class TokenizationCheck
{
    [GeneratedRegex("<TEXT>(.*)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TimeMlText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: tokcheck SHARED_DATA_DIR OUT.tsv   (e.g. ../shared/data /tmp/tokens-before.tsv)");
            return 2;
        }

        var data = args[0];
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var lines = new List<string>();
        long characters = 0;
        foreach (var (name, text) in Texts(data))
        {
            var document = new Document(text, new SourceMetadata { Source = "check.txt" });
            document.Set(Layers.Blocks, TimeThroughput.Paragraphs(text));
            document.Set(Layers.Excluded, ImmutableArray<ExcludedRegion>.Empty);
            tokenizer.Process(document, CancellationToken.None);
            splitter.Process(document, CancellationToken.None);
            var tokens = document.Get(Layers.Tokens);
            var sentences = document.Get(Layers.Sentences);
            var hash = 14695981039346656037UL;
            foreach (var t in tokens)
            {
                hash = Mix(Mix(Mix(hash, t.Start), t.End), (int)t.Kind);
            }

            foreach (var s in sentences)
            {
                hash = Mix(Mix(hash, s.Start), s.End);
            }

            characters += text.Length;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name}\t{tokens.Length}\t{sentences.Length}\t{hash:x16}"));
        }

        File.WriteAllLines(args[1], lines);
        Console.WriteLine(FormattableString.Invariant($"tokcheck: {lines.Count} texts, {characters:N0} characters -> {args[1]}"));
        return 0;
    }

    // FNV-1a over the four bytes of each value.
    private static ulong Mix(ulong hash, int value)
    {
        for (var i = 0; i < 4; i++)
        {
            hash ^= (byte)(value >> (8 * i));
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static IEnumerable<(string Name, string Text)> Texts(string data)
    {
        foreach (var f in Files(Path.Combine(data, "timebank"), "*.tml"))
        {
            var x = File.ReadAllText(f);
            if (TimeMlText().Match(x) is { Success: true } m)
            {
                yield return (Relative(data, f), System.Net.WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")));
            }
        }

        foreach (var f in Files(Path.Combine(data, "polnear"), "*.txt"))
        {
            yield return (Relative(data, f), File.ReadAllText(f));
        }

        foreach (var f in Files(Path.Combine(data, "conll2003"), "eng.*"))
        {
            // Documents between -DOCSTART- lines, one sentence per line, tokens joined by spaces.
            var document = new StringBuilder();
            var sentence = new List<string>();
            var index = 0;
            foreach (var line in File.ReadLines(f).Append("-DOCSTART- -X- -X- O"))
            {
                if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                {
                    if (sentence.Count > 0)
                    {
                        document.Append(string.Join(' ', sentence)).Append('\n');
                        sentence.Clear();
                    }

                    if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) && document.Length > 0)
                    {
                        yield return (Relative(data, f) + "#" + index++.ToString(CultureInfo.InvariantCulture), document.ToString());
                        document.Clear();
                    }

                    continue;
                }

                sentence.Add(line.Split(' ')[0]);
            }
        }

        foreach (var f in Files(Path.Combine(data, "..", "seeds"), "*.txt"))
        {
            yield return ("seeds/" + Path.GetFileName(f), File.ReadAllText(f));
        }

        foreach (var f in Files(Path.Combine(data, "extraction-dev"), "*.html.gz"))
        {
            using var stream = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (Relative(data, f), reader.ReadToEnd());
        }
    }

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    private static string Relative(string data, string path) => Path.GetRelativePath(data, path);
}
