namespace Dossier.Briefing;

/// <summary>Settings of <see cref="BriefingBuilder"/>.</summary>
public sealed record BriefingOptions
{
    /// <summary>Number of summary sentences (at most; fewer when the sources hold fewer usable sentences).</summary>
    public int SummarySentences { get; init; } = 7;

    /// <summary>Fewest words of a summary sentence.</summary>
    public int MinSentenceWords { get; init; } = 6;

    /// <summary>Most words of a summary sentence.</summary>
    public int MaxSentenceWords { get; init; } = 60;

    /// <summary>Most timeline entries.</summary>
    public int MaxTimelineEntries { get; init; } = 40;

    /// <summary>Entities listed in "Who is involved?".</summary>
    public int FaqEntities { get; init; } = 5;

    /// <summary>Quotes listed in "Who said what?".</summary>
    public int FaqQuotes { get; init; } = 5;

    /// <summary>Trade-off between relevance (1) and novelty (0) in maximal marginal relevance.</summary>
    public double MmrLambda { get; init; } = 0.7;

    /// <summary>Sentence similarity from which two sentences state the same thing (tuned on MSRP).</summary>
    public double SameStatementThreshold { get; init; } = Dossier.Stories.Text.SentenceSimilarity.ParaphraseThreshold;

    /// <summary>
    /// Similarity of two sentences, numbers left out, from which different numbers for the same counted word are a
    /// contradiction rather than two different facts.
    /// </summary>
    public double ContradictionContext { get; init; } = 0.3;

    /// <summary>Whether to cluster the input into stories and list them in <see cref="Briefing.Stories"/> when there are several.</summary>
    public bool SplitStories { get; init; } = true;

    /// <summary>Settings of the story clustering; null for the defaults.</summary>
    public Dossier.Stories.Clustering.StoryClusteringOptions? StoryClustering { get; init; }

    /// <summary>When set, the whole briefing covers only the story with this id (an id from <see cref="Briefing.Stories"/>).</summary>
    public string? StoryId { get; init; }
}
