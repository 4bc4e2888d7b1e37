using System.Collections.Immutable;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests;

/// <summary>Marks every word as a token: enough to exercise the pipeline without the real tokenizer.</summary>
internal sealed class WhitespaceTokens : IDocumentStage
{
    public string Name => "ws-tokens";

    public IReadOnlyList<AnnotationKey> Requires => [];

    public IReadOnlyList<AnnotationKey> Provides => [Layers.Tokens];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var start = -1;
        for (var i = 0; i <= document.Text.Length; i++)
        {
            var inWord = i < document.Text.Length && !char.IsWhiteSpace(document.Text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(new Token(start, i, TokenKind.Word));
                start = -1;
            }
        }

        document.Set(Layers.Tokens, tokens.ToImmutable());
    }
}

/// <summary>One sentence per document; needs tokens.</summary>
internal sealed class WholeTextSentence : IDocumentStage
{
    public string Name => "whole-sentence";

    public IReadOnlyList<AnnotationKey> Requires => [Layers.Tokens];

    public IReadOnlyList<AnnotationKey> Provides => [Layers.Sentences];

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.Set(Layers.Sentences, [new Sentence(0, document.Text.Length)]);
}

/// <summary>Throws on documents whose text contains a marker.</summary>
internal sealed class FailsOn(string marker, AnnotationKey provides) : IDocumentStage
{
    public string Name => "fails-on-" + marker;

    public IReadOnlyList<AnnotationKey> Requires => [];

    public IReadOnlyList<AnnotationKey> Provides => [provides];

    public int Calls;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        if (document.Text.Contains(marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("bad marker found");
        }

        if (provides is LayerKey<Token> tokens)
        {
            document.Set(tokens, []);
        }
        else if (provides is LayerKey<Sentence> sentences)
        {
            document.Set(sentences, []);
        }
    }
}

internal static class Docs
{
    public static Document Make(string text, string source = "test") => new(text, new SourceMetadata { Source = source });
}
