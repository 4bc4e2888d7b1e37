using Dossier.Core;

namespace Dossier.Ingest.Tests;

public sealed class FeedTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Harbour Wire</title>
            <language>en</language>
            <item>
              <title>Talks open in the harbour city</title>
              <link>https://wire.example/2026/05/11/talks-open</link>
              <pubDate>Mon, 11 May 2026 17:05:00 +0200</pubDate>
              <dc:creator>Jana Holm</dc:creator>
              <description><![CDATA[<p>The delegations met on Monday for the first time in two years.</p><p>A second round is planned.</p>]]></description>
            </item>
            <item>
              <title>Second day</title>
              <pubDate>Tue, 12 May 2026 09:00:00 GMT</pubDate>
              <description>&lt;p&gt;On the second day the mediator presented a written plan.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public async Task Rss_items_become_documents_with_item_metadata()
    {
        var path = _folder.File("wire.xml", Rss);
        var items = await Read.AllAsync(path);

        Assert.Equal(2, items.Count);
        var first = Assert.IsType<IngestedDocument>(items[0]).Document;
        Assert.Equal(path + "#1", first.Metadata.Source);
        Assert.Equal("rss", first.Metadata.Format);
        Assert.Equal("Talks open in the harbour city", first.Metadata.Title);
        Assert.Equal("https://wire.example/2026/05/11/talks-open", first.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 17, 5, 0, TimeSpan.FromHours(2)), first.Metadata.Published);
        Assert.Equal("feed", first.Metadata.PublishedFrom);
        Assert.Equal(["Jana Holm"], first.Metadata.Authors);
        Assert.Equal("Harbour Wire", first.Metadata.SiteName);
        Assert.Equal("en", first.Metadata.Language);
        Assert.Equal(["The delegations met on Monday for the first time in two years.", "A second round is planned."], Read.BlockTexts(first));

        var second = Assert.IsType<IngestedDocument>(items[1]).Document;
        Assert.Equal(path + "#2", second.Metadata.Source);
        Assert.Equal("On the second day the mediator presented a written plan.", second.Text);
    }

    [Fact]
    public async Task Atom_entries_with_html_xhtml_and_text_content()
    {
        var path = _folder.File("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Ledger</title>
              <entry>
                <title>Framework agreed</title>
                <link rel="alternate" href="https://ledger.example/framework"/>
                <published>2026-05-22T21:15:00+02:00</published>
                <author><name>Rui Alves</name></author>
                <content type="html">&lt;p&gt;The two sides agreed on a framework for further talks.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Xhtml entry</title>
                <updated>2026-05-23T08:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Monitors will arrive within a week.</p></div></content>
              </entry>
              <entry>
                <title>Text entry</title>
                <summary>Plain summary text about the exchange of prisoners.</summary>
              </entry>
            </feed>
            """);

        var documents = (await Read.AllAsync(path)).Select(i => Assert.IsType<IngestedDocument>(i).Document).ToList();

        Assert.Equal(3, documents.Count);
        Assert.Equal("atom", documents[0].Metadata.Format);
        Assert.Equal("The two sides agreed on a framework for further talks.", documents[0].Text);
        Assert.Equal(["Rui Alves"], documents[0].Metadata.Authors);
        Assert.Equal("https://ledger.example/framework", documents[0].Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 5, 22, 21, 15, 0, TimeSpan.FromHours(2)), documents[0].Metadata.Published);
        Assert.Equal("Monitors will arrive within a week.", documents[1].Text);
        Assert.Equal("Plain summary text about the exchange of prisoners.", documents[2].Text);
    }

    [Fact]
    public async Task Feed_is_sniffed_when_the_extension_says_nothing()
    {
        var items = await Read.AllAsync(_folder.File("wire.feed", Rss));

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public async Task External_entities_are_never_resolved()
    {
        var secret = _folder.File("secret.txt", "TOP-SECRET-CONTENT-42");
        var feed = _folder.File("evil.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Talks</title><description>&leak; Talks resumed in Port Elena.</description></item>
            </channel></rss>
            """);

        var items = await Read.AllAsync(feed);

        var item = Assert.Single(items);
        var text = item switch
        {
            IngestedDocument d => d.Document.Text + d.Document.Metadata.Title,
            IngestFailure f => f.Failure.Reason,
            _ => "",
        };
        Assert.DoesNotContain("TOP-SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public async Task Harmless_doctype_is_ignored()
    {
        var feed = _folder.File("old.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title>
            <item><title>Old item</title><description>Talks resumed in Port Elena.</description></item>
            </channel></rss>
            """);

        var document = await Read.OneAsync(feed);

        Assert.Equal("Talks resumed in Port Elena.", document.Text);
    }

    [Fact]
    public async Task Item_without_text_is_one_failure_and_the_others_are_read()
    {
        var feed = _folder.File("mixed.xml", """
            <rss version="2.0"><channel><title>W</title>
            <item><title>Empty</title><description></description></item>
            <item><title>Full</title><description>Some real text here.</description></item>
            </channel></rss>
            """);

        var items = await Read.AllAsync(feed);

        Assert.Equal(2, items.Count);
        Assert.Equal(feed + "#1", Assert.IsType<IngestFailure>(items[0]).Failure.Source);
        Assert.IsType<IngestedDocument>(items[1]);
    }
}
