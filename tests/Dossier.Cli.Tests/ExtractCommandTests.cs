using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>`dossier extract` writes the DESIGN.md fields, plus where the date came from, one line per page.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Page = """
        <!doctype html>
        <html lang="en"><head>
        <title>Ferry talks resume | Harbour Wire</title>
        <link rel="canonical" href="https://wire.example/2026/05/12/ferry-talks">
        <meta property="article:published_time" content="2026-05-12T08:30:00+02:00">
        <meta name="author" content="Jana Holm">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article>
        <h1>Ferry talks resume</h1>
        <p>Negotiators from the ferry union and the port authority met again on Tuesday, the first meeting since the strike began.</p>
        <p>"We are closer than we were a week ago," the union's chair, Olle Brandt, told reporters after the session ended.</p>
        </article>
        <footer>© Harbour Wire. <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_page_becomes_one_line_with_body_and_metadata()
    {
        var page = _folder.File("ferry.html", Page);

        var result = await CliRunner.RunAsync("extract", page, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(page, root.GetProperty("source").GetString());
        Assert.Equal("Ferry talks resume", root.GetProperty("title").GetString());
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("Negotiators from the ferry union", text, StringComparison.Ordinal);
        Assert.Contains("\n\n\"We are closer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
        Assert.Equal("2026-05-12T08:30:00.0000000+02:00", root.GetProperty("published").GetString());
        Assert.Equal("meta", root.GetProperty("publishedFrom").GetString());
        Assert.Equal(["Jana Holm"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("https://wire.example/2026/05/12/ferry-talks", root.GetProperty("url").GetString());
    }
}
