using System.Collections.Immutable;
using Dossier.Core;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Storage.Tests;

/// <summary>Hand-built and generated documents, and a layer-by-layer comparison.</summary>
internal static class TestDocuments
{
    public const string SampleText =
        "Share this article\n\nValdoria and Kestria agreed to a ceasefire on Monday. \"We want peace,\" said Foreign Minister Ana Ruiz. " +
        "Talks resume in Geneva on 16 May 2025 — officials said the ceasefire holds. Photo: Reuters 😀";

    /// <summary>A document with every layer, every metadata field, a DCT and a source map.</summary>
    public static Document Full(string? text = null, string source = "samples/full.html", string? publishedFrom = "json-ld")
    {
        text ??= SampleText;
        var document = new Document(text, new SourceMetadata
        {
            Source = source,
            Format = "html",
            Title = "Valdoria and Kestria agree to a ceasefire",
            Url = "https://example.org/news/ceasefire?id=1&x=\"2\"",
            Published = new DateTimeOffset(2025, 5, 12, 9, 30, 15, 123, TimeSpan.FromHours(-4)).AddTicks(4567),
            Authors = ["Jane Doe", "Ján Novák"],
            PublishedFrom = publishedFrom,
            SiteName = "Example News",
            Language = "en",
        })
        {
            SourceMap = new SourceOffsetMap([(0, 40, 18), (20, 100, text.Length - 30)]),
        };

        var share = Find(text, "Share this article");
        var first = Find(text, "Valdoria and Kestria agreed to a ceasefire on Monday.");
        var quote = Find(text, "\"We want peace,\" said Foreign Minister Ana Ruiz.");
        var talks = Find(text, "Talks resume in Geneva on 16 May 2025 — officials said the ceasefire holds.");
        var photo = Find(text, "Photo: Reuters 😀");
        document.Set(Layers.Excluded, [new ExcludedRegion(share.Start, share.End, ExclusionReason.ShareLine), new ExcludedRegion(photo.Start, photo.End, ExclusionReason.PhotoCredit)]);
        document.Set(Layers.Blocks, [new Block(share.Start, share.End, BlockKind.Paragraph), new Block(first.Start, text.Length, BlockKind.Paragraph)]);
        document.Set(Layers.Sentences, [new Sentence(share.Start, share.End), new Sentence(first.Start, first.End), new Sentence(quote.Start, quote.End), new Sentence(talks.Start, talks.End), new Sentence(photo.Start, photo.End)]);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var kind = char.IsLetter(text[i]) ? TokenKind.Word : char.IsDigit(text[i]) ? TokenKind.Number : char.IsPunctuation(text[i]) ? TokenKind.Punctuation : TokenKind.Symbol;
            i++;
            while (i < text.Length && kind is TokenKind.Word or TokenKind.Number && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(start, i, kind));
        }

