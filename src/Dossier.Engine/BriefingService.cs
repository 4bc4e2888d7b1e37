using Dossier.Briefing;
using Dossier.Core;
using Dossier.Language;
using Dossier.Stories.Copies;

namespace Dossier.Engine;

/// <summary>Builds a briefing from analysed documents with the default corpus stages.</summary>
public static class BriefingService
{
    /// <summary>Builds the briefing for <paramref name="documents"/>.</summary>
    public static Dossier.Briefing.Briefing Build(IReadOnlyList<Document> documents, DossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new BriefingBuilder(
            new SimpleEntityGrouper(),
            new ShingleCopyDetector(),
            new BriefingOptions { SummarySentences = options.SummarySentences });
        return builder.Build(documents);
    }
}
