using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>`ingest` then `brief` across separate runs of the program, with one SQLite file.</summary>
public class StorageFlowTests
{
    [Fact]
    public async Task Ingest_then_brief_across_runs_and_ingesting_twice_adds_nothing()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "story.db");

        var first = await CliRunner.RunAsync("ingest", CliRunner.Samples, "--db", db);
        var second = await CliRunner.RunAsync("ingest", CliRunner.Samples, "--db", db);
        var brief = await CliRunner.RunAsync("brief", "--db", db, "--format", "json");
        var oneShot = await CliRunner.RunAsync("brief", CliRunner.Samples, "--format", "json");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"[1-9]\d* added, 0 already present", first.Error);
        Assert.Matches(@" 0 added, [1-9]\d* already present", second.Error);
        Assert.True(brief.ExitCode == 0, brief.Error);
        using var stored = JsonDocument.Parse(brief.Output);
        using var direct = JsonDocument.Parse(oneShot.Output);
        BriefingEndToEndTests.AssertContract(stored.RootElement);
        Assert.Equal(
            direct.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order(),
            stored.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order());
        Assert.Equal(
            direct.RootElement.GetProperty("summary").GetRawText(),
            stored.RootElement.GetProperty("summary").GetRawText());
    }

    [Fact]
    public async Task Search_finds_sentences_of_ingested_articles()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "story.db");
        await CliRunner.RunAsync("ingest", CliRunner.Samples, "--db", db);

        var result = await CliRunner.RunAsync("search", "ceasefire", "--db", db);
        var hostile = await CliRunner.RunAsync("search", "\"NEAR( ceasefire*", "--db", db);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("ceasefire", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, hostile.ExitCode);
    }

    [Fact]
    public async Task Brief_without_paths_or_database_explains_what_to_do()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunInAsync(folder.Path, "brief");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dossier ingest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_one_clear_error()
    {
        using var folder = new TempFolder();
        var fake = folder.File("fake.db", "this is not a database, just text that is long enough to have a header....");

        var result = await CliRunner.RunAsync("brief", "--db", fake);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(fake, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
