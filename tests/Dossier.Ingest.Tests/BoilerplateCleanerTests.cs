using System.Collections.Immutable;
using Dossier.Core;

namespace Dossier.Ingest.Tests;

public sealed class BoilerplateCleanerTests
{
    private static Document Lines(params string[] lines)
    {
        var text = string.Join("\n\n", lines);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var position = 0;
        foreach (var line in lines)
        {
            blocks.Add(new Block(position, position + line.Length, BlockKind.Paragraph));
            position += line.Length + 2;
        }

        var document = new Document(text, new SourceMetadata { Source = "test" });
        document.Set(Layers.Blocks, blocks.ToImmutable());
        return document;
    }

    private const string Body = "Negotiators met in Port Elena on Monday and agreed to continue the talks.";

    private static List<(string Text, ExclusionReason Reason)> Excluded(params string[] lines)
    {
        var document = Lines(lines);
        var before = document.Text;
        new BoilerplateCleaner().Process(document, CancellationToken.None);
        Assert.Equal(before, document.Text);
        return document.Get(Layers.Excluded).Select(r => (document.Text[r.Start..r.End], r.Reason)).ToList();
    }

    private static void AssertJunk(string line, ExclusionReason reason) =>
        Assert.Equal([(line, reason)], Excluded(Body, Body, Body, line, Body));

    [Fact]
    public void Stage_contract() =>
        Assert.Equal(("cleanup", Layers.Blocks, Layers.Excluded),
            (new BoilerplateCleaner().Name, (LayerKey<Block>)new BoilerplateCleaner().Requires.Single(), (LayerKey<ExcludedRegion>)new BoilerplateCleaner().Provides.Single()));

    [Theory]
    [InlineData("https://vnn.example/world/2026/05/11/port-elena-talks-open")]
    [InlineData("www.example.com/story")]
    public void Url_only_line(string line) => AssertJunk(line, ExclusionReason.UrlLine);

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    public void Share_line(string line) => AssertJunk(line, ExclusionReason.ShareLine);

    [Theory]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Sign up for the morning briefing")]
    [InlineData("Simply subscribe to the Harbour Wire Digest")] // an adverb added by machine translation
    [InlineData("Want the whole story? Subscribe now and read every article for a month free.")]
    [InlineData("Sie wollen mehr lesen? Jetzt abonnieren und alle Artikel lesen.")]
    public void Subscribe_line(string line) => AssertJunk(line, ExclusionReason.SubscribeLine);

    [Theory]
    [InlineData("12 comments")]
    [InlineData("View comments")]
    [InlineData("Comments (4)")]
    public void Comment_count(string line) => AssertJunk(line, ExclusionReason.CommentCount);

    [Theory]
    [InlineData("Source link")]
    [InlineData("Read the full story")]
    [InlineData("This article originally appeared on Harbour Wire.")]
    public void Source_link(string line) => AssertJunk(line, ExclusionReason.SourceLink);

    [Theory]
    [InlineData("VNNlogo")]
    [InlineData("Harbour Wire logo")]
    public void Logo_line(string line) => AssertJunk(line, ExclusionReason.LogoLine);

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    public void Advertisement_label(string line) => AssertJunk(line, ExclusionReason.SectionLabel);

    [Fact]
    public void Section_label_at_the_top() =>
        Assert.Equal([("WORLD", ExclusionReason.SectionLabel), ("World", ExclusionReason.SectionLabel)], Excluded("WORLD", "World", Body, Body));

    [Theory]
    [InlineData("Photo: Reuters")]
    [InlineData("Image credit: J. Doe/Harbour Wire")]
    [InlineData("© Getty Images")]
    public void Photo_credit(string line) => AssertJunk(line, ExclusionReason.PhotoCredit);

    [Fact]
    public void Credit_inside_a_caption_excludes_only_the_credit()
    {
        var excluded = Excluded(Body, "Delegates arrive at Harbour House on Monday. (AP Photo/Jane Doe)", Body);

        Assert.Equal([("(AP Photo/Jane Doe)", ExclusionReason.PhotoCredit)], excluded);
    }

    [Fact]
    public void The_heading_of_a_subscribe_box_goes_with_its_prompt()
    {
        const string heading = "Stay in view of the free updates";
        const string prompt = "Simply subscribe to the Harbour Wire Digest and get it in your inbox.";

        Assert.Equal([(heading, ExclusionReason.SubscribeLine), (prompt, ExclusionReason.SubscribeLine)], Excluded(heading, prompt, Body, Body));

        // The same words before ordinary text could be a headline; they stay.
        Assert.Empty(Excluded(heading, Body, Body));
    }

    [Theory]
    [InlineData("Home > World > Europe")]
    [InlineData("Skip to content")]
    public void Navigation(string line) => AssertJunk(line, ExclusionReason.Navigation);

    [Theory]
    [InlineData("Kestria offered to share revenue from the pipeline with Valdoria.")]
    [InlineData("Share prices fell sharply after the announcement on Monday.")]
    [InlineData("Readers who subscribe to conspiracy theories were not surprised.")]
    [InlineData("Now subscribers will pay twice as much, the regulator said.")]
    [InlineData("The photo shows the two ministers shaking hands.")]
    [InlineData("Comments by the minister drew criticism from the opposition.")]
    [InlineData("The source of the leak has not been identified, officials said.")]
    [InlineData("World leaders welcomed the agreement.")]
    [InlineData("Background")]
    public void Ordinary_sentences_are_not_excluded(string line) => Assert.Empty(Excluded(Body, Body, Body, line, Body));

    [Fact]
    public void Regions_are_sorted_and_do_not_overlap()
    {
        var excluded = Lines("World", Body, "Photo: Reuters", Body, "Source link", "https://a.example/x", "Share this article", "12 comments");
        new BoilerplateCleaner().Process(excluded, CancellationToken.None);
        var regions = excluded.Get(Layers.Excluded);

        Assert.Equal(6, regions.Length);
        for (var i = 1; i < regions.Length; i++)
        {
            Assert.True(regions[i].Start >= regions[i - 1].End);
        }
    }
}
