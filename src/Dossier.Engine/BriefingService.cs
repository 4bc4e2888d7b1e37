using Dossier.Briefing;
using Dossier.Core;
using Dossier.Language;
using Dossier.Stories.Clustering;
using Dossier.Stories.Copies;

namespace Dossier.Engine;

/// <summary>Builds a briefing from analysed documents with the default corpus stages.</summary>
public static class BriefingService
{
    /// <summary>Builds the briefing for <paramref name="documents"/>.</summary>
    /// <exception cref="ArgumentException">The options name a story the documents do not hold.</exception>
    public static Dossier.Briefing.Briefing Build(IReadOnlyList<Document> documents, DossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Articles without a date of their own take the date of dated siblings about the same events.
        CorpusCreationTime.Apply(documents);
        var builder = new BriefingBuilder(
            new Dossier.Language.Entities.EntityGrouper(),
            new ShingleCopyDetector(),
            new BriefingOptions { SummarySentences = options.SummarySentences, StoryId = options.StoryId });
        return builder.Build(documents);
    }

    /// <summary>The stories <paramref name="documents"/> fall into, in the order the briefing lists them.</summary>
    public static IReadOnlyList<Story> Stories(IReadOnlyList<Document> documents)
    {
        // The same dates as Build uses, so that the story ids listed here are the ones Build accepts.
        CorpusCreationTime.Apply(documents);
        return new StoryClusterer(new BriefingOptions().StoryClustering).Cluster(documents);
    }
}
