namespace Dossier.Cli.Tests;

/// <summary>
/// The Markdown briefing of samples/ compared with a reviewed golden file. After an intended change, regenerate with
/// DOSSIER_UPDATE_GOLDEN=1 and review the diff like code.
/// </summary>
public class GoldenTests
{
    private static string GoldenPath(string name) =>
        Path.Combine(CliRunner.RepositoryRoot, "tests", "Dossier.Cli.Tests", "Golden", name);

    private static async Task AssertGolden(string name, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        var path = GoldenPath(name);
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, result.Output);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests once with DOSSIER_UPDATE_GOLDEN=1 and review it");
        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.Equal(expected, result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public Task Samples_markdown_briefing_matches_golden() =>
        AssertGolden("samples-brief.md", "brief", "samples", "--format", "md", "--today", "2026-05-20");

    [Fact]
    public Task Samples_json_briefing_matches_golden() =>
        AssertGolden("samples-brief.json", "brief", "samples", "--format", "json", "--today", "2026-05-20");
}
