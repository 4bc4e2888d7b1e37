using Dossier.Core;

namespace Dossier.Storage.Tests;

public class LayerCodecTests
{
    [Fact]
    public void Every_known_layer_round_trips_through_its_blob()
    {
        var document = TestDocuments.Full();
        var copy = new Document(document.Text, document.Metadata) { SourceMap = document.SourceMap };

        foreach (var (name, data) in LayerCodec.EncodeAll(document))
        {
            Assert.Equal(LayerCodec.CurrentVersion, data[0]);
            LayerCodec.Apply(copy, name, data);
        }

        Assert.Equal(8, copy.Keys.Count());
        TestDocuments.AssertSame(document, copy);
    }

    [Fact]
    public void Sorted_spans_cost_about_two_bytes_each()
    {
        var document = TestDocuments.Full();
        var tokens = LayerCodec.EncodeAll(document).Single(l => l.Name == "tokens").Data;

        Assert.True(tokens.Length < 4 * document.Get(Layers.Tokens).Length, $"{tokens.Length} bytes");
    }

    [Fact]
    public void A_layer_this_program_does_not_know_is_skipped()
    {
        var document = new Document("text", new SourceMetadata { Source = "a" });

        LayerCodec.Apply(document, "sentiment", [1, 2, 3]);

        Assert.Empty(document.Keys);
    }

    [Fact]
    public void A_known_layer_with_a_newer_format_version_is_an_error()
    {
        var document = new Document("text", new SourceMetadata { Source = "a" });

        var error = Assert.Throws<FormatException>(() => LayerCodec.Apply(document, "sentences", [2, 0]));

        Assert.Contains("format version 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 1 })]
    [InlineData(new byte[] { 1, 5, 0 })]
    [InlineData(new byte[] { 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(new byte[] { 1, 0, 9 })]
    public void Truncated_or_malformed_blobs_are_format_errors(byte[] data)
    {
        var document = new Document("some text here", new SourceMetadata { Source = "a" });

        Assert.Throws<FormatException>(() => LayerCodec.Apply(document, "tokens", data));
    }

    [Fact]
    public void A_source_map_keeps_its_runs_and_what_every_position_maps_to()
    {
        var map = new SourceOffsetMap([(0, 10, 3), (3, 13, 2), (6, 100, 4), (12, 5, 0)]);

        var copy = LayerCodec.DecodeSourceMap(LayerCodec.EncodeSourceMap(map));

        Assert.Equal(map.Runs, copy.Runs);
        for (var i = 0; i <= 12; i++)
        {
            Assert.Equal(map.ToSource(i), copy.ToSource(i));
        }
    }
}

public class SearchQueryTests
{
    [Theory]
    [InlineData("ceasefire", "\"ceasefire\"")]
    [InlineData("  Kyiv   talks ", "\"Kyiv\" \"talks\"")]
    [InlineData("Zelensky's", "\"Zelensky s\"")]
    [InlineData("\"NEAR( ceasefire*", "\"NEAR\" \"ceasefire\"")]
    [InlineData("a-b c:d", "\"a b\" \"c d\"")]
    [InlineData("Київ café 😀 naïve", "\"Київ\" \"café\" \"naïve\"")]
    public void Queries_become_quoted_phrases_of_words(string query, string expected) =>
        Assert.Equal(expected, SearchQuery.ToFts5(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n")]
    [InlineData("\" * - ( ) : ^ +")]
    public void Queries_without_words_give_nothing(string? query) => Assert.Null(SearchQuery.ToFts5(query));

    [Fact]
    public void Very_long_queries_are_capped()
    {
        var phrases = SearchQuery.Phrases(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}")));

        Assert.Equal(SearchQuery.MaxPhrases, phrases.Count);
    }
}
