using Dossier.Core;
using Dossier.Stories.Clustering;

namespace Dossier.Stories.Tests;

/// <summary>
/// Full articles on two different (fictional) peace talks share the generic vocabulary of the genre but no names;
/// the clusterer must keep them apart while still grouping paraphrases of one event.
/// </summary>
public class PeaceTalksClusteringTests
{
    // Texts written for these tests; every name is invented.
    private static readonly string[] Arvenia =
    [
        "Delegations from Arvenia and Dolmar opened peace talks at the Lindqvist Palace in Sorren, the first direct negotiations since the border war began. The Arvenian envoy, Irena Vashko, said a ceasefire along the Tarn river was the first item on the agenda. Her Dolmari counterpart, Tomas Brel, insisted that the release of prisoners held since the siege of Kelm must come first. Mediators from the Sorren foundation expect the delegation meetings to last a week, and both capitals have promised to respect a pause in shelling while the envoys negotiate.",
        "Negotiators for Arvenia and Dolmar sat down in Sorren for peace talks hosted at the Lindqvist Palace. Irena Vashko, leading the Arvenian side, put a truce on the Tarn front at the top of the list, while Tomas Brel of Dolmar demanded an exchange of the captives taken at Kelm before any ceasefire. The hosts said the two delegations would meet daily, and officials in both capitals agreed to halt artillery fire during the discussions. Observers from neighbouring states described the mood as tense but constructive.",
        "The Arvenia–Dolmar talks in Sorren stalled on the third day as Tomas Brel walked out of the Lindqvist Palace, accusing Arvenian troops of shelling villages near the Tarn. Irena Vashko called the walkout theatre and said her delegation would stay. Mediators said a deal on swapping prisoners from the Kelm siege was close, and that a ceasefire text had been drafted but not yet signed by either delegation. Residents of frontline hamlets reported sporadic gunfire overnight, and relief agencies warned that winter supplies are running short.",
    ];

    private static readonly string[] Quelland =
    [
        "Peace talks between Quelland and Ostrova began at Harbour Hall in Castellan, with mediators hoping to end the fighting over the Varro highlands. Quelland's chief negotiator, Mehdi Kassar, proposed a ceasefire to take effect within days, and Ostrovan envoy Ana Pirelli asked for the release of prisoners held in Drevna camp. Each delegation brought military advisers, and the hosts said the meetings could continue for two weeks if progress is made.",
        "Envoys of Quelland and Ostrova opened negotiations in Castellan on ending the war in the Varro highlands. Mehdi Kassar, heading the Quelland delegation, offered a truce, while Ana Pirelli of Ostrova said the captives of Drevna camp must be freed as part of any ceasefire. The talks at Harbour Hall are expected to run for up to a fortnight, according to the mediators. Diplomats in Castellan described the opening session as cautious but businesslike, and both sides agreed to keep their artillery silent while the envoys negotiate.",
        "A first prisoner exchange was agreed at the Castellan talks, where Ana Pirelli and Mehdi Kassar signed a protocol freeing detainees from Drevna camp. The Ostrova and Quelland delegations still disagree on where a ceasefire line in the Varro highlands should run, mediators at Harbour Hall said, but the peace talks will continue. Families waiting outside the hall cheered as buses carrying the released men arrived, and the next round will address humanitarian corridors, mine clearance and the return of displaced villagers.",
    ];

    private static Document Article(string id, string text, int day) =>
        new(text, new SourceMetadata { Source = id, Published = Docs.Day(day) });

    [Fact]
    public void Different_peace_talks_with_the_same_vocabulary_form_separate_stories()
    {
        var arvenia = Arvenia.Select((t, i) => Article($"arvenia-{i}", t, 1 + i)).ToList();
        var quelland = Quelland.Select((t, i) => Article($"quelland-{i}", t, 1 + i)).ToList();
        var stories = new StoryClusterer().Cluster([.. arvenia, .. quelland]);

        Assert.Equal(2, stories.Count);
        Assert.Equal(arvenia.Select(d => d.Id).Order(StringComparer.Ordinal), Assert.Single(stories, s => s.Documents.Contains(arvenia[0].Id)).Documents.Order(StringComparer.Ordinal));
        Assert.Equal(quelland.Select(d => d.Id).Order(StringComparer.Ordinal), Assert.Single(stories, s => s.Documents.Contains(quelland[0].Id)).Documents.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paraphrased_articles_of_one_event_form_one_story()
    {
        var stories = new StoryClusterer().Cluster(Arvenia.Select((t, i) => Article($"arvenia-{i}", t, 1 + i)));
        Assert.Equal(3, Assert.Single(stories).Documents.Length);
    }

    [Fact]
    public void The_articles_are_long_enough_for_the_long_text_rules()
    {
        var options = new StoryClusteringOptions();
        foreach (var text in Arvenia.Concat(Quelland))
        {
            var terms = Text.TextNormalizer.ContentTerms(text).Distinct(StringComparer.Ordinal).Count();
            Assert.True(terms >= options.EntityGateTerms, $"{terms} terms: {text[..30]}");
        }
    }
}
