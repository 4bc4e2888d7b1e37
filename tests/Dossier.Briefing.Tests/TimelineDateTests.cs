using Dossier.Core;

namespace Dossier.Briefing.Tests;

/// <summary>Timeline entries say how precise their date is, which words gave it, and when the year was only placed.</summary>
public class TimelineDateTests
{
    private static Briefing Build() => BriefingBuilderTests.Build([new TestDoc
    {
        Source = "norrhaven.txt",
        Dct = new DateOnly(2026, 5, 12),
        Paragraphs =
        [
            "Dockworkers in Norrhaven walked off the job on April 24 after wage talks with the port authority failed.",
            "The port authority had cut the night shift in June, the union said.",
            "The union was founded in 1998 by workers at the old northern quay.",
            "Talks with the port authority resumed on 3 December 2025 in the town hall.",
        ],
        Timexes = [("April 24", "XXXX-04-24"), ("June", "XXXX-06"), ("1998", "1998"), ("3 December 2025", "2025-12-03")],
    }.Build()]);

    [Fact]
    public void Unknown_years_are_placed_with_the_document_date_and_marked()
    {
        var timeline = Build().Timeline;

        // April 24 lies before the 12 May document date: same year. June would lie after it: the year before.
        var april = Assert.Single(timeline, e => e.Date == "2026-04-24");
        Assert.True(april.YearFromDocumentDate);
        Assert.Equal(("day", "April 24"), (april.Precision, april.DateText));
        var june = Assert.Single(timeline, e => e.Date == "2025-06");
        Assert.True(june.YearFromDocumentDate);
        Assert.Equal("month", june.Precision);
    }

    [Fact]
    public void Explicit_dates_keep_their_year_and_precision()
    {
        var timeline = Build().Timeline;

        var december = Assert.Single(timeline, e => e.Date == "2025-12-03");
        Assert.False(december.YearFromDocumentDate);
        Assert.Equal(("day", "3 December 2025"), (december.Precision, december.DateText));
        var founded = Assert.Single(timeline, e => e.Date == "1998");
        Assert.Equal("year", founded.Precision);
        Assert.Equal(timeline.Select(e => e.Date).Order(StringComparer.Ordinal), timeline.Select(e => e.Date));
    }

    [Fact]
    public void An_undated_article_puts_only_dates_with_their_year_written_out_on_the_timeline()
    {
        // The recogniser resolved "Monday" and "last month" against the ingest day; those dates are not facts.
        var briefing = BriefingBuilderTests.Build([new TestDoc
        {
            Source = "undated.txt",
            Dct = new DateOnly(2026, 12, 2),
            DctOrigin = DateOrigin.IngestDay,
            Paragraphs =
            [
                "Delegations from Valdoria and Kestria met in Port Elena on Monday for a second round of talks.",
                "The mediators had proposed a prisoner exchange last month, officials said.",
                "The two countries have been at war since the border clashes of February 2022.",
                "A ceasefire was first signed on 3 May 2024 but broke down within a week.",
                "The talks of May 16 ended without a statement from either delegation.",
                "Shelling of the coastal villages resumed in March, the monitors reported.",
            ],
            Timexes =
            [
                ("Monday", "2026-11-30"), ("last month", "2026-11"), ("February 2022", "2022-02"), ("3 May 2024", "2024-05-03"),
                ("May 16", "XXXX-05-16"), ("March", "XXXX-03"),
            ],
        }.Build()]);

        Assert.Equal(["2022-02", "2024-05-03"], briefing.Timeline.Select(e => e.Date));

        // A month and day without a year is listed apart, its year left unknown rather than taken from the guess.
        Assert.Equal([("XXXX-03", "month", "March"), ("XXXX-05-16", "day", "May 16")], briefing.TimelineWithoutYear.Select(e => (e.Date, e.Precision, e.DateText)));
        Assert.All(briefing.TimelineWithoutYear, e => Assert.False(e.YearFromDocumentDate));
        var markdown = new StringWriter();
        new MarkdownBriefingRenderer().Render(briefing, markdown);
        Assert.Contains("- **May 16** (day, XXXX-05-16)", markdown.ToString(), StringComparison.Ordinal);
    }
}
