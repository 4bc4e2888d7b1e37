namespace Dossier.Briefing.Tests;

/// <summary>
/// The corroboration of every timeline entry of the fictional strike corpus, pinned after review: the original
/// (Norrhaven Gazette), its paraphrase (Coast Wire) and its exact copy (Mirror Site) are one source; the Valley
/// Times and the undated harbour report are independent.
/// </summary>
public class CorroborationGoldenTests
{
    // Date, independent sources, single or multi, citations + support, the first 40 characters.
    private static readonly string[] Expected =
    [
        "2026-03-01 2 multi 4 The union said 1,200 members joined the ",
        "2026-03-02 1 single 3 Dockworkers in Norrhaven walked off the ",
        "2026-03-04 1 single 1 The strike at Norrhaven entered its thir",
        "2026-03-06 1 single 1 Mediator Sofie Lind is expected to meet ",
        "2026-03-06 1 single 1 Talks to end the Norrhaven port strike r",
    ];

    [Fact]
    public void Timeline_source_counts_match_the_reviewed_golden()
    {
        var briefing = BriefingBuilderTests.Build(StoryCorpus.All());

        var actual = briefing.Timeline
            .Select(e => $"{e.Date} {e.IndependentSources} {(e.SingleSource ? "single" : "multi")} {e.Citations.Count + e.Support.Count} {e.Text[..Math.Min(40, e.Text.Length)]}")
            .ToArray();

        Assert.Equal(Expected, actual);
    }
}
