using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Language;

/// <summary>
/// Finds direct quotes (in "…", “…”, «…», „…“ and unambiguous '…'; multi-sentence and cue-split ones) and indirect
/// quotes ("X said (that) …"), and attributes them to a speaker through cue verbs before or after the quote, in the
/// same or an adjacent sentence. Pronoun speakers resolve to the most recent person; SpeakerName is the fullest form
/// of that person in the document.
/// </summary>
public sealed partial class QuoteFinder : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "quotes";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Entities];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Quotes];

    private sealed class Analysis
    {
        public required string Text;
        public required ImmutableArray<Token> Tokens;
        public required ImmutableArray<Sentence> Sentences;
        public required ImmutableArray<EntityMention> Entities;
        public required List<TextSpan> Segments;
        public readonly List<TextSpan> DirectSpans = [];
    }

    // Implied: no cue word names the speaker; Cue then marks the first word of the sentence whose subject was taken.
    private sealed record Attribution(TextSpan Speaker, TextSpan Cue, string? Name, bool Implied = false);

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var a = new Analysis
        {
            Text = document.Text,
            Tokens = document.Get(Layers.Tokens),
            Sentences = document.Get(Layers.Sentences),
            Entities = document.Get(Layers.Entities),
            Segments = Segments.Of(document),
        };
        var quotes = new List<Quote>();
        var marked = FindMarked(a, cancellationToken);
        FindTranscriptTurns(a, marked, quotes);
        var consumed = new bool[marked.Count];
        FindIndirect(a, marked, consumed, quotes, cancellationToken);
        FindDirect(a, marked, consumed, quotes);
        quotes.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        FillMissingSpeakers(a, quotes);
        document.Set(Layers.Quotes, [.. quotes]);
    }
}
