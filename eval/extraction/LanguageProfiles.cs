using System.Globalization;
using System.Text;
using Dossier.Ingest.Html;
using Dossier.Ingest.Language;

namespace Dossier.Ingest.Evaluation;

/// <summary>
/// Builds the trigram profiles of <see cref="LanguageIdentifier"/> and measures it. Training text: the
/// samples in language-samples/*.txt (written for this project) plus the extracted text of the
/// extraction-dev pages that declare one of our languages, even-hash half only; the odd half and
/// language-samples/test.tsv are the test sets. Only trigram frequencies leave this tool.
/// </summary>
internal static class LanguageProfiles
{
    private const int TrigramsPerLanguage = 1500;
    private const int PerMillion = 1_000_000;
    private const int MaxPageCharsPerLanguage = 400_000;

    private static readonly string SamplesFolder = Path.Combine(FindRepositoryRoot(), "eval", "extraction", "language-samples");

    public static int Build(string[] args)
    {
        var output = args.FirstOrDefault() ?? Path.Combine(FindRepositoryRoot(), "src", "Dossier.Ingest", "Language", "Profiles", "language-profiles.tsv");
        var texts = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SamplesFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            Text(texts, Path.GetFileNameWithoutExtension(file)).AppendLine(File.ReadAllText(file));
        }

        var supported = texts.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (language, text) in DevPages(training: true))
        {
            if (supported.Contains(language) && Text(texts, language).Length < MaxPageCharsPerLanguage)
            {
                Text(texts, language).AppendLine(text);
            }
        }

        var lines = new List<string> { "# Trigram frequencies per million, built by eval/extraction (dotnet run -- profiles). Do not edit by hand." };
        foreach (var (language, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var trigram in LanguageIdentifier.Trigrams(Normalize(text.ToString())))
            {
                counts[trigram] = counts.GetValueOrDefault(trigram) + 1;
            }

            var total = (double)counts.Values.Sum();
            foreach (var (trigram, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(TrigramsPerLanguage))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{language}\t{trigram}\t{Math.Max(1, (int)Math.Round(count / total * PerMillion))}"));
            }

            Console.WriteLine($"{language}: {text.Length} characters of training text, {counts.Count} distinct trigrams");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllLines(output, lines, new UTF8Encoding(false));
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    public static Task<int> MeasureAsync(string[] args)
    {
        var identifier = args.Length > 0 ? new LanguageIdentifier(File.ReadAllLines(args[0])) : LanguageIdentifier.Default;
        var sentences = File.ReadAllLines(Path.Combine(SamplesFolder, "test.tsv"))
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 2)
            .Select(p => (Language: p[0], Text: p[1]))
            .ToList();
        Report("own test sentences (one sentence each)", identifier, sentences);
        var supported = identifier.ProfiledLanguages.Concat(["ar", "zh", "ja"]).ToHashSet(StringComparer.Ordinal);
        Report("held-out extraction-dev pages (declared language as the label)", identifier, DevPages(training: false).Where(p => supported.Contains(p.Language)).ToList());
        return Task.FromResult(0);
    }

    private static void Report(string title, LanguageIdentifier identifier, List<(string Language, string Text)> samples)
    {
        var perLanguage = samples.GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal);
        var correct = 0;
        Console.WriteLine(title);
        foreach (var group in perLanguage)
        {
            var right = group.Count(s => identifier.Identify(s.Text, null) == group.Key);
            var wrong = group.Where(s => identifier.Identify(s.Text, null) != group.Key).Select(s => identifier.Identify(s.Text, null) ?? "none").GroupBy(l => l).Select(g => $"{g.Key}×{g.Count()}");
            correct += right;
            Console.WriteLine($"  {group.Key}: {right}/{group.Count()} {string.Join(' ', wrong)}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accuracy {correct}/{samples.Count} = {(double)correct / Math.Max(1, samples.Count):0.000}"));
    }

    /// <summary>Extracted text and declared language of extraction-dev pages, split in halves by a hash of the file name.</summary>
    private static IEnumerable<(string Language, string Text)> DevPages(bool training)
    {
        var data = ExtractionScorer.FindDataFolder(AppContext.BaseDirectory) ?? ExtractionScorer.FindDataFolder(Environment.CurrentDirectory);
        if (data is null)
        {
            yield break;
        }

        var extractor = new HtmlArticleExtractor();
        foreach (var file in Directory.GetFiles(Path.Combine(data, "html"), "*.gz").Order(StringComparer.Ordinal))
        {
            var even = Fnv1a(Path.GetFileName(file)) % 2 == 0;
            if (even != training)
            {
                continue;
            }

            var bytes = Decoding.ByteLimits.Gunzip(File.ReadAllBytes(file), long.MaxValue);
            var article = extractor.Extract(Decoding.TextDecoding.DecodeHtml(bytes));
            if (article.DeclaredLanguage is { } language && article.Text.Length >= 200)
            {
                yield return (language, article.Text);
            }
        }
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private static StringBuilder Text(Dictionary<string, StringBuilder> texts, string language)
    {
        if (!texts.TryGetValue(language, out var builder))
        {
            builder = new StringBuilder();
            texts[language] = builder;
        }

        return builder;
    }

    private static string Normalize(string text)
    {
        // The identifier samples at most a few thousand letters; profiles take the whole text.
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split('\n'))
        {
            builder.Append(LanguageIdentifier.Normalize(part));
        }

        return builder.ToString();
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dossier.sln")) || Directory.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
