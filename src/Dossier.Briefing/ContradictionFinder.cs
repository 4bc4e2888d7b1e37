namespace Dossier.Briefing;

/// <summary>Finds similar sentences of different sources that give different numbers for the same thing.</summary>
internal static class ContradictionFinder
{
    public static List<Contradiction> Find(Corpus corpus, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}
