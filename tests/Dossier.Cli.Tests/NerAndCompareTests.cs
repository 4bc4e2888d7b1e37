namespace Dossier.Cli.Tests;

/// <summary>The CoNLL tagging and claim comparison commands, end to end through the shipped models.</summary>
public sealed class NerAndCompareTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ner_appends_one_iob2_tag_to_every_token_line_and_keeps_the_rest()
    {
        var input = string.Join('\n',
            "-DOCSTART- -X- O O",
            "",
            "Foreign NNP",
            "Minister NNP",
            "Mirela NNP",
            "Stanek NNP",
            "arrived VBD",
            "in IN",
            "Port NNP",
            "Elena NNP",
            ". .",
            "",
            "Talks NNS",
            "resumed VBD",
            ". .",
            "");
        var file = _folder.File("in.conll", input);

        var result = await CliRunner.RunAsync("ner", file);

        Assert.Equal(0, result.ExitCode);
        var inLines = input.Split('\n');
        var outLines = result.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        for (var i = 0; i < inLines.Length; i++)
        {
            if (inLines[i].Length == 0 || inLines[i].StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Assert.StartsWith(inLines[i], outLines[i], StringComparison.Ordinal);
                continue;
            }

            Assert.StartsWith(inLines[i] + " ", outLines[i], StringComparison.Ordinal);
            Assert.Matches("^(O|[BI]-(PER|LOC|ORG|MISC))$", outLines[i][(inLines[i].Length + 1)..]);
        }

        Assert.EndsWith("Stanek NNP I-PER", outLines[5], StringComparison.Ordinal);
        Assert.EndsWith("Port NNP B-LOC", outLines[8], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ner_names_a_missing_file()
    {
        var missing = Path.Combine(_folder.Path, "missing.conll");

        var result = await CliRunner.RunAsync("ner", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_tells_a_restatement_from_an_unrelated_sentence()
    {
        var same = await CliRunner.RunAsync("compare", "Kestria offered to free 40 prisoners on Monday.", "On Monday Kestria proposed releasing 40 prisoners of war.");
        var different = await CliRunner.RunAsync("compare", "Kestria offered to free 40 prisoners on Monday.", "Heavy snow closed the mountain roads near Oskarn.");

        Assert.Equal(0, same.ExitCode);
        Assert.StartsWith("same\t", same.Output, StringComparison.Ordinal);
        Assert.StartsWith("different\t", different.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_pairs_appends_decision_and_score_to_every_row()
    {
        var file = _folder.File("pairs.tsv",
            "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" +
            "1\t1\t2\tThe talks resumed on Wednesday in Port Elena.\tNegotiations restarted in Port Elena on Wednesday.\n" +
            "0\t3\t4\tThe ministry said 45 soldiers were released.\tThe weather in the valley turned cold overnight.\n");

        var result = await CliRunner.RunAsync("compare", "--pairs", file);

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.EndsWith("\tDecision\tScore", rows[0], StringComparison.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var columns = row.Split('\t');
            Assert.Equal(7, columns.Length);
            Assert.Contains(columns[5], new[] { "0", "1" });
            var score = double.Parse(columns[6], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 1);
        }

        Assert.Equal("0", rows[2].Split('\t')[5]);
    }

    [Fact]
    public async Task Compare_without_two_sentences_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("compare", "only one");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}

/// <summary>`dossier stories` and `brief --story`.</summary>
public class StoriesCommandTests
{
    [Fact]
    public async Task Stories_lists_ids_that_brief_story_accepts()
    {
        var stories = await CliRunner.RunAsync("stories", "samples", "--today", "2026-05-20");

        Assert.Equal(0, stories.ExitCode);
        var first = stories.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Split('\t');
        Assert.Equal(4, first.Length);
        Assert.StartsWith("story-", first[0], StringComparison.Ordinal);

        var brief = await CliRunner.RunAsync("brief", "samples", "--today", "2026-05-20", "--format", "json", "--story", first[0]);
        Assert.Equal(0, brief.ExitCode);
        Assert.Contains("\"summary\"", brief.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_with_an_unknown_story_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("brief", "samples", "--today", "2026-05-20", "--story", "story-000000000000");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("story-000000000000", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
