using Dossier.Core;
using Dossier.Stories.Text;

namespace Dossier.Stories.Tests;

public class TextTests
{
    [Fact]
    public void Words_fold_case_and_diacritics_and_drop_possessives()
    {
        Assert.Equal(["zelenskyy", "s", "plan"], TextNormalizer.Words("Zelenskyy s plan"));
        Assert.Equal(["valdoria", "plan", "zaporizzia", "dont"], TextNormalizer.Words("Valdoria\u2019s plan: Zaporížžia, don't!"));
    }

    [Fact]
    public void Stems_meet_across_inflections()
    {
        Assert.Equal(TextNormalizer.Stem("prisoners"), TextNormalizer.Stem("prisoner"));
        Assert.Equal(TextNormalizer.Stem("negotiations"), TextNormalizer.Stem("negotiation"));
        Assert.Equal("40", TextNormalizer.Stem("40"));
    }

    [Fact]
    public void Similarity_ranks_paraphrases_above_unrelated_sentences()
    {
        var same = SentenceSimilarity.Score(
            "Kestria offered to release 40 prisoners on Monday.",
            "On Monday, Kestria offered to free 40 prisoners.");
        var other = SentenceSimilarity.Score(
            "Kestria offered to release 40 prisoners on Monday.",
            "The choir won first prize at the festival.");

        Assert.True(same >= SentenceSimilarity.ParaphraseThreshold, $"{same}");
        Assert.True(other < 0.2, $"{other}");
        Assert.Equal(1.0, SentenceSimilarity.Score("A b c talks.", "talks c b a"), 6);
        Assert.Equal(0.0, SentenceSimilarity.Score("", ""));
    }

    [Fact]
    public void Profiles_keep_numbers()
    {
        Assert.Equal(["40", "2026"], SentenceProfile.Create("40 prisoners in 2026").Numbers);
    }

    [Fact]
    public void Content_sentences_skip_excluded_text_and_are_trimmed()
    {
        var document = Docs.Make("a", ["  First sentence here. Second one.", "Share this", "Third part."], excluded: [1]);

        var spans = ContentSentences.Of(document);

        Assert.Equal(["First sentence here.", "Second one.", "Third part."], spans.Select(s => s.Slice(document.Text)));
    }

    [Fact]
    public void Content_sentences_without_a_layer_use_a_simple_splitter()
    {
        var document = new Document("Talks opened. \u201CWe are ready,\u201D she said.\nShare\n\nNext paragraph!", new SourceMetadata { Source = "x" });

        var spans = ContentSentences.Of(document).Select(s => s.Slice(document.Text)).ToList();

        Assert.Equal(["Talks opened.", "\u201CWe are ready,\u201D she said.", "Share", "Next paragraph!"], spans);
    }

    [Fact]
    public void Content_sentences_are_cut_at_block_boundaries()
    {
        var document = new Document("Headline without stop\nBody sentence one. Body two.", new SourceMetadata { Source = "x" });
        document.Set(Layers.Blocks, [new Block(0, 21, BlockKind.Title), new Block(22, 50, BlockKind.Paragraph)]);
        document.Set(Layers.Sentences, [new Sentence(0, 40), new Sentence(41, 50)]);

        var spans = ContentSentences.Of(document).Select(s => s.Slice(document.Text)).ToList();

        Assert.Equal(["Headline without stop", "Body sentence one.", "Body two."], spans);
    }
}
