using Dossier.Core;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dossier.Briefing.Tests;

/// <summary>Random documents built from a small vocabulary, so that copies, overlaps and entities occur by chance.</summary>
public class CitationPropertyTests
{
    private static readonly string[] Words =
    [
        "talks", "port", "union", "ceasefire", "minister", "said", "offer", "strike", "river", "the", "and", "of",
        "prisoners", "border", "vote", "council", "report", "week", "city", "north",
    ];

    private static readonly string[] Names = ["Anna Berg", "Tomas Keller", "Brisk", "Port Elena"];

    private static Gen<string> Sentence =>
        from count in Gen.Choose(3, 18)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        from name in Gen.Elements(Names)
        from withName in Gen.Elements(true, false)
        from end in Gen.Elements(".", ".", "!", "?", "", ".\u201D")
        from capital in Gen.Elements(true, true, false)
        select Shape(words, withName ? name : null, end, capital);

    private static string Shape(string[] words, string? name, string end, bool capital)
    {
        var text = string.Join(' ', name is null ? words : words.Take(words.Length / 2).Append(name).Concat(words.Skip(words.Length / 2)));
        return (capital ? char.ToUpperInvariant(text[0]) + text[1..] : text) + end;
    }

    private static Gen<TestDoc> Doc(int index) =>
        from paragraphs in Gen.NonEmptyListOf(Gen.ListOf(Sentence).Where(s => s.Count > 0).Select(s => string.Join(" ", s)))
        from excludedMask in Gen.Choose(0, 7)
        from day in Gen.Choose(1, 28)
        from dated in Gen.Elements(true, false)
        select new TestDoc
        {
            Source = $"doc{index}.txt",
            Paragraphs = [.. paragraphs.Take(6)],
            Published = dated ? new DateTimeOffset(2026, 5, day, 12, 0, 0, TimeSpan.Zero) : null,
            Dct = new DateOnly(2026, 5, day),
            Excluded = [.. Enumerable.Range(0, 3).Where(i => (excludedMask & (1 << i)) != 0)],
            Entities = [.. Names.Select(n => (n, n.Contains(' ', StringComparison.Ordinal) ? EntityType.Person : EntityType.Location))],
            Timexes = [("week", $"2026-05-{day:00}"), ("vote", "2026-05")],
        };

    private static Gen<List<Document>> Corpus =>
        from count in Gen.Choose(1, 5)
        from docs in Gen.CollectToList(Enumerable.Range(0, count), Doc)
        from duplicate in Gen.Elements(true, false)
        select Materialize(docs.ToList(), duplicate);

    private static List<Document> Materialize(List<TestDoc> docs, bool duplicate)
    {
        if (duplicate)
        {
            // An exact copy with different white space and a later date.
            var first = docs[0];
            docs.Add(new TestDoc
            {
                Source = "copy.txt",
                Paragraphs = [.. first.Paragraphs.Select(p => p + " ")],
                Dct = first.Dct?.AddDays(1),
                Entities = first.Entities,
                Timexes = first.Timexes,
            });
        }

        return docs.Select(d => d.Build()).DistinctBy(d => d.Id).ToList();
    }

    [Property(MaxTest = 60)]
    public Property Every_citation_lands_on_its_text_and_never_on_excluded_text() =>
        Prop.ForAll(Corpus.ToArbitrary(), documents =>
        {
            var briefing = BriefingBuilderTests.Build(documents, 7);
            CitationAssert.AllLandOnText(briefing, documents);
            Assert.InRange(briefing.Summary.Count, 0, 7);
        });

    [Property(MaxTest = 20)]
    public Property Briefing_does_not_depend_on_document_order() =>
        Prop.ForAll(Corpus.ToArbitrary(), documents =>
        {
            var renderer = new JsonBriefingRenderer();
            var forward = new StringWriter();
            renderer.Render(BriefingBuilderTests.Build(documents), forward);
            var backward = new StringWriter();
            renderer.Render(BriefingBuilderTests.Build(documents.AsEnumerable().Reverse().ToList()), backward);
            Assert.Equal(forward.ToString(), backward.ToString());
        });
}
