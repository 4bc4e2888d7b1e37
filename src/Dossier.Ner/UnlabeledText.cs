using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ner;

/// <summary>
/// Unlabeled English news text from the shared data folder, as token sequences in CoNLL-like tokenisation, for
/// learning word clusters and case profiles. Never reads a test split; the CoNLL dev text is left out too, so dev
/// scores stay honest.
/// </summary>
public static partial class UnlabeledText
{
    /// <summary>The sources read by <see cref="Read"/>, relative to the data folder.</summary>
    public static IReadOnlyList<string> Sources { get; } =
    [
        "conll2003/eng.train (tokens only)",
        "news-aggregator/*.csv (TITLE)",
        "timelines/T17/*/time-sent.csv (sentences)",
        "polnear/{train,dev}/text/*",
        "msrp/msr_paraphrase_data.txt (String)",
        "timebank/TBAQ-cleaned/**/*.tml (TEXT)",
    ];

    /// <summary>Reads every available source under <paramref name="dataDirectory"/> as sentences of tokens.</summary>
    public static IEnumerable<string[]> Read(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var conll = Path.Combine(dataDirectory, "conll2003", "eng.train");
        if (File.Exists(conll))
        {
            foreach (var doc in ConllReader.ReadFile(conll))
            {
                foreach (var s in doc.Sentences)
                {
                    yield return [.. s.Tokens];
                }
            }
        }

        var news = Path.Combine(dataDirectory, "news-aggregator");
        if (Directory.Exists(news))
        {
            foreach (var file in Directory.EnumerateFiles(news, "*.csv").Order(StringComparer.Ordinal))
            {
                foreach (var title in CsvColumn(file, "TITLE"))
                {
                    foreach (var s in Tokenize(title))
                    {
                        yield return s;
                    }
                }
            }
        }

        var timelines = Path.Combine(dataDirectory, "timelines", "T17");
        if (Directory.Exists(timelines))
        {
            foreach (var file in Directory.EnumerateFiles(timelines, "time-sent.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (var cell in CsvColumn(file, "Sentences"))
                {
                    foreach (var sentence in PythonStrings(cell))
                    {
                        var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        if (tokens.Length > 0)
                        {
                            yield return tokens;
                        }
                    }
                }
            }
        }

        foreach (var part in new[] { "train", "dev" })
        {
            var dir = Path.Combine(dataDirectory, "polnear", part, "text");
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                foreach (var s in Tokenize(File.ReadAllText(file)))
                {
                    yield return s;
                }
            }
        }

        var msrp = Path.Combine(dataDirectory, "msrp", "msr_paraphrase_data.txt");
        if (File.Exists(msrp))
        {
            foreach (var line in File.ReadLines(msrp).Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length > 1)
                {
                    foreach (var s in Tokenize(f[1]))
                    {
                        yield return s;
                    }
                }
            }
        }

        var timebank = Path.Combine(dataDirectory, "timebank", "TBAQ-cleaned");
        if (Directory.Exists(timebank))
        {
            foreach (var file in Directory.EnumerateFiles(timebank, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var xml = File.ReadAllText(file);
                var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
                var end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
                if (start < 0 || end < start)
                {
                    continue;
                }

                var text = TagPattern().Replace(xml[(start + 6)..end], " ");
                text = text.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal);
                foreach (var s in Tokenize(text))
                {
                    yield return s;
                }
            }
        }
    }

    /// <summary>
    /// A small Penn-Treebank-like tokenizer and sentence splitter for raw text: punctuation apart, clitics
    /// ('s, n't) apart, abbreviations with inner periods kept whole. Good enough for corpus statistics.
    /// </summary>
    public static IEnumerable<string[]> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            var sentence = new List<string>();
            foreach (var raw in line.Split([' ', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var token in SplitToken(raw))
                {
                    sentence.Add(token);
                    if (token is "." or "?" or "!")
                    {
                        yield return [.. sentence];
                        sentence.Clear();
                    }
                }
            }

            if (sentence.Count > 0)
            {
                yield return [.. sentence];
            }
        }
    }

    private static List<string> SplitToken(string raw)
    {
        var result = new List<string>();
        var token = raw.Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2019', '\'').Replace('\u2018', '\'');
        var leading = new List<string>();
        while (token.Length > 1 && "\"'([{".Contains(token[0], StringComparison.Ordinal))
        {
            leading.Add(token[..1]);
            token = token[1..];
        }

        var trailing = new List<string>();
        while (token.Length > 1)
        {
            var last = token[^1];
            if (",;:!?\")]}'".Contains(last, StringComparison.Ordinal) || (last == '.' && !IsAbbreviation(token)))
            {
                trailing.Insert(0, token[^1..]);
                token = token[..^1];
            }
            else
            {
                break;
            }
        }

        result.AddRange(leading);
        if (token.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && token.Length > 3)
        {
            result.Add(token[..^3]);
            result.Add(token[^3..]);
        }
        else if (token.Length > 2 && token[^2] == '\'' && char.IsLetter(token[^1]))
        {
            result.Add(token[..^2]);
            result.Add(token[^2..]);
        }
        else if (token.Length > 3 && token[^3] == '\'' && (token.EndsWith("'re", StringComparison.OrdinalIgnoreCase) || token.EndsWith("'ve", StringComparison.OrdinalIgnoreCase) || token.EndsWith("'ll", StringComparison.OrdinalIgnoreCase)))
        {
            result.Add(token[..^3]);
            result.Add(token[^3..]);
        }
        else
        {
            result.Add(token);
        }

        result.AddRange(trailing);
        return result;
    }

    private static bool IsAbbreviation(string token) =>
        token.IndexOf('.', StringComparison.Ordinal) < token.Length - 1 || (token.Length <= 4 && char.IsUpper(token[0]));

    /// <summary>The values of one column of a CSV file with a header row (RFC 4180 quoting).</summary>
    internal static IEnumerable<string> CsvColumn(string path, string column)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ReadRecord(reader);
        if (header is null)
        {
            yield break;
        }

        var at = header.IndexOf(column);
        if (at < 0)
        {
            yield break;
        }

        while (ReadRecord(reader) is { } record)
        {
            if (at < record.Count)
            {
                yield return record[at];
            }
        }
    }

    private static List<string>? ReadRecord(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            var ch = reader.Read();
            if (ch < 0)
            {
                if (!any)
                {
                    return null;
                }

                fields.Add(field.ToString());
                return fields;
            }

            any = true;
            var c = (char)ch;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                return fields;
            }
            else
            {
                field.Append(c);
            }
        }
    }

    /// <summary>The string literals of a Python list literal such as <c>['a b', "c 'd'"]</c>.</summary>
    internal static IEnumerable<string> PythonStrings(string literal)
    {
        var i = 0;
        while (i < literal.Length)
        {
            var quote = literal[i];
            if (quote is not ('\'' or '"'))
            {
                i++;
                continue;
            }

            var sb = new StringBuilder();
            i++;
            while (i < literal.Length && literal[i] != quote)
            {
                if (literal[i] == '\\' && i + 1 < literal.Length)
                {
                    i++;
                }

                sb.Append(literal[i]);
                i++;
            }

            i++;
            yield return sb.ToString();
        }
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
