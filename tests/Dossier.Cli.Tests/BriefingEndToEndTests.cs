using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>The briefing of samples/ and of the seed articles, through the real program.</summary>
public class BriefingEndToEndTests
{
    /// <summary>Document texts by id, from `annotate`, to check that citations land on real text.</summary>
    private static async Task<Dictionary<string, string>> TextsByIdAsync(params string[] inputs)
    {
        var result = await CliRunner.RunAsync(["annotate", .. inputs]);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            texts[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("text").GetString()!;
        }

        return texts;
    }

    private static IEnumerable<JsonElement> Citations(JsonElement root)
    {
        foreach (var item in root.GetProperty("summary").EnumerateArray())
        {
            foreach (var citation in item.GetProperty("citations").EnumerateArray())
            {
                yield return citation;
            }
        }

        foreach (var item in root.GetProperty("timeline").EnumerateArray())
        {
            foreach (var citation in item.GetProperty("citations").EnumerateArray())
            {
                yield return citation;
            }
        }

        foreach (var question in root.GetProperty("faq").EnumerateArray())
        {
            foreach (var answer in question.GetProperty("answer").EnumerateArray())
            {
                foreach (var citation in answer.GetProperty("citations").EnumerateArray())
                {
                    yield return citation;
                }
            }
        }
    }

