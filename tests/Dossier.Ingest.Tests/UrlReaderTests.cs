using System.Net;
using System.Net.Sockets;
using System.Text;
using Dossier.Core;

namespace Dossier.Ingest.Tests;

/// <summary>URL reading against a small HTTP server on 127.0.0.1.</summary>
public sealed class UrlReaderTests : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _server;

    public UrlReaderTests()
    {
        _listener.Start();
        _server = Task.Run(ServeAsync);
    }

    private string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync() ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
                {
                }

                var path = requestLine.Split(' ')[1];
                switch (path)
                {
                    case "/article":
                        await RespondAsync(stream, "200 OK", "text/html; charset=utf-8",
                            "<html lang=\"en\"><head><title>Talks</title><link rel=\"canonical\" href=\"/canonical/article\"></head><body><article><p>The delegations met in the harbour city on Monday and agreed to meet again.</p></article></body></html>");
                        break;
                    case "/plain":
                        await RespondAsync(stream, "200 OK", "text/plain", "Plain text from the server.\n\nSecond paragraph.");
                        break;
                    case "/feed":
                        await RespondAsync(stream, "200 OK", "application/rss+xml",
                            "<rss version=\"2.0\"><channel><title>W</title><item><title>T</title><description>Feed text.</description></item></channel></rss>");
                        break;
                    case "/redirect":
                        await RespondAsync(stream, "302 Found", "text/plain", "", "Location: /article\r\n");
                        break;
                    case "/loop":
                        await RespondAsync(stream, "302 Found", "text/plain", "", "Location: /loop\r\n");
                        break;
                    case "/missing":
                        await RespondAsync(stream, "404 Not Found", "text/plain", "nothing here");
                        break;
                    case "/big":
                        // No Content-Length: the cap must apply while streaming.
                        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
                        await stream.WriteAsync(head);
                        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
                        for (var i = 0; i < 64; i++)
                        {
                            await stream.WriteAsync(chunk);
                        }

                        break;
                    case "/slow":
                        await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                        break;
                }
            }
            catch (Exception)
            {
                // The client gave up (size cap, timeout): nothing to do.
            }
        }
    }

    private static async Task RespondAsync(NetworkStream stream, string status, string contentType, string body, string extraHeaders = "")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _server;
        _stop.Dispose();
    }

    [Fact]
    public async Task Html_page_is_extracted_with_canonical_url()
    {
        var document = await Read.OneAsync(Url("/article"));

        Assert.Equal("The delegations met in the harbour city on Monday and agreed to meet again.", document.Text);
        Assert.Equal(Url("/canonical/article"), document.Metadata.Url);
        Assert.Equal("url", document.Metadata.Format);
        Assert.Equal(Url("/article"), document.Metadata.Source);
    }

    [Fact]
    public async Task Content_type_decides_text_and_feed()
    {
        var items = await Read.AllAsync(Url("/plain"), Url("/feed"));

        Assert.Equal(["Plain text from the server.", "Second paragraph."], Read.BlockTexts(Assert.IsType<IngestedDocument>(items[0]).Document));
        Assert.Equal("Feed text.", Assert.IsType<IngestedDocument>(items[1]).Document.Text);
        Assert.Equal(Url("/feed") + "#1", items[1].Source);
    }

    [Fact]
    public async Task Redirects_are_followed()
    {
        var document = await Read.OneAsync(Url("/redirect"));

        Assert.Contains("delegations met", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_loop_stops_at_the_limit()
    {
        var failure = Assert.IsType<IngestFailure>(Assert.Single(await Read.AllAsync(new IngestOptions { MaxRedirects = 3 }, Url("/loop")))).Failure;

        Assert.Equal("too many redirects (more than 3)", failure.Reason);
    }

    [Fact]
    public async Task Not_found_is_reported_with_the_status()
    {
        var failure = await Read.FailureAsync(Url("/missing"));

        Assert.Equal("HTTP 404 Not Found", failure.Reason);
    }

    [Fact]
    public async Task Body_over_the_limit_is_cut_off_while_streaming()
    {
        var failure = Assert.IsType<IngestFailure>(Assert.Single(await Read.AllAsync(new IngestOptions { MaxInputBytes = 1024 * 1024 }, Url("/big")))).Failure;

        Assert.Contains("1 MiB", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_server_times_out()
    {
        var failure = Assert.IsType<IngestFailure>(Assert.Single(await Read.AllAsync(new IngestOptions { HttpTimeout = TimeSpan.FromMilliseconds(300) }, Url("/slow")))).Failure;

        Assert.Equal("timed out after 0.3 s", failure.Reason);
    }

    [Fact]
    public async Task Connection_refused()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var failure = await Read.FailureAsync($"http://127.0.0.1:{port}/article");

        Assert.Equal("could not connect: Connection refused", failure.Reason);
    }
}
