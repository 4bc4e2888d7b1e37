using Dossier.Core.Corpus;
using Dossier.Stories.Copies;

namespace Dossier.Stories.Tests;

public class CopyDetectorTests
{
    private static IReadOnlyList<CopyRelation> Detect(params Dossier.Core.Document[] documents) =>
        new ShingleCopyDetector().Detect(documents);

    [Fact]
    public void Exact_copy_with_other_boilerplate_and_case_points_to_the_earlier_document()
    {
        var original = Docs.Make("a", Docs.Report, Docs.Day(7));
        var copy = Docs.Make("b", [.. Docs.Report.Select(p => p.ToUpperInvariant()), "Share this story with friends"], Docs.Day(8), excluded: [6]);

        var relation = Assert.Single(Detect(copy, original));

        Assert.Equal(copy.Id, relation.DocumentId);
        Assert.Equal(original.Id, relation.OriginalId);
        Assert.Equal(CopyKind.Exact, relation.Kind);
        Assert.Equal(1.0, relation.Similarity);
    }

    [Fact]
    public void Near_duplicate_with_an_edited_sentence_is_found()
    {
        var original = Docs.Make("a", Docs.Report, Docs.Day(7));
        var edited = Docs.Report.ToArray();
        edited[3] = "Several cafe owners said the closure came at the worst possible moment for them.";
        var copy = Docs.Make("b", edited, Docs.Day(7, 18));

        var relation = Assert.Single(Detect(original, copy));

        Assert.Equal(copy.Id, relation.DocumentId);
        Assert.Equal(CopyKind.NearDuplicate, relation.Kind);
        Assert.InRange(relation.Similarity, 0.5, 0.99);
    }

    [Fact]
    public void Paraphrased_copy_is_found_by_sentence_alignment()
    {
        var original = Docs.Make("a", Docs.Report, Docs.Day(7));
        var copy = Docs.Make("b", Docs.Reworded, Docs.Day(8));

        var relation = Assert.Single(Detect(copy, original));

        Assert.Equal(copy.Id, relation.DocumentId);
        Assert.Equal(original.Id, relation.OriginalId);
        Assert.Equal(CopyKind.Paraphrase, relation.Kind);
        Assert.True(relation.SharedSentences >= 4, $"shared {relation.SharedSentences}");
    }

    [Fact]
    public void Unrelated_documents_and_a_shared_quote_are_not_copies()
    {
        var report = Docs.Make("a", Docs.Report, Docs.Day(7));
        var choir = Docs.Make("b", Docs.Unrelated, Docs.Day(8));
        var quoting = Docs.Make("c", [.. Docs.Unrelated, Docs.Report[4]], Docs.Day(9));

        Assert.Empty(Detect(report, choir));
        Assert.DoesNotContain(Detect(report, quoting), r => r.OriginalId == report.Id);
    }

    [Fact]
    public void Without_dates_the_longer_document_is_the_original()
    {
        var longer = Docs.Make("a", [.. Docs.Report, "Repairs are expected to cost about two million crowns, the transport office added."]);
        var shorter = Docs.Make("b", Docs.Report.Take(5).ToArray());

        var relation = Assert.Single(Detect(shorter, longer));

        Assert.Equal(longer.Id, relation.OriginalId);
    }

    [Fact]
    public void Result_does_not_depend_on_input_order_and_each_copy_has_one_original()
    {
        var documents = new[]
        {
            Docs.Make("a", Docs.Report, Docs.Day(7)),
            Docs.Make("b", Docs.Reworded, Docs.Day(8)),
            Docs.Make("c", [.. Docs.Report.Select(p => p.ToUpperInvariant())], Docs.Day(9)),
            Docs.Make("d", Docs.Unrelated, Docs.Day(9)),
        };

        var forward = Detect(documents);
        var backward = Detect([.. documents.Reverse()]);

        Assert.Equal(forward, backward);
        Assert.Equal(forward.Count, forward.Select(r => r.DocumentId).Distinct().Count());
        Assert.All(forward, r => Assert.Equal(documents[0].Id, r.OriginalId));
    }

    [Fact]
    public void Documents_with_the_same_id_are_taken_once_whatever_their_order()
    {
        var first = Docs.Make("a", Docs.Report, Docs.Day(7));
        var again = Docs.Make("z", [.. Docs.Report.Select(p => p + " ")], Docs.Day(9));
        var copy = Docs.Make("b", Docs.Reworded, Docs.Day(8));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(Detect(first, again, copy), Detect(copy, again, first));
    }

    [Fact]
    public void Empty_and_single_inputs_give_no_relations()
    {
        Assert.Empty(Detect());
        Assert.Empty(Detect(Docs.Make("a", Docs.Report)));
        Assert.Empty(Detect(Docs.Make("a", [""]), Docs.Make("b", [" "])));
    }

    [Fact]
    public void Options_are_respected()
    {
        var original = Docs.Make("a", Docs.Report, Docs.Day(7));
        var copy = Docs.Make("b", Docs.Reworded, Docs.Day(8));

        var strict = new ShingleCopyDetector(new CopyDetectionOptions { SentenceThreshold = 0.99, ParaphraseFraction = 0.9 }).Detect([original, copy]);

        Assert.True(strict.Count == 0, string.Join("; ", strict));
    }
}
