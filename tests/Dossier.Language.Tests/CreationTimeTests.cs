using Dossier.Core;

namespace Dossier.Language.Tests;

public class CreationTimeTests
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    private static DocumentDate Decide(string text, DateOnly? user = null, DateTimeOffset? published = null)
    {
        var d = TestDocs.Create(text, published);
        new CreationTimeStage(user, Today).Process(d, CancellationToken.None);
        return d.Get(Layers.CreationTime)!;
    }

    [Fact]
    public void User_date_wins()
    {
        var r = Decide("MARVIK, May 11, 2026 — text", new DateOnly(2026, 1, 2), DateTimeOffset.Parse("2025-03-04T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2026, 1, 2), r.Value);
        Assert.Equal(DateOrigin.User, r.Origin);
        Assert.False(r.Estimated);
    }

    [Fact]
    public void Metadata_before_text()
    {
        var r = Decide("MARVIK, May 11, 2026 — text", null, new DateTimeOffset(2025, 3, 4, 23, 30, 0, TimeSpan.FromHours(2)));
        Assert.Equal(new DateOnly(2025, 3, 4), r.Value);
        Assert.Equal(DateOrigin.Metadata, r.Origin);
        Assert.Equal("published metadata", r.Derivation);
    }

    [Theory]
    [InlineData("MARVIK, May 11, 2026 (VNN) — Talks opened.", "2026-05-11", "dateline")]
    [InlineData("Talks opened\nPublished 12 May 2026\nText.", "2026-05-12", "dateline")]
    [InlineData("The report, dated 2026-05-16, was leaked.", "2026-05-16", "latest date in the text")]
    [InlineData("The accord of March 3, 2025 was replaced by the deal of 4 May 2026.", "2026-05-04", "latest date in the text '4 May 2026'")]
    [InlineData("In February 2022 the war began.", "2022-02-01", "month in the text")]
    [InlineData("Three years after the February 2022 invasion, the front is quiet.", "2025-02-01", "year cue")]
    [InlineData("Eighteen months since the March 2024 vote, nothing has changed.", "2025-09-01", "year cue")]
    [InlineData("Rebels shelled the port yesterday, May 11, 2026, officials said.", "2026-05-12", "'yesterday' in the sentence")]
    [InlineData("The vote is tomorrow, May 13, 2026.", "2026-05-12", "'tomorrow' in the sentence")]
    [InlineData("Rebels shelled the port on Monday.\n\nThe truce of Friday, May 8, 2026 had held until then.", "2026-05-11", "latest date in the text 'May 8, 2026', moved to the lede's Monday")]
    public void Date_from_text_is_estimated(string text, string expected, string derivation)
    {
        var r = Decide(text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Value);
        Assert.Equal(DateOrigin.Text, r.Origin);
        Assert.True(r.Estimated);
        Assert.StartsWith(derivation, r.Derivation, StringComparison.Ordinal);
    }

    [Fact]
    public void Falls_back_to_ingest_day()
    {
        var r = Decide("No dates at all here.");
        Assert.Equal(Today, r.Value);
        Assert.Equal(DateOrigin.IngestDay, r.Origin);
        Assert.True(r.Estimated);
    }

    [Fact]
    public void A_month_lower_bound_is_a_guess_that_dates_nothing_without_its_year()
    {
        // "February 2022" is only a lower bound for an undated article that may be years later: "May 16" and
        // "Monday" keep their unknown year rather than take 2022.
        var document = TestDocs.Create("Talks in Port Elena on May 16 ended without a deal. The delegations meet again on Monday. The war began in February 2022.");
        TestDocs.Run(document, dct: null);

        var dct = document.Get(Layers.CreationTime)!;
        Assert.StartsWith(DocumentDate.MonthLowerBound, dct.Derivation, StringComparison.Ordinal);
        Assert.True(dct.IsGuess);
        var timexes = TestDocs.Timexes(document);
        Assert.Contains(("May 16", TimexType.Date, "XXXX-05-16"), timexes);
        Assert.Contains(("Monday", TimexType.Date, "XXXX-WXX-1"), timexes);
        Assert.Contains(("February 2022", TimexType.Date, "2022-02"), timexes);
    }

    [Fact]
    public void Year_cue_beats_the_event_it_names()
    {
        var r = Decide("Kyiv is calm. Three years after the February 2022 invasion, the front is quiet. In February 2022 troops crossed the border.");
        Assert.Equal(new DateOnly(2025, 2, 1), r.Value);
    }

    [Fact]
    public void Full_date_with_the_wrong_weekday_is_not_trusted()
    {
        // May 12, 2026 is a Tuesday: the date is garbled, so nothing in the text dates the article.
        var r = Decide("Talks ended on Monday, May 12, 2026 without a deal.");
        Assert.Equal(DateOrigin.IngestDay, r.Origin);
    }

    [Fact]
    public void Corpus_dates_an_undated_article_from_a_dated_sibling()
    {
        var dated = TestDocs.Create("Anna Berg met Piotr Lanski in Marvik on May 3, 2026 to discuss the Brevia accord.", new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero));
        var undated = TestDocs.Create("Anna Berg and Piotr Lanski left Marvik yesterday after talks on the Brevia accord.");
        var unrelated = TestDocs.Create("Carla Moss opened a bakery in Lindholm yesterday.");
        foreach (var d in new[] { dated, undated, unrelated })
        {
            TestDocs.Run(d, null);
        }

        Assert.Equal(DateOrigin.IngestDay, undated.Get(Layers.CreationTime)!.Origin);
        var changed = CorpusCreationTime.Apply([dated, undated, unrelated]);

        Assert.Equal(1, changed);
        var dct = undated.Get(Layers.CreationTime)!;
        Assert.Equal(new DateOnly(2026, 5, 12), dct.Value);
        Assert.Equal(DateOrigin.Corpus, dct.Origin);
        Assert.True(dct.Estimated);
        Assert.Contains("test.txt", dct.Derivation, StringComparison.Ordinal);
        // The time expressions are resolved again against the new date.
        Assert.Contains(("yesterday", TimexType.Date, "2026-05-11"), TestDocs.Timexes(undated));
        Assert.Equal(DateOrigin.IngestDay, unrelated.Get(Layers.CreationTime)!.Origin);
    }
}
