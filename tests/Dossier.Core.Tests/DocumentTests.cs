using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests;

public class DocumentTests
{
    [Fact]
    public void Id_is_a_content_hash_that_ignores_whitespace_layout()
    {
        var a = Docs.Make("Talks resumed  on Monday.\nBoth sides agreed.");
        var b = Docs.Make("Talks resumed on Monday. Both sides agreed.\n", "other-source");
        var c = Docs.Make("Talks resumed on Tuesday. Both sides agreed.");

        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, c.Id);
        Assert.Equal(ContentHash.IdLength, a.Id.Length);
    }

    [Fact]
    public void Set_rejects_a_span_outside_the_text()
    {
        var doc = Docs.Make("short");

        var error = Assert.Throws<SpanInvariantException>(() => doc.Set(Layers.Tokens, [new Token(2, 9, TokenKind.Word)]));

        Assert.Contains("tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_rejects_unsorted_and_inverted_spans()
    {
        var doc = Docs.Make("one two three");

        Assert.Throws<SpanInvariantException>(() => doc.Set(Layers.Tokens, [new Token(4, 7, TokenKind.Word), new Token(0, 3, TokenKind.Word)]));
        Assert.Throws<SpanInvariantException>(() => doc.Set(Layers.Sentences, [new Sentence(5, 2)]));
    }

    [Fact]
    public void Unset_layers_read_as_empty_and_data_as_null()
    {
        var doc = Docs.Make("text");

        Assert.Empty(doc.Get(Layers.Entities));
        Assert.Null(doc.Get(Layers.CreationTime));
        Assert.False(doc.Has(Layers.Entities));
    }

    [Fact]
    public void IsExcluded_detects_overlap_with_any_excluded_region()
    {
        var doc = Docs.Make("Share this\nReal news here.\nSource link");
        doc.Set(Layers.Excluded, [new ExcludedRegion(0, 10, ExclusionReason.ShareLine), new ExcludedRegion(27, 38, ExclusionReason.SourceLink)]);

        Assert.True(doc.IsExcluded(new TextSpan(5, 12)));
        Assert.False(doc.IsExcluded(new TextSpan(11, 26)));
        Assert.True(doc.IsExcluded(new TextSpan(30, 31)));
    }

    [Fact]
    public void Valid_layers_are_accepted_whatever_the_text()
    {
        // Property: any sorted set of in-range spans is accepted and read back unchanged.
        Prop.ForAll<string, int[]>((text, cuts) =>
        {
            text ??= string.Empty;
            var points = (cuts ?? []).Select(c => Math.Abs(c % (text.Length + 1))).Order().ToArray();
            var spans = new List<Sentence>();
            for (var i = 0; i + 1 < points.Length; i += 2)
            {
                spans.Add(new Sentence(points[i], points[i + 1]));
            }

            var doc = Docs.Make(text);
            doc.Set(Layers.Sentences, [.. spans]);
            return doc.Get(Layers.Sentences).SequenceEqual(spans);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Offset_map_returns_source_positions_and_null_for_separators()
    {
        var map = new SourceOffsetMap([(0, 10, 5), (7, 30, 3)]);

        Assert.Equal(10, map.ToSource(0));
        Assert.Equal(14, map.ToSource(4));
        Assert.Null(map.ToSource(5)); // inserted separator
        Assert.Equal(31, map.ToSource(8));
        Assert.Null(map.ToSource(10));
        Assert.Throws<ArgumentException>(() => new SourceOffsetMap([(0, 0, 5), (3, 9, 2)]));
    }

    [Fact]
    public void Document_date_is_estimated_unless_given()
    {
        var day = new DateOnly(2026, 5, 12);

        Assert.False(new DocumentDate(day, DateOrigin.Metadata, "feed pubDate").Estimated);
        Assert.False(new DocumentDate(day, DateOrigin.User, "--dct").Estimated);
        Assert.True(new DocumentDate(day, DateOrigin.Text, "May 12, 2026").Estimated);
        Assert.True(new DocumentDate(day, DateOrigin.IngestDay, "no date found").Estimated);
    }

    [Fact]
    public void Text_is_never_changed_by_annotating()
    {
        const string text = "  Zelenskyy’s visit to Kyiv — “historic”, officials said.  ";
        var doc = Docs.Make(text);
        new WhitespaceTokens().Process(doc, CancellationToken.None);
        doc.Set(Layers.Excluded, ImmutableArray.Create(new ExcludedRegion(0, 2, ExclusionReason.Navigation)));

        Assert.Same(text, doc.Text);
        Assert.All(doc.Get(Layers.Tokens), t => Assert.False(string.IsNullOrWhiteSpace(doc.TextOf(t))));
    }
}
