using Dossier.Core.Pipeline;
using Dossier.Ingest;

namespace Dossier.Engine;

/// <summary>Settings for one run of the analysis, shared by the CLI, the web app and the benchmarks.</summary>
public sealed record DossierOptions
{
    /// <summary>Document creation time given by the user (--dct): overrides metadata and estimation.</summary>
    public DateOnly? CreationTime { get; init; }

    /// <summary>The day to fall back on when nothing dates a document.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>What to do when a stage fails on a document.</summary>
    public ErrorPolicy ErrorPolicy { get; init; } = ErrorPolicy.RecordAndContinue;

    /// <summary>Documents analysed at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Reader limits (size cap, HTTP timeout, redirects).</summary>
    public IngestOptions Ingest { get; init; } = new();

    /// <summary>Number of summary sentences (5 to 8 by default).</summary>
    public int SummarySentences { get; init; } = 7;

    /// <summary>When set, the briefing covers only this story (an id `dossier stories` lists).</summary>
    public string? StoryId { get; init; }
}
