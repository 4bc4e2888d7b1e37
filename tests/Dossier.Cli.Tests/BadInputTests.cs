using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dossier.Cli.Tests;

/// <summary>
/// Every kind of bad input gets one clear error line naming it, the rest of the batch is processed,
/// and the exit code says something failed.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodArticle =
        "Negotiators from Valdoria and Kestria met in Port Elena on May 12, 2026. " +
        "Foreign Minister Anna Berg said the talks were \"difficult but useful\". " +
        "The mediator, Tomas Keller, proposed a ceasefire in the Saren Valley.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task AssertOneErrorAndGoodOutput(string badPath, string expectedReasonFragment)
    {
        var good = _folder.File("good.txt", GoodArticle);

        var result = await CliRunner.RunAsync("annotate", good, badPath);

        Assert.Equal(1, result.ExitCode);
        var errors = result.ErrorLines.Where(l => l.Contains("error", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(badPath, error, StringComparison.Ordinal);
        Assert.Contains(expectedReasonFragment, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal); // no stack trace
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Port Elena", line, StringComparison.Ordinal);
    }

    [Fact]
    public Task Empty_file() => AssertOneErrorAndGoodOutput(_folder.File("empty.txt", ""), "empty");

    [Fact]
    public Task Binary_file() =>
        AssertOneErrorAndGoodOutput(_folder.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), "binary");

    [Fact]
    public Task Invalid_utf8() =>
        AssertOneErrorAndGoodOutput(_folder.Bytes("latin.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, 0x20, 0xC3, 0x28, .. Encoding.ASCII.GetBytes(" talks resumed.")]), "UTF-8");

    [Fact]
    public Task File_of_200_MB()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk
        }

        return AssertOneErrorAndGoodOutput(path, "MiB");
    }

    [Fact]
    public Task Unreadable_path() => AssertOneErrorAndGoodOutput(Path.Combine(_folder.Path, "no-such-file.txt"), "no such");

    [Fact]
    public Task Unreachable_url()
    {
        // A port nobody listens on: take a free one and close it again.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return AssertOneErrorAndGoodOutput($"http://127.0.0.1:{port}/article", "connect");
    }

    [Fact]
    public async Task Feed_with_external_entities_never_resolves_them()
    {
        var secret = _folder.File("secret.txt", "TOP-SECRET-CONTENT-42");
        var feed = _folder.File("feed.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Talks</title><description>&leak; Talks resumed in Port Elena.</description></item>
            </channel></rss>
            """);
        var good = _folder.File("good.txt", GoodArticle);

        var result = await CliRunner.RunAsync("annotate", good, feed);

        Assert.DoesNotContain("TOP-SECRET-CONTENT-42", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET-CONTENT-42", result.Error, StringComparison.Ordinal);
        Assert.Contains("Port Elena", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        if (result.ExitCode != 0)
        {
            // Refusing the feed is fine, but then it must say so in one line that names it.
            Assert.Contains(result.ErrorLines, line => line.Contains(feed, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Malformed_html_is_read_or_reported_but_never_crashes()
    {
        var page = _folder.File("broken.html",
            "<html><body><div><p>Negotiators met in Port Elena on Tuesday and agreed to meet again.<p>The mediator <b>proposed <i>a ceasefire</b> for the valley.</div></span></table><p>Unclosed");
        var noText = _folder.File("nothing.html", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>");

        var result = await CliRunner.RunAsync("annotate", page, noText);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Port Elena", result.Output, StringComparison.Ordinal);
        var error = Assert.Single(result.ErrorLines, l => l.Contains("error", StringComparison.Ordinal));
        Assert.Contains(noText, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_good_input_exits_zero()
    {
        var result = await CliRunner.RunAsync("annotate", _folder.File("good.txt", GoodArticle));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Bad_option_value_is_a_usage_error_without_stack_trace()
    {
        var result = await CliRunner.RunAsync("annotate", "--dct", "12/05/2026", _folder.File("good.txt", GoodArticle));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--dct", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