        document.Set(Layers.Tokens, tokens.ToImmutable());
        var valdoria = Find(text, "Valdoria");
        var kestria = Find(text, "Kestria");
        var ruiz = Find(text, "Ana Ruiz");
        var geneva = Find(text, "Geneva");
        var reuters = Find(text, "Reuters");
        document.Set(Layers.Entities, [new EntityMention(valdoria.Start, valdoria.End, EntityType.Location), new EntityMention(kestria.Start, kestria.End, EntityType.Location), new EntityMention(ruiz.Start, ruiz.End, EntityType.Person), new EntityMention(geneva.Start, geneva.End, EntityType.Location), new EntityMention(reuters.Start, reuters.End, EntityType.Organization)]);
        var monday = Find(text, "Monday");
        var date = Find(text, "16 May 2025");
        document.Set(Layers.Timexes, [new Timex(monday.Start, monday.End, TimexType.Date, "2025-05-12"), new Timex(date.Start, date.End, TimexType.Date, "2025-05-16")]);
        var peace = Find(text, "We want peace,");
        var said = Find(text, "said");
        var officials = Find(text, "officials");
        var holds = Find(text, "the ceasefire holds");
        document.Set(Layers.Quotes, [new Quote(peace.Start, peace.End, true, ruiz, said, "Ana Ruiz"), new Quote(holds.Start, holds.End, false, officials, null, null)]);
        document.Set(Layers.CreationTime, new DocumentDate(new DateOnly(2025, 5, 12), DateOrigin.Metadata, "meta article:published_time"));
        return document;
    }

    /// <summary>A plain document with one sentence per line (and nothing else but metadata).</summary>
    public static Document Lines(string source, params string[] sentences)
    {
        var text = string.Join("\n", sentences);
        var document = new Document(text, new SourceMetadata { Source = source });
        var spans = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new Sentence(start, start + sentence.Length));
            start += sentence.Length + 1;
        }

        document.Set(Layers.Sentences, spans.ToImmutable());
        return document;
    }

    public static TextSpan Find(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' not in text");
        return new TextSpan(start, start + part.Length);
    }

    /// <summary>Asserts that <paramref name="actual"/> equals <paramref name="expected"/> field by field and layer by layer.</summary>
    public static void AssertSame(Document expected, Document? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Text, actual.Text);
        var (e, a) = (expected.Metadata, actual.Metadata);
        Assert.Equal(e.Source, a.Source);
        Assert.Equal(e.Format, a.Format);
        Assert.Equal(e.Title, a.Title);
        Assert.Equal(e.Url, a.Url);
        Assert.Equal(e.Published, a.Published);
        Assert.Equal(e.Published?.Offset, a.Published?.Offset);
        Assert.Equal(e.Authors, a.Authors);
        Assert.Equal(e.SiteName, a.SiteName);
        Assert.Equal(e.PublishedFrom, a.PublishedFrom);
        Assert.Equal(e.Language, a.Language);
        Assert.Equal(expected.SourceMap is null, actual.SourceMap is null);
        if (expected.SourceMap is not null)
        {
            for (var i = 0; i <= expected.Text.Length; i++)
            {
                Assert.True(expected.SourceMap.ToSource(i) == actual.SourceMap!.ToSource(i), $"source map differs at {i}");
            }
        }

        Assert.Equal(expected.Keys.Select(k => k.Name).Order(), actual.Keys.Select(k => k.Name).Order());
        foreach (var key in expected.Keys)
        {
            Assert.True(actual.Has(key), $"{key.Name} missing");
        }

        Assert.Equal(expected.Get(Layers.Blocks).ToArray(), actual.Get(Layers.Blocks).ToArray());
        Assert.Equal(expected.Get(Layers.Excluded).ToArray(), actual.Get(Layers.Excluded).ToArray());
        Assert.Equal(expected.Get(Layers.Tokens).ToArray(), actual.Get(Layers.Tokens).ToArray());
        Assert.Equal(expected.Get(Layers.Sentences).ToArray(), actual.Get(Layers.Sentences).ToArray());
        Assert.Equal(expected.Get(Layers.Entities).ToArray(), actual.Get(Layers.Entities).ToArray());
        Assert.Equal(expected.Get(Layers.Timexes).ToArray(), actual.Get(Layers.Timexes).ToArray());
        Assert.Equal(expected.Get(Layers.Quotes).ToArray(), actual.Get(Layers.Quotes).ToArray());
        Assert.Equal(expected.Get(Layers.CreationTime), actual.Get(Layers.CreationTime));
    }

    // ---- FsCheck generators -------------------------------------------------------------

    private static readonly string[] Pieces =
        ["a", "b", "Z", "é", "日", " ", " ", "\n", "\t", ".", ",", "\"", "'", "«", "»", "—", "😀", "0", "9", "\u0301"];

    private static readonly Gen<string> TextGen = Gen.Elements(Pieces).ArrayOf().Select(string.Concat);

    private static readonly Gen<string?> SmallStringGen = Gen.OrNull(Gen.Elements(Pieces).ArrayOf().Select(p => (string?)string.Concat(p.Take(12))));

    private static Gen<T> EnumGen<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<TextSpan> SpanGen(int length) =>
        Gen.Choose(0, length).Two().Select(t => new TextSpan(Math.Min(t.Item1, t.Item2), Math.Max(t.Item1, t.Item2)));

    private static Gen<ImmutableArray<T>> LayerGen<T>(int length, Func<TextSpan, Gen<T>> make) where T : struct, ISpanned =>
        SpanGen(length).SelectMany(make).ArrayOf()
            .Select(spans => spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToImmutableArray());

    private static Gen<Quote> QuoteGen(int length, TextSpan span) =>
        from direct in Gen.Elements(true, false)
        from hasSpeaker in Gen.Elements(true, false)
        from speaker in SpanGen(length)
        from hasCue in Gen.Elements(true, false)
        from cue in SpanGen(length)
        from name in SmallStringGen
        select new Quote(span.Start, span.End, direct, hasSpeaker ? speaker : null, hasCue ? cue : null, name);

    private static Gen<SourceOffsetMap> SourceMapGen(int length) =>
        Gen.Choose(0, 5).Three().ArrayOf().Select(steps =>
        {
            var runs = new List<(int, int, int)>();
            int text = 0, source = 0;
            foreach (var (gap, jump, run) in steps)
            {
                text += gap;
                source += jump;
                if (text + run > length)
                {
                    break;
                }

                runs.Add((text, source, run));
                text += run;
                source += run;
            }

            return new SourceOffsetMap(runs);
        });

    private static readonly Gen<DateTimeOffset> PublishedGen =
        from ticks in Gen.Choose(0, int.MaxValue)
        from days in Gen.Choose(0, 3_000_000)
        from minutes in Gen.Choose(-14 * 60, 14 * 60)
        select new DateTimeOffset(new DateTime(2000, 1, 1).AddDays(days % 20_000).AddTicks(ticks), TimeSpan.FromMinutes(minutes));

    /// <summary>A generated document: random text (with surrogate pairs and combining marks), metadata and any subset of layers.</summary>
    public static readonly Gen<Document> DocumentGen =
        from text in TextGen
        from source in TextGen
        from title in SmallStringGen
        from url in SmallStringGen
        from site in SmallStringGen
        from language in Gen.Elements<string?>(null, "en", "de", "uk")
        from format in Gen.Elements("txt", "html", "rss", "jsonl")
        from hasPublished in Gen.Elements(true, false)
        from published in PublishedGen
        from authors in SmallStringGen.Select(s => s ?? "").ArrayOf()
        from hasMap in Gen.Elements(true, false)
        from map in SourceMapGen(text.Length)
        from which in Gen.Choose(0, 255)
        from blocks in LayerGen(text.Length, s => EnumGen<BlockKind>().Select(k => new Block(s.Start, s.End, k)))
        from excluded in LayerGen(text.Length, s => EnumGen<ExclusionReason>().Select(k => new ExcludedRegion(s.Start, s.End, k)))
        from tokens in LayerGen(text.Length, s => EnumGen<TokenKind>().Select(k => new Token(s.Start, s.End, k)))
        from sentences in LayerGen(text.Length, s => Gen.Constant(new Sentence(s.Start, s.End)))
        from entities in LayerGen(text.Length, s => EnumGen<EntityType>().Select(k => new EntityMention(s.Start, s.End, k)))
        from timexes in LayerGen(text.Length, s => from k in EnumGen<TimexType>() from v in TextGen select new Timex(s.Start, s.End, k, v))
        from quotes in LayerGen(text.Length, s => QuoteGen(text.Length, s))
        from day in Gen.Choose(0, 3_652_058)
        from origin in EnumGen<DateOrigin>()
        from derivation in TextGen
        select Build(text, new SourceMetadata
        {
            Source = source,
            Format = format,
            Title = title,
            Url = url,
            Published = hasPublished ? published : null,
            Authors = authors,
            SiteName = site,
            Language = language,
        }, hasMap ? map : null, which, blocks, excluded, tokens, sentences, entities, timexes, quotes,
        new DocumentDate(DateOnly.FromDayNumber(day), origin, derivation));

    private static Document Build(
        string text, SourceMetadata metadata, SourceOffsetMap? map, int which,
        ImmutableArray<Block> blocks, ImmutableArray<ExcludedRegion> excluded, ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences, ImmutableArray<EntityMention> entities, ImmutableArray<Timex> timexes,
        ImmutableArray<Quote> quotes, DocumentDate dct)
    {
        var document = new Document(text, metadata) { SourceMap = map };
        if ((which & 1) != 0) document.Set(Layers.Blocks, blocks);
        if ((which & 2) != 0) document.Set(Layers.Excluded, excluded);
        if ((which & 4) != 0) document.Set(Layers.Tokens, tokens);
        if ((which & 8) != 0) document.Set(Layers.Sentences, sentences);
        if ((which & 16) != 0) document.Set(Layers.Entities, entities);
        if ((which & 32) != 0) document.Set(Layers.Timexes, timexes);
        if ((which & 64) != 0) document.Set(Layers.Quotes, quotes);
        if ((which & 128) != 0) document.Set(Layers.CreationTime, dct);
        return document;
    }
}
