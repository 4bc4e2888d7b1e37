using System.IO.Compression;
using System.Text;
using Dossier.Core;

namespace Dossier.Ingest.Tests;

public sealed class JsonLinesAndGzipTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Jsonl_lines_become_documents_with_their_fields()
    {
        var path = _folder.File("digest.jsonl", """
            {"title": "Talks resume", "text": "First paragraph.\n\nSecond paragraph.", "url": "https://daily.example/a", "published": "2026-05-12T21:05:00+02:00", "source": "Coastline Daily"}

            {"title": "From html", "html": "<html><body><article><p>The mediator presented a written plan on Thursday, officials said.</p></article></body></html>", "sourceName": "Post"}
            {"title": "Broken"
            {"title": "No body"}
            """);

        var items = await Read.AllAsync(path);

        Assert.Equal(4, items.Count);
        var first = Assert.IsType<IngestedDocument>(items[0]).Document;
        Assert.Equal(path + "#1", first.Metadata.Source);
        Assert.Equal("jsonl", first.Metadata.Format);
        Assert.Equal(["First paragraph.", "Second paragraph."], Read.BlockTexts(first));
        Assert.Equal("Coastline Daily", first.Metadata.SiteName);
        Assert.Equal("https://daily.example/a", first.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 21, 5, 0, TimeSpan.FromHours(2)), first.Metadata.Published);

        var second = Assert.IsType<IngestedDocument>(items[1]).Document;
        Assert.Equal("The mediator presented a written plan on Thursday, officials said.", second.Text);
        Assert.Equal("Post", second.Metadata.SiteName);

        Assert.StartsWith("invalid JSON", Assert.IsType<IngestFailure>(items[2]).Failure.Reason, StringComparison.Ordinal);
        Assert.Equal("no \"text\" or \"html\" field", Assert.IsType<IngestFailure>(items[3]).Failure.Reason);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Gzipped_text_and_html_are_read_by_their_inner_extension()
    {
        var text = _folder.Bytes("a.txt.gz", Gzip("Compressed text about the talks."));
        var html = _folder.Bytes("b.html.gz", Gzip("<html><body><p>Compressed page about the talks in the harbour.</p></body></html>"));

        var items = await Read.AllAsync(text, html);

        var first = Assert.IsType<IngestedDocument>(items[0]).Document;
        Assert.Equal("Compressed text about the talks.", first.Text);
        Assert.Equal("txt", first.Metadata.Format);
        var second = Assert.IsType<IngestedDocument>(items[1]).Document;
        Assert.Equal("Compressed page about the talks in the harbour.", second.Text);
        Assert.Equal("html", second.Metadata.Format);
        Assert.NotNull(second.SourceMap);
    }

    [Fact]
    public async Task Folder_scan_includes_gz_of_known_formats()
    {
        _folder.Bytes("x.html.gz", Gzip("<p>Compressed page about the talks in the harbour.</p>"));
        _folder.Bytes("y.bin.gz", Gzip("skipped"));

        var items = await Read.AllAsync(_folder.Path);

        Assert.Single(items);
    }

    [Fact]
    public async Task Corrupt_gzip_is_one_failure()
    {
        var path = _folder.Bytes("bad.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]);

        var failure = await Read.FailureAsync(path);

        Assert.Equal("corrupt gzip data", failure.Reason);
    }
}
