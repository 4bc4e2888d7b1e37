namespace Dossier.Ingest;

/// <summary>Limits and settings for reading articles.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest input accepted, in bytes, before and after decompression (default 64 MiB).</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Time allowed for one URL, from connecting to the last byte of the body (default 20 s).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed for one URL before giving up (default 5).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>User-Agent header sent with URL requests.</summary>
    public string UserAgent { get; init; } = "Dossier/1.0 (+article reader)";

    /// <summary>
    /// Whether HTML pages and feed items go through language identification when the page declares no
    /// language (default true).
    /// </summary>
    public bool IdentifyLanguage { get; init; } = true;
}
