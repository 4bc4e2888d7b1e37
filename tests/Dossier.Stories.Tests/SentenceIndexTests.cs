using Dossier.Stories.Text;

namespace Dossier.Stories.Tests;

public class SentenceIndexTests
{
    [Fact]
    public void Index_finds_exactly_what_pairwise_scoring_finds()
    {
        var sentences = Docs.Report.Concat(Docs.Reworded).Concat(Docs.Unrelated).Select(s => SentenceProfile.Create(s)).ToList();
        var index = new SentenceIndex();
        sentences.ForEach(p => index.Add(p));

        foreach (var threshold in new[] { 0.55, 0.6, 0.7 })
        {
            for (var q = 0; q < sentences.Count; q++)
            {
                var expected = Enumerable.Range(0, sentences.Count)
                    .Where(i => SentenceSimilarity.Score(sentences[q], sentences[i]) >= threshold)
                    .ToList();
                var found = index.Similar(sentences[q], threshold).Select(m => m.Id).ToList();
                Assert.Equal(expected, found);
            }
        }
    }

    [Fact]
    public void Filter_limits_the_candidates()
    {
        var index = new SentenceIndex();
        var first = index.Add(SentenceProfile.Create(Docs.Report[0]));
        index.Add(SentenceProfile.Create(Docs.Reworded[0]));

        var found = index.Similar(SentenceProfile.Create(Docs.Report[0]), 0.6, id => id != first);

        Assert.Equal([1], found.Select(m => m.Id));
    }
}
