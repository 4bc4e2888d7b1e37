using System.Globalization;
using Dossier.Core;

namespace Dossier.Language.Tests;

/// <summary>
/// Runs every row of Data/timex-table.tsv through the language pipeline: the expression (span) must be found with
/// the expected TIMEX3 type and value, given the row's document date ("none": no date, so the year may stay unknown).
/// </summary>
public class TimeExpressionTableTests
{
    public static TheoryData<int, string, string, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "timex-table.tsv");
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(lineNumber, f[0], f[1], f[2], f[3], f[4]);
        }

        return data;
    }

    [Fact]
    public void Table_has_at_least_300_rows() => Assert.True(Rows().Count >= 300, $"{Rows().Count} rows");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_resolves(int line, string text, string dct, string type, string value, string span)
    {
        DateOnly? date = dct == "none" ? null : DateOnly.ParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = TestDocs.Create(text);
        TestDocs.Run(document, date);
        var found = TestDocs.Timexes(document);
        var match = found.Where(t => t.Text == span).ToArray();
        Assert.True(match.Length == 1, $"line {line}: '{span}' not found; got [{string.Join("; ", found.Select(t => $"'{t.Text}' {t.Type} {t.Value}"))}]");
        Assert.Equal((type, value), (match[0].Type.ToString().ToUpperInvariant(), match[0].Value));
    }
}