    internal static void AssertContract(JsonElement root)
    {
        foreach (var source in root.GetProperty("sources").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, source.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, source.GetProperty("source").ValueKind);
            Assert.True(source.TryGetProperty("title", out _));
            Assert.True(source.TryGetProperty("published", out _));
            Assert.True(source.TryGetProperty("copyOf", out _));
        }

        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, entity.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, entity.GetProperty("name").ValueKind);
            Assert.Contains(entity.GetProperty("type").GetString(), new[] { "PER", "LOC", "ORG", "MISC" });
            Assert.Equal(JsonValueKind.Array, entity.GetProperty("aliases").ValueKind);
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.String, mention.GetProperty("source").ValueKind);
                Assert.Equal(JsonValueKind.Number, mention.GetProperty("start").ValueKind);
                Assert.Equal(JsonValueKind.Number, mention.GetProperty("end").ValueKind);
                Assert.Equal(JsonValueKind.String, mention.GetProperty("text").ValueKind);
            }
        }

        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            foreach (var field in new[] { "source", "start", "end", "text", "speakerName", "speakerId" })
            {
                Assert.True(quote.TryGetProperty(field, out _), $"quote lacks {field}");
            }
        }

        foreach (var entry in root.GetProperty("timeline").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, entry.GetProperty("date").ValueKind);
            Assert.Equal(JsonValueKind.String, entry.GetProperty("text").ValueKind);
            Assert.NotEmpty(entry.GetProperty("citations").EnumerateArray());
        }

        foreach (var item in root.GetProperty("summary").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, item.GetProperty("text").ValueKind);
            Assert.NotEmpty(item.GetProperty("citations").EnumerateArray());
        }

        foreach (var question in root.GetProperty("faq").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, question.GetProperty("question").ValueKind);
            Assert.NotEmpty(question.GetProperty("answer").EnumerateArray());
        }
    }

    private static void AssertCitationsLandOnText(JsonElement root, Dictionary<string, string> texts)
    {
        var sourceIds = root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToHashSet();
        var count = 0;
        foreach (var citation in Citations(root))
        {
            var id = citation.GetProperty("source").GetString()!;
            Assert.Contains(id, sourceIds);
            var text = texts[id];
            var start = citation.GetProperty("start").GetInt32();
            var end = citation.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            count++;
        }

        Assert.True(count > 0, "the briefing cites nothing");

        // Summary sentences are extracts: the cited characters are exactly the sentence.
        foreach (var item in root.GetProperty("summary").EnumerateArray())
        {
            var citation = item.GetProperty("citations")[0];
            var text = texts[citation.GetProperty("source").GetString()!];
            var cited = text[citation.GetProperty("start").GetInt32()..citation.GetProperty("end").GetInt32()];
            Assert.Contains(item.GetProperty("text").GetString()!, cited, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Samples_briefing_meets_the_json_contract_and_cites_real_text()
    {
        var result = await CliRunner.RunAsync("brief", CliRunner.Samples, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        AssertContract(root);
        Assert.InRange(root.GetProperty("summary").GetArrayLength(), 5, 8);
        Assert.True(root.GetProperty("sources").GetArrayLength() >= 6);
        Assert.NotEmpty(root.GetProperty("timeline").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("quotes").EnumerateArray());
        AssertCitationsLandOnText(root, await TextsByIdAsync(CliRunner.Samples));
    }

    [Fact]
    public async Task Seeds_briefing_has_five_sources_no_junk_and_exact_citations()
    {
        var seeds = Path.Combine(CliRunner.SharedFolder, "seeds");
        if (!Directory.Exists(seeds))
        {
            Console.WriteLine($"skipped: {seeds} is absent");
            return;
        }

        var result = await CliRunner.RunAsync("brief", seeds, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        AssertContract(root);
        Assert.Equal(5, root.GetProperty("sources").GetArrayLength());
        var texts = await TextsByIdAsync(seeds);
        AssertCitationsLandOnText(root, texts);

        // No junk: no summary sentence may overlap a region cleanup excluded, nor look like scraped furniture.
        var annotate = await CliRunner.RunAsync("annotate", seeds);
        var excluded = annotate.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(
                doc => doc.GetProperty("id").GetString()!,
                doc => doc.GetProperty("excluded").EnumerateArray().Select(r => (Start: r.GetProperty("start").GetInt32(), End: r.GetProperty("end").GetInt32())).ToList());
        foreach (var item in root.GetProperty("summary").EnumerateArray())
        {
            var text = item.GetProperty("text").GetString()!;
            Assert.DoesNotMatch(@"(?i)^(source link|share|subscribe|https?://|\S*logo$)", text.Trim());
            foreach (var citation in item.GetProperty("citations").EnumerateArray())
            {
                var start = citation.GetProperty("start").GetInt32();
                var end = citation.GetProperty("end").GetInt32();
                Assert.DoesNotContain(excluded[citation.GetProperty("source").GetString()!], r => r.Start < end && start < r.End);
            }
        }
    }

    [Fact]
    public async Task Html_briefing_is_self_contained()
    {
        var result = await CliRunner.RunAsync("brief", CliRunner.Samples, "--format", "html");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("<!DOCTYPE html>", result.Output.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", result.Output);
        Assert.Contains("name=\"viewport\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_markup_never_executes_in_the_html_briefing()
    {
        using var folder = new TempFolder();
        var page = folder.File("hostile.html", """
            <html><head><title>Talks &lt;script&gt;alert(1)&lt;/script&gt;</title></head><body><article>
            <h1>Ceasefire talks <img src=x onerror=alert(1)></h1>
            <p>Foreign Minister Anna Berg said on May 12, 2026 that "&lt;script&gt;alert('quote')&lt;/script&gt; we are ready," in Port Elena.</p>
            <p>The mediator Tomas Keller proposed a ceasefire on May 14, 2026 after long talks in Port Elena with both delegations.</p>
            <p>Negotiators from Valdoria and Kestria met again on May 15, 2026, and officials said progress was slow but real.</p>
            </article></body></html>
            """);

        var result = await CliRunner.RunAsync("brief", page, "--format", "html");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("<script", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_file_is_written_and_stdout_stays_empty()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "out", "briefing.md");

        var result = await CliRunner.RunAsync("brief", CliRunner.Samples, "-o", target);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Output);
        Assert.Contains("## Summary", await File.ReadAllTextAsync(target), StringComparison.OrdinalIgnoreCase);
    }
}
