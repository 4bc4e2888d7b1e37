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
    [InlineData("The report, dated 2026-05-16, was leaked.", "2026-05-16", "date in the text")]
    [InlineData("In February 2022 the war began.", "2022-02-01", "month in the text")]
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
}
