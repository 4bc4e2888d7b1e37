using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dossier.Core;
using Dossier.Core.Pipeline;

namespace Dossier.Ner;

/// <summary>
/// Pipeline stage that finds PER, LOC, ORG and MISC mentions with a <see cref="NerModel"/>. Each sentence is tagged
/// as a pre-tokenised sequence; the whole document is one document for the model's document-level features.
/// Mentions inside regions that cleanup excluded are dropped; the tagger's mentions then go through
/// <see cref="MentionCleanup"/> (junk, hyphenated pairs, organisation runs that end in a person, place types). Thread-safe; the model is loaded once and shared.
/// </summary>
public sealed class NerEntityRecognizer : IDocumentStage
{
    private readonly Lazy<NerModel> _model;

    /// <summary>Uses the shipped model (<see cref="NerModel.Default"/>), loaded on first use.</summary>
    public NerEntityRecognizer()
    {
        _model = new Lazy<NerModel>(() => NerModel.Default, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Uses the given model.</summary>
    public NerEntityRecognizer(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<NerModel>(model);
    }

    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    /// <inheritdoc/>
    public IReadOnlyList<AnnotationKey> Provides { get; } = [Layers.Entities];

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var tokenArray = ImmutableCollectionsMarshal.AsArray(tokens) ?? [];
        var groups = new List<ReadOnlyMemory<Token>>(sentences.Length);
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokenArray.Length && tokenArray[t].Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokenArray.Length && tokenArray[t].End <= sentence.End)
            {
                t++;
            }

            if (t > first)
            {
                groups.Add(tokenArray.AsMemory(first, t - first));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var labels = _model.Value.TagSpans(document.Text, groups);
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        for (var s = 0; s < groups.Count; s++)
        {
            var span = groups[s].Span;
            var y = labels[s];
            var start = -1;
            for (var i = 0; i <= y.Length; i++)
            {
                var label = i < y.Length ? y[i] : NerLabel.O;
                if (start >= 0 && !label.IsInside())
                {
                    var mention = new EntityMention(span[start].Start, span[i - 1].End, y[start].EntityTypeOf()!.Value);
                    if (!document.IsExcluded(new TextSpan(mention.Start, mention.End)))
                    {
                        mentions.Add(mention);
                    }

                    start = -1;
                }

                if (label.IsBegin())
                {
                    start = i;
                }
            }
        }

        var sorted = mentions.ToImmutable().Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        document.Set(Layers.Entities, [.. MentionCleanup.Apply(document.Text, sorted)]);
    }
}
