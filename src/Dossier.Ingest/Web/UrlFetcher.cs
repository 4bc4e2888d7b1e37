using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Dossier.Ingest.Decoding;

namespace Dossier.Ingest.Web;

/// <summary>
/// Downloads one URL: follows at most the configured number of redirects itself, gives the whole
/// exchange one time limit, and stops reading a body as soon as it passes the size limit.
/// </summary>
internal sealed class UrlFetcher(IngestOptions options)
{
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    });

    /// <summary>The body, its media type and charset, and the final URL after redirects.</summary>
    public sealed record Response(byte[] Body, string? MediaType, string? Charset, Uri FinalUrl);

    public async Task<Response> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.HttpTimeout);
        try
        {
            return await FetchWithRedirectsAsync(url, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputRejectedException(string.Create(CultureInfo.InvariantCulture, $"timed out after {options.HttpTimeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException ex)
        {
            throw new InputRejectedException(Describe(ex));
        }
        catch (IOException ex)
        {
            throw new InputRejectedException("connection failed while reading: " + ex.Message.ReplaceLineEndings(" "));
        }
    }

    private async Task<Response> FetchWithRedirectsAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
            using var response = await SharedClient.Value.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (redirects >= options.MaxRedirects)
                {
                    throw new InputRejectedException($"too many redirects (more than {options.MaxRedirects})");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    throw new InputRejectedException($"redirected to an unsupported address ({current.Scheme}:)");
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new InputRejectedException($"HTTP {status.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd());
            }

            var length = response.Content.Headers.ContentLength;
            if (length > options.MaxInputBytes)
            {
                throw new InputRejectedException(ByteLimits.TooLarge(options.MaxInputBytes, length.Value));
            }

            var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var contentType = response.Content.Headers.ContentType;
            return new Response(body, contentType?.MediaType, contentType?.CharSet, current);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxInputBytes)
                {
                    throw new InputRejectedException($"larger than the {ByteLimits.Describe(options.MaxInputBytes)} limit (stopped reading)");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string Describe(HttpRequestException ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "could not connect: Connection refused",
                    SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "could not connect: host not found",
                    SocketError.TimedOut => "could not connect: connection timed out",
                    SocketError.NetworkUnreachable or SocketError.HostUnreachable => "could not connect: network unreachable",
                    _ => "could not connect: " + socket.Message.ReplaceLineEndings(" "),
                };
            }
        }

        return ex.HttpRequestError == HttpRequestError.ConnectionError
            ? "could not connect: " + ex.Message.ReplaceLineEndings(" ")
            : "request failed: " + ex.Message.ReplaceLineEndings(" ");
    }
}
