using System.IO.Compression;
using System.Text;

namespace Dossier.Ingest.Tests;

/// <summary>Every bad input yields exactly one failure with a short reason, and the rest of the batch is read.</summary>
public sealed class FailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> ReasonWithGoodNeighbour(string badPath)
    {
        var good = _folder.File("good.txt", "Negotiators met in Port Elena on Tuesday.");
        var items = await Read.AllAsync(good, badPath);

        Assert.Equal(2, items.Count);
        Assert.IsType<IngestedDocument>(items[0]);
        var failure = Assert.IsType<IngestFailure>(items[1]).Failure;
        Assert.Equal(badPath, failure.Source);
        Assert.DoesNotContain('\n', failure.Reason);
        return failure.Reason;
    }

    [Fact]
    public async Task Empty_file() => Assert.Equal("empty file", await ReasonWithGoodNeighbour(_folder.File("empty.txt", "")));

    [Fact]
    public async Task Whitespace_only_file_is_empty() =>
        Assert.Contains("empty", await ReasonWithGoodNeighbour(_folder.File("blank.txt", " \n\n\t ")), StringComparison.Ordinal);

    [Fact]
    public async Task Png_named_txt_is_binary() =>
        Assert.Equal("binary file (PNG image), not text",
            await ReasonWithGoodNeighbour(_folder.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])));

    [Fact]
    public async Task Nul_bytes_are_binary() =>
        Assert.Contains("binary", await ReasonWithGoodNeighbour(_folder.Bytes("nul.txt", [0x41, 0x42, 0x00, 0x43, 0x44])), StringComparison.Ordinal);

    [Fact]
    public async Task Invalid_utf8_names_the_byte_and_offset() =>
        Assert.Equal("not valid UTF-8 text (byte 0xE9 at offset 3)",
            await ReasonWithGoodNeighbour(_folder.Bytes("latin.txt", [.. "Caf"u8.ToArray(), 0xE9, 0x20, 0xC3, 0x28, .. " talks resumed."u8.ToArray()])));

    [Fact]
    public async Task File_over_the_limit_is_refused_before_reading()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk
        }

        Assert.Equal("larger than the 64 MiB limit (200.0 MiB)", await ReasonWithGoodNeighbour(path));
    }

    [Fact]
    public async Task Gzip_that_expands_past_the_limit_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[3 * 1024 * 1024]);
        }

        var path = _folder.Bytes("bomb.txt.gz", buffer.ToArray());
        var failure = Assert.IsType<IngestFailure>(Assert.Single(await Read.AllAsync(new IngestOptions { MaxInputBytes = 1024 * 1024 }, path))).Failure;

        Assert.Contains("MiB", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_path() =>
        Assert.Equal("no such file or directory", await ReasonWithGoodNeighbour(Path.Combine(_folder.Path, "no-such-file.txt")));

    [Fact]
    public async Task Html_without_article_text() =>
        Assert.Equal("no article text found",
            await ReasonWithGoodNeighbour(_folder.File("nothing.html", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")));

    [Fact]
    public async Task Malformed_feed_xml() =>
        Assert.StartsWith("malformed XML: ",
            await ReasonWithGoodNeighbour(_folder.File("broken.xml", "<rss version=\"2.0\"><channel><item><title>x</title></channel></rss>")), StringComparison.Ordinal);

    [Fact]
    public async Task Xml_that_is_not_a_feed() =>
        Assert.Equal("not an RSS or Atom feed (root element <urlset>)",
            await ReasonWithGoodNeighbour(_folder.File("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>")));

    [Fact]
    public async Task Html_with_declared_windows_1252_is_decoded()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le caf\u00e9 \u2013 the talks resumed in the old harbour district on Tuesday morning.</p></body></html>";
        var path = _folder.Bytes("w1252.html", Encoding.GetEncoding(1252).GetBytes(html));

        var document = await Read.OneAsync(path);

        Assert.Contains("Le caf\u00e9 \u2013 the talks", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_in_undeclared_windows_1251_is_sniffed()
    {
        var text = "Переговоры возобновились во вторник в старом портовом районе города.";
        var path = _folder.Bytes("w1251.html", Encoding.GetEncoding(1251).GetBytes($"<html><body><p>{text}</p></body></html>"));

        var document = await Read.OneAsync(path);

        Assert.Equal(text, document.Text);
        Assert.Equal("ru", document.Metadata.Language);
    }

    static FailureTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
