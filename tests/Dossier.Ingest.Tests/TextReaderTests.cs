using Dossier.Core;

namespace Dossier.Ingest.Tests;

public sealed class TextReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Paragraphs_are_separated_by_blank_lines_and_text_is_kept_verbatim()
    {
        const string text = "First paragraph about the talks.\n\nSecond paragraph, with more detail.\r\n\r\n\r\nThird.\n";
        var document = await Read.OneAsync(_folder.File("a.txt", text));

        Assert.Equal(text, document.Text);
        Assert.Equal(["First paragraph about the talks.", "Second paragraph, with more detail.", "Third."], Read.BlockTexts(document));
        Assert.Equal("txt", document.Metadata.Format);
        Read.AssertBlocksWellFormed(document);
    }

    [Fact]
    public async Task Hard_wrapped_lines_form_one_paragraph()
    {
        const string text = "The delegations met on Monday in the harbour city and talked\nfor almost six hours about the ceasefire line and prisoners\nbefore agreeing to meet again.\n\nNext paragraph.";
        var document = await Read.OneAsync(_folder.File("wrapped.txt", text));

        Assert.Equal(2, document.Get(Layers.Blocks).Length);
        Assert.StartsWith("The delegations", Read.BlockTexts(document)[0]);
        Assert.EndsWith("meet again.", Read.BlockTexts(document)[0]);
    }

    [Fact]
    public async Task Header_lines_are_blocks_of_their_own_and_give_title_author_and_date()
    {
        const string text = "World\nHarbourlogo\nDelegates agree to resume ceasefire talks next week\nBy Jana Holm, correspondent in Port Elena\nPublished May 11, 2026, 19:42\n\nPORT ELENA — Delegates agreed on Monday to resume talks, officials said.\n";
        var document = await Read.OneAsync(_folder.File("header.txt", text));

        var blocks = Read.BlockTexts(document);
        Assert.Equal("World", blocks[0]);
        Assert.Equal("Harbourlogo", blocks[1]);
        Assert.Equal(BlockKind.Title, document.Get(Layers.Blocks)[2].Kind);
        Assert.Equal("Delegates agree to resume ceasefire talks next week", document.Metadata.Title);
        Assert.Equal(["Jana Holm"], document.Metadata.Authors);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 19, 42, 0, TimeSpan.Zero), document.Metadata.Published);
    }

    [Fact]
    public async Task Scraping_junk_above_the_headline_is_not_the_title()
    {
        const string text = "Stay informed with our free updates\nSimply subscribe to the Harbour Wire Digest and get it in your inbox\nShare this article on Facebook\nDelegates agree to resume ceasefire talks next week\n\nPORT ELENA — Delegates agreed on Monday to resume talks, officials said.\n";
        var document = await Read.OneAsync(_folder.File("junk-header.txt", text));

        Assert.Equal("Delegates agree to resume ceasefire talks next week", document.Metadata.Title);
    }

    [Fact]
    public async Task One_paragraph_per_line_text_gives_one_block_per_line()
    {
        var line1 = "The negotiators from both countries met for the first time in two years, a meeting that officials on both sides described as tense but necessary for the region.";
        var line2 = "A second session is planned for Thursday, when the mediator is expected to present a written proposal on the exchange of prisoners.";
        var document = await Read.OneAsync(_folder.File("lines.txt", line1 + "\n" + line2 + "\n"));

        Assert.Equal([line1, line2], Read.BlockTexts(document));
    }

    [Fact]
    public async Task Markdown_headings_and_list_items_have_their_kinds()
    {
        const string text = "# Talks resume\n\nThe talks resumed today.\n\n## Key points\n\n- Prisoner exchange\n- Monitors on the line\n";
        var document = await Read.OneAsync(_folder.File("notes.md", text));

        var blocks = document.Get(Layers.Blocks);
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem], blocks.Select(b => b.Kind));
        Assert.Equal(["Talks resume", "The talks resumed today.", "Key points", "Prisoner exchange", "Monitors on the line"], Read.BlockTexts(document));
        Assert.Equal("Talks resume", document.Metadata.Title);
        Assert.Equal("md", document.Metadata.Format);
    }

    [Fact]
    public async Task Byte_order_mark_is_accepted()
    {
        var path = _folder.Bytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Hello world, this is text."u8.ToArray()]);
        var document = await Read.OneAsync(path);

        Assert.Equal("Hello world, this is text.", document.Text);
    }

    [Fact]
    public async Task Unknown_extension_named_explicitly_is_read_as_text()
    {
        var document = await Read.OneAsync(_folder.File("notes.data", "Plain words in an oddly named file."));

        Assert.Equal("Plain words in an oddly named file.", document.Text);
    }

    [Fact]
    public async Task Folders_are_read_recursively_in_ordinal_order_and_unknown_extensions_are_skipped()
    {
        _folder.File("b.txt", "Article B text.");
        _folder.File("A/z.txt", "Article Z text.");
        _folder.File("a.txt", "Article A text.");
        _folder.File("image.jpg", "not read");
        _folder.File("notes.data", "not read either");

        var items = await Read.AllAsync(_folder.Path);

        var sources = items.Select(i => Path.GetRelativePath(_folder.Path, i.Source).Replace('\\', '/')).ToList();
        Assert.Equal(["A/z.txt", "a.txt", "b.txt"], sources);
        Assert.All(items, i => Assert.IsType<IngestedDocument>(i));
    }

    [Fact]
    public async Task The_same_file_named_twice_is_read_once()
    {
        var path = _folder.File("once.txt", "Only once, please.");
        var items = await Read.AllAsync(path, path, _folder.Path);

        Assert.Single(items);
    }
}
