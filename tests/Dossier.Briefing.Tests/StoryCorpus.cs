using Dossier.Core;

namespace Dossier.Briefing.Tests;

/// <summary>A small fictional story (a port strike in an invented city), written for these tests.</summary>
internal static class StoryCorpus
{
    public static readonly (string, EntityType)[] Entities =
    [
        ("Norrhaven", EntityType.Location), ("Eskvik", EntityType.Location), ("Maren Holt", EntityType.Person),
        ("Jonas Brekke", EntityType.Person), ("Ilse Varga", EntityType.Person), ("Sofie Lind", EntityType.Person),
    ];

    public static TestDoc Original => new()
    {
        Source = "a-gazette.txt",
        Title = "Dockworkers strike in Norrhaven",
        SiteName = "Norrhaven Gazette",
        Url = "https://gazette.example/strike",
        Published = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
        Dct = new DateOnly(2026, 3, 2),
        Entities = Entities,
        Paragraphs =
        [
            "Dockworkers in Norrhaven walked off the job on Monday, halting traffic at the country's busiest container port.",
            "The union said 1,200 members joined the strike after talks with the port authority collapsed on March 1, 2026.",
            "\u201CWe will not unload a single ship until wages keep pace with prices,\u201D said union leader Maren Holt.",
            "The port authority offered a raise of 3 percent over two years, which the union rejected as an insult.",
            "Shipping lines began diverting vessels to the smaller port of Eskvik, about 80 kilometres to the south.",
            "Economists warned that a long stoppage could delay deliveries of fuel and grain across the region.",
            "Share this article on every network you know right now.",
            "Transport minister Jonas Brekke urged both sides to return to the table before the end of the week.",
        ],
        Excluded = [6],
        Timexes = [("Monday", "2026-03-02"), ("March 1, 2026", "2026-03-01")],
        Quotes = [("We will not unload a single ship until wages keep pace with prices,", "Maren Holt", "Maren Holt")],
    };

    public static TestDoc Paraphrase => new()
    {
        Source = "b-coastwire.jsonl#1",
        Title = "Norrhaven port at a standstill",
        SiteName = "Coast Wire",
        Published = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero),
        Dct = new DateOnly(2026, 3, 2),
        Entities = Entities,
        Paragraphs =
        [
            "On Monday, dockworkers in Norrhaven walked off the job, halting traffic at the busiest container port in the country.",
            "After talks with the port authority collapsed on March 1, 2026, the union said 1,200 of its members joined the strike.",
            "\u201CWe will not unload a single ship until wages keep pace with prices,\u201D union leader Maren Holt said.",
            "The union rejected as an insult the port authority's offer of a raise of 3 percent over two years.",
            "Vessels were diverted by shipping lines to the smaller port of Eskvik, about 80 kilometres south.",
            "A long stoppage could delay deliveries of fuel and grain across the region, economists warned.",
        ],
        Timexes = [("Monday", "2026-03-02"), ("March 1, 2026", "2026-03-01")],
        Quotes = [("We will not unload a single ship until wages keep pace with prices,", "Maren Holt", "Maren Holt")],
    };

    public static TestDoc Independent => new()
    {
        Source = "c-valley.html",
        Title = "Norrhaven strike enters third day",
        SiteName = "Valley Times",
        Published = new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero),
        Dct = new DateOnly(2026, 3, 4),
        Entities = Entities,
        Paragraphs =
        [
            "The strike at Norrhaven entered its third day on Wednesday as negotiations remained frozen.",
            "The union said 1,500 members joined the strike after talks with the port authority collapsed on March 1, 2026.",
            "\u201CThe offer on the table is fair and it is final,\u201D said Ilse Varga, director of the port authority.",
            "Farmers in the inland provinces said grain exports had already stalled at the quay for days.",
            "Hundreds of trucks queued outside the port gates, waiting for containers that could not be unloaded.",
            "Mediator Sofie Lind is expected to meet both sides on March 6, 2026 in the town hall.",
            "Follow us on social media for the latest updates.",
        ],
        Timexes = [("Wednesday", "2026-03-04"), ("March 1, 2026", "2026-03-01"), ("March 6, 2026", "2026-03-06")],
        Quotes = [("The offer on the table is fair and it is final,", "Ilse Varga", "Ilse Varga")],
    };

    public static TestDoc ExactCopy => new()
    {
        Source = "d-mirror.html",
        Title = "Dockworkers strike in Norrhaven",
        SiteName = "Mirror Site",
        Published = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero),
        Dct = new DateOnly(2026, 3, 3),
        Entities = Entities,
        Paragraphs = [.. Original.Paragraphs.Take(6), "Subscribe to our newsletter today for more.", .. Original.Paragraphs.Skip(7)],
        Excluded = [6],
        Timexes = [("Monday", "2026-03-02"), ("March 1, 2026", "2026-03-01")],
    };

    public static TestDoc Undated => new()
    {
        Source = "e-harbour.txt",
        Title = null,
        Dct = new DateOnly(2026, 3, 6),
        Entities = Entities,
        Paragraphs =
        [
            "Talks to end the Norrhaven port strike resumed on March 6, 2026 under mediator Sofie Lind.",
            "Both sides agreed to a cooling-off period while a panel reviews wage data from the past five years.",
            "Maren Holt told reporters the union would suspend the strike if the panel reported within a month.",
            "Ships began returning to the port late in the evening, according to harbour officials.",
            "Is this the end of the longest strike in the history of the port?",
        ],
        Timexes = [("March 6, 2026", "2026-03-06")],
    };

    public static List<Document> All() =>
        [Original.Build(), Paraphrase.Build(), Independent.Build(), ExactCopy.Build(), Undated.Build()];
}
