namespace Dossier.Core;

/// <summary>The well-known annotation keys. Stages name these in Requires/Provides.</summary>
public static class Layers
{
    /// <summary>Paragraphs, headings and list items as the reader found them.</summary>
    public static readonly LayerKey<Block> Blocks = new("blocks");

    /// <summary>Boilerplate regions marked by cleanup.</summary>
    public static readonly LayerKey<ExcludedRegion> Excluded = new("excluded");

    /// <summary>Tokens.</summary>
    public static readonly LayerKey<Token> Tokens = new("tokens");

    /// <summary>Sentences.</summary>
    public static readonly LayerKey<Sentence> Sentences = new("sentences");

    /// <summary>Named-entity mentions.</summary>
    public static readonly LayerKey<EntityMention> Entities = new("entities");

    /// <summary>Time expressions.</summary>
    public static readonly LayerKey<Timex> Timexes = new("timexes");

    /// <summary>Quotes with speakers.</summary>
    public static readonly LayerKey<Quote> Quotes = new("quotes");

    /// <summary>The document creation time used to resolve relative dates.</summary>
    public static readonly DataKey<DocumentDate> CreationTime = new("dct");
}
