using Dossier.Core;
using Dossier.Stories.Clustering;

namespace Dossier.Stories.Tests;

public class ClusteringMetricsTests
{
    [Fact]
    public void Identical_partitions_score_one()
    {
        var s = ClusteringMetrics.Score(["a", "a", "b", "b"], [1, 1, 2, 2]);
        Assert.Equal(1, s.Precision, 12);
        Assert.Equal(1, s.Recall, 12);
        Assert.Equal(1, s.F1, 12);
        Assert.Equal(1, s.AdjustedRand, 12);
    }

    [Fact]
    public void Splitting_one_gold_cluster_keeps_precision_and_halves_recall()
    {
        var s = ClusteringMetrics.Score(["a", "a", "a", "a"], [1, 1, 2, 2]);
        Assert.Equal(1, s.Precision, 12);
        Assert.Equal(0.5, s.Recall, 12);
        Assert.Equal(2 / 3.0, s.F1, 12);
        Assert.Equal(0, s.AdjustedRand, 12);
    }

    [Fact]
    public void A_textbook_case_matches_hand_computation()
    {
        // Adjusted Rand of this pair is 0.2424... (index 2, expected 6 * 3 / 15, maximum 4.5).
        var s = ClusteringMetrics.Score([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]);
        Assert.Equal(0.8 / 3.3, s.AdjustedRand, 12);
        Assert.Equal(5 / 6.0, s.Precision, 12);
        Assert.Equal(5 / 9.0, s.Recall, 12);
    }

    [Fact]
    public void All_singletons_have_full_precision()
    {
        var s = ClusteringMetrics.Score(["a", "a", "b"], [1, 2, 3]);
        Assert.Equal(1, s.Precision, 12);
        Assert.Equal((0.5 + 0.5 + 1) / 3, s.Recall, 12);
    }
}

public class StoryClustererTests
{
    [Fact]
    public void A_report_and_its_rewording_form_one_story_and_another_event_its_own()
    {
        var report = Docs.Make("report.txt", Docs.Report, Docs.Day(1));
        var reworded = Docs.Make("reworded.txt", Docs.Reworded, Docs.Day(2));
        var choir = Docs.Make("choir.txt", Docs.Unrelated, Docs.Day(2));
        var stories = new StoryClusterer().Cluster([choir, reworded, report]);
        Assert.Equal(2, stories.Count);
        var bridge = Assert.Single(stories, s => s.Documents.Contains(report.Id));
        Assert.Equal<string>([report.Id, reworded.Id], [.. bridge.Documents]);
        Assert.Equal(Docs.Report[0], bridge.Title);
        Assert.Equal(Docs.Day(1), bridge.First);
        Assert.Equal(Docs.Day(2), bridge.Last);
        Assert.Equal<string>([choir.Id], [.. Assert.Single(stories, s => s.Documents.Contains(choir.Id)).Documents]);
    }

    [Fact]
    public void The_result_does_not_depend_on_input_order()
    {
        var docs = new[]
        {
            Docs.Make("a", Docs.Report, Docs.Day(1)),
            Docs.Make("b", Docs.Reworded, Docs.Day(3)),
            Docs.Make("c", Docs.Unrelated, Docs.Day(2)),
        };
        var first = new StoryClusterer().Cluster(docs);
        var second = new StoryClusterer().Cluster(docs.Reverse());
        Assert.Equal(first.Select(s => (s.Id, string.Join(",", s.Documents))), second.Select(s => (s.Id, string.Join(",", s.Documents))));
    }

    [Fact]
    public void Documents_far_apart_in_time_start_separate_stories()
    {
        var early = Docs.Make("a", Docs.Report, Docs.Day(1));
        var late = Docs.Make("b", Docs.Reworded, Docs.Day(1).AddDays(60));
        var stories = new StoryClusterer().Cluster([early, late]);
        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Undated_articles_with_guessed_dates_far_apart_are_not_kept_apart_by_time()
    {
        // One undated article got the ingest day, the other the first of a month it mentions two years earlier:
        // neither is a date, so only their words decide.
        var read = Docs.Make("a", Docs.Report);
        read.Set(Layers.CreationTime, new DocumentDate(new DateOnly(2026, 12, 2), DateOrigin.IngestDay, "ingest day (no date found)"));
        var bounded = Docs.Make("b", Docs.Reworded);
        bounded.Set(Layers.CreationTime, new DocumentDate(new DateOnly(2024, 4, 1), DateOrigin.Text, DocumentDate.MonthLowerBound + " 'April 2024', taken as the 1st (a lower bound)"));

        var story = Assert.Single(new StoryClusterer().Cluster([read, bounded]));
        Assert.Null(story.First);
        Assert.Null(DocumentOrder.DateOf(read));
    }

    [Fact]
    public void Headline_documents_without_layers_cluster_on_their_words()
    {
        static Document Headline(string text, int day) => new(text, new SourceMetadata { Source = text, Published = Docs.Day(day) });
        var stories = new StoryClusterer().Cluster(
        [
            Headline("Velmar closes old stone bridge after inspectors find cracks", 1),
            Headline("Cracks close Velmar's old stone bridge for six weeks", 1),
            Headline("Velmar choir wins national folk music festival", 2),
        ]);
        Assert.Equal(2, stories.Count);
        Assert.Equal(2, stories[0].Documents.Length);
    }
}
