using System.Text.RegularExpressions;
using Dossier.Core;

namespace Dossier.Stories.Tests;

/// <summary>Builds documents with blocks, sentences and optional excluded paragraphs.</summary>
internal static partial class Docs
{
    public static Document Make(string source, string[] paragraphs, DateTimeOffset? published = null, int[]? excluded = null)
    {
        var text = string.Join("\n\n", paragraphs);
        var document = new Document(text, new SourceMetadata { Source = source, Published = published });
        var blocks = new List<Block>();
        var sentences = new List<Sentence>();
        var regions = new List<ExcludedRegion>();
        var offset = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            blocks.Add(new Block(offset, offset + paragraph.Length, BlockKind.Paragraph));
            if (excluded?.Contains(p) == true)
            {
                regions.Add(new ExcludedRegion(offset, offset + paragraph.Length, ExclusionReason.ShareLine));
            }
            else
            {
                var start = 0;
                foreach (Match match in Break().Matches(paragraph))
                {
                    sentences.Add(new Sentence(offset + start, offset + match.Index));
                    start = match.Index + match.Length;
                }

                sentences.Add(new Sentence(offset + start, offset + paragraph.Length));
            }

            offset += paragraph.Length + 2;
        }

        document.Set(Layers.Blocks, [.. blocks]);
        document.Set(Layers.Sentences, [.. sentences]);
        document.Set(Layers.Excluded, [.. regions]);
        return document;
    }

    public static DateTimeOffset Day(int day, int hour = 12) => new(2026, 4, day, hour, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("(?<=[.!?][\"\u201D]?)\\s+(?=[A-Z\"\u201C])")]
    private static partial Regex Break();

    // A fictional report written for these tests.
    public static readonly string[] Report =
    [
        "Engineers in the mountain town of Velmar closed the old stone bridge on Tuesday after inspectors found deep cracks in two of its arches.",
        "The regional transport office said the bridge would stay closed for at least six weeks while divers examine the foundations.",
        "Traffic was diverted through the valley road, adding about forty minutes to the trip between Velmar and the market town of Oskby.",
        "Local shop owners said they feared losing customers during the busiest weeks of the tourist season.",
        "Mayor Petra Lund promised a temporary footbridge for pedestrians and cyclists by the end of the month.",
        "The bridge, built in 1872, carried about nine thousand vehicles a day before the closure.",
    ];

    // The same report reworded, with the clauses moved around and synonyms, as a rewrite desk would.
    public static readonly string[] Reworded =
    [
        "On Tuesday, engineers closed the old stone bridge in the mountain town of Velmar after inspectors discovered deep cracks in two arches.",
        "The bridge will stay closed for at least six weeks while divers examine its foundations, the regional transport office said.",
        "Traffic between Velmar and the market town of Oskby was diverted through the valley road, adding some forty minutes to the trip.",
        "Shop owners in the town said they feared losing customers in the busiest weeks of the tourist season.",
        "A temporary footbridge for cyclists and pedestrians was promised by Mayor Petra Lund by the end of the month.",
        "Built in 1872, the bridge carried about nine thousand vehicles a day before it was closed.",
    ];

    // A different story in the same town.
    public static readonly string[] Unrelated =
    [
        "The Velmar choir won first prize at the national folk music festival on Saturday evening.",
        "Its forty singers performed three traditional songs and a new piece written by their conductor.",
        "The jury praised the choir for its clear harmonies and for reviving nearly forgotten melodies.",
        "The prize includes a recording session and a concert tour through five cities next spring.",
    ];
}
