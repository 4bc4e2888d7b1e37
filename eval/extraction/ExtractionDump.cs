using System.Globalization;
using System.Text;
using Dossier.Ingest.Decoding;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Evaluation;

/// <summary>
/// Writes what the extractor makes of every page (body text, title, authors, date, language, canonical URL) into
/// one text file per page, and compares two such folders: a change to the parser or the block walk shows up as a
/// list of pages whose output moved, with the first differing line of each.
/// </summary>
internal static class ExtractionDump
{
    public static int Dump(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: dump HTML_DIR OUTPUT_DIR");
            return 2;
        }

        Directory.CreateDirectory(args[1]);
        var extractor = new HtmlArticleExtractor();
        foreach (var file in Directory.EnumerateFiles(args[0]).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var html = TextDecoding.DecodeHtml(file.EndsWith(".gz", StringComparison.Ordinal) ? ByteLimits.Gunzip(bytes, long.MaxValue) : bytes);
            var article = extractor.Extract(html);
            var output = new StringBuilder()
                .Append("title: ").AppendLine(article.Title)
                .Append("authors: ").AppendLine(string.Join("; ", article.Authors))
                .Append("published: ").AppendLine(article.Published?.ToString("O", CultureInfo.InvariantCulture))
                .Append("language: ").AppendLine(article.Language)
                .Append("canonical: ").AppendLine(article.CanonicalUrl)
                .Append("site: ").AppendLine(article.SiteName)
                .AppendLine("---")
                .AppendLine(article.Text);
            File.WriteAllText(Path.Combine(args[1], Path.GetFileName(file) + ".txt"), output.ToString());
        }

        return 0;
    }

    public static int Compare(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: diff BEFORE_DIR AFTER_DIR");
            return 2;
        }

        var changed = 0;
        var files = Directory.EnumerateFiles(args[0]).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var name in files)
        {
            var before = File.ReadAllLines(Path.Combine(args[0], name));
            var afterPath = Path.Combine(args[1], name);
            var after = File.Exists(afterPath) ? File.ReadAllLines(afterPath) : [];
            var line = 0;
            while (line < before.Length && line < after.Length && before[line] == after[line])
            {
                line++;
            }

            if (line == before.Length && line == after.Length)
            {
                continue;
            }

            changed++;
            Console.WriteLine($"{name}: line {line + 1}");
            Console.WriteLine($"  - {Shorten(line < before.Length ? before[line] : "(end)")}");
            Console.WriteLine($"  + {Shorten(line < after.Length ? after[line] : "(end)")}");
        }

        Console.WriteLine($"{changed} of {files.Count} pages changed");
        return 0;
    }

    private static string Shorten(string line) => line.Length > 160 ? line[..160] + "…" : line;
}
