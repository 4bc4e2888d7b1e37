using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Briefing.Tests;

/// <summary>Hand-built documents: paragraphs joined by blank lines, with layers set from plain descriptions.</summary>
internal sealed partial class TestDoc
{
    public required string Source { get; init; }

    public required string[] Paragraphs { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateOnly? Dct { get; init; }

    /// <summary>Where <see cref="Dct"/> came from; by default metadata when <see cref="Published"/> is set, else the text.</summary>
    public DateOrigin? DctOrigin { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? SiteName { get; init; }

    /// <summary>Every occurrence of each text becomes a mention.</summary>
    public (string Text, EntityType Type)[] Entities { get; init; } = [];

    /// <summary>Each occurrence of each text becomes a DATE timex with the value.</summary>
    public (string Text, string Value)[] Timexes { get; init; } = [];

    /// <summary>Quoted content, speaker text as it occurs after the quote, canonical speaker name.</summary>
    public (string Content, string? Speaker, string? SpeakerName)[] Quotes { get; init; } = [];

    /// <summary>Paragraph indexes that cleanup excluded.</summary>
    public int[] Excluded { get; init; } = [];

    public Document Build()
    {
        var text = string.Join("\n\n", Paragraphs);
        var document = new Document(text, new SourceMetadata
        {
            Source = Source,
            Title = Title,
            Url = Url,
            SiteName = SiteName,
            Published = Published,
        });

        var blocks = new List<Block>();
        var sentences = new List<Sentence>();
        var excluded = new List<ExcludedRegion>();
        var offset = 0;
        for (var p = 0; p < Paragraphs.Length; p++)
        {
            var paragraph = Paragraphs[p];
            blocks.Add(new Block(offset, offset + paragraph.Length, BlockKind.Paragraph));
            if (Excluded.Contains(p))
            {
                excluded.Add(new ExcludedRegion(offset, offset + paragraph.Length, ExclusionReason.ShareLine));
            }
            else
            {
                var start = 0;
                foreach (Match match in Break().Matches(paragraph))
                {
                    sentences.Add(new Sentence(offset + start, offset + match.Index));
                    start = match.Index + match.Length;
                }

                if (start < paragraph.Length)
                {
                    sentences.Add(new Sentence(offset + start, offset + paragraph.Length));
                }
            }

            offset += paragraph.Length + 2;
        }

        document.Set(Layers.Blocks, [.. blocks]);
        document.Set(Layers.Sentences, [.. sentences]);
        document.Set(Layers.Excluded, [.. excluded]);
        document.Set(Layers.Entities, Occurrences(text, Entities.Select(e => (e.Text, (Func<int, int, EntityMention>)((s, e2) => new EntityMention(s, e2, e.Type))))));
        document.Set(Layers.Timexes, Occurrences(text, Timexes.Select(t => (t.Text, (Func<int, int, Timex>)((s, e) => new Timex(s, e, TimexType.Date, t.Value))))));

        var quotes = new List<Quote>();
        foreach (var (content, speaker, name) in Quotes)
        {
            var start = text.IndexOf(content, StringComparison.Ordinal);
            Assert.True(start >= 0, $"quote not in text: {content}");
            TextSpan? speakerSpan = null;
            if (speaker is not null)
            {
                var at = text.IndexOf(speaker, start + content.Length, StringComparison.Ordinal);
                Assert.True(at >= 0, $"speaker not after quote: {speaker}");
                speakerSpan = new TextSpan(at, at + speaker.Length);
            }

            quotes.Add(new Quote(start, start + content.Length, true, speakerSpan, null, name));
        }

        document.Set(Layers.Quotes, [.. quotes.OrderBy(q => q.Start).ThenBy(q => q.End)]);
        if (Dct is { } dct)
        {
            document.Set(Layers.CreationTime, new DocumentDate(dct, DctOrigin ?? (Published is null ? DateOrigin.Text : DateOrigin.Metadata), "test"));
        }

        return document;
    }

    private static ImmutableArray<T> Occurrences<T>(string text, IEnumerable<(string Text, Func<int, int, T> Make)> items) where T : struct, ISpanned
    {
        var spans = new List<T>();
        foreach (var (needle, make) in items)
        {
            var at = 0;
            while ((at = text.IndexOf(needle, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + needle.Length;
                var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (wordStart && wordEnd && !spans.Any(s => s.Start < end && at < s.End))
                {
                    spans.Add(make(at, end));
                }

                at = end;
            }
        }

        return [.. spans.OrderBy(s => s.Start).ThenBy(s => s.End)];
    }

    [GeneratedRegex("(?<=[.!?][\"\u201D]?)\\s+(?=[A-Z\"\u201C])")]
    private static partial Regex Break();
}

/// <summary>Groups mentions by their text, with an alias table for spelling variants.</summary>
internal sealed class TextGrouper(IReadOnlyDictionary<string, string>? canonical = null) : IEntityGrouper
{
    public IReadOnlyList<EntityGroup> Group(IReadOnlyList<Document> documents)
    {
        var mentions = new SortedDictionary<string, List<(Document Doc, EntityMention Mention, string Text)>>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var mention in document.Get(Layers.Entities))
            {
                var text = document.TextOf(mention);
                var name = canonical is not null && canonical.TryGetValue(text, out var c) ? c : text;
                if (!mentions.TryGetValue(name, out var list))
                {
                    list = [];
                    mentions[name] = list;
                }

                list.Add((document, mention, text));
            }
        }

        return mentions.Select(kv => new EntityGroup(
                "e-" + kv.Key.ToLowerInvariant().Replace(' ', '-'),
                kv.Key,
                kv.Value[0].Mention.Type,
                kv.Value.GroupBy(m => m.Text, StringComparer.Ordinal)
                    .Select(g => new EntityAlias(g.Key, g.Count(), g.Select(m => m.Doc.Id).Distinct().Order(StringComparer.Ordinal).ToList()))
                    .ToList(),
                kv.Value.Select(m => new MentionRef(m.Doc.Id, m.Mention.Start, m.Mention.End)).ToList()))
            .ToList();
    }
}
