namespace Dossier.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("brief", "--format")]
    [InlineData("ingest", "--db")]
    [InlineData("annotate", "--dct")]
    [InlineData("extract", "--format")]
    [InlineData("search", "--limit")]
    [InlineData("ner", "--model")]
    [InlineData("compare", "--pairs")]
    [InlineData("stories", "--db")]
    public async Task Every_command_has_help_describing_its_options(string command, string option)
    {
        var result = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.Contains("Usage", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Root_help_lists_the_commands()
    {
        var result = await CliRunner.RunAsync("--help");

        foreach (var command in new[] { "brief", "ingest", "annotate", "extract", "search", "ner", "train", "compare", "stories" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }
}
