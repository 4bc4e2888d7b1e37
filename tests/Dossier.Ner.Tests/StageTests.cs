using System.Collections.Immutable;
using Dossier.Core;

namespace Dossier.Ner.Tests;

public class StageTests
{
    [Fact]
    public void Stage_declares_its_contract()
    {
        var stage = new NerEntityRecognizer(TinyModel.Model);
        Assert.Equal("entities", stage.Name);
        Assert.Contains(Layers.Tokens, stage.Requires);
        Assert.Contains(Layers.Sentences, stage.Requires);
        Assert.Equal([Layers.Entities], stage.Provides);
    }

    [Fact]
    public void Stage_tags_raw_text_documents_with_character_offsets()
    {
        const string text = "Peter Blackburn visited London on Monday. Anna Schmidt works for Siemens in Munich.";
        var document = Tokenized(text);
        new NerEntityRecognizer(TinyModel.Model).Process(document, CancellationToken.None);
        var entities = document.Get(Layers.Entities);
        var found = entities.Select(e => (document.TextOf(e), e.Type)).ToList();
        Assert.Contains(("Peter Blackburn", EntityType.Person), found);
        Assert.Contains(("London", EntityType.Location), found);
        Assert.Contains(("Siemens", EntityType.Organization), found);
        Assert.Contains(("Munich", EntityType.Location), found);
    }

    [Fact]
    public void Stage_handles_a_document_without_tokens()
    {
        var document = new Document("", new SourceMetadata { Source = "empty" });
        document.Set(Layers.Tokens, ImmutableArray<Token>.Empty);
        document.Set(Layers.Sentences, ImmutableArray<Sentence>.Empty);
        new NerEntityRecognizer(TinyModel.Model).Process(document, CancellationToken.None);
        Assert.Empty(document.Get(Layers.Entities));
    }

    /// <summary>A minimal tokenizer for tests: words, numbers and single punctuation marks; sentences end at '.'.</summary>
    internal static Document Tokenized(string text)
    {
        var document = new Document(text, new SourceMetadata { Source = "test" });
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var sentenceStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            if (sentenceStart < 0)
            {
                sentenceStart = start;
            }

            var kind = char.IsLetter(text[start]) ? TokenKind.Word : char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Punctuation;
            tokens.Add(new Token(start, i, kind));
            if (text[start] == '.')
            {
                sentences.Add(new Sentence(sentenceStart, i));
                sentenceStart = -1;
            }
        }

        if (sentenceStart >= 0)
        {
            sentences.Add(new Sentence(sentenceStart, text.Length));
        }

        document.Set(Layers.Tokens, tokens.ToImmutable());
        document.Set(Layers.Sentences, sentences.ToImmutable());
        return document;
    }
}
