using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core;

namespace Dossier.Engine.Output;

/// <summary>Writes one extracted article as a JSON line in the `extract` format of DESIGN.md.</summary>
public static class ExtractJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the article (no trailing newline); its source is the input as given.</summary>
    public static void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Metadata;
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("source", meta.Source);
        Nullable(json, "title", meta.Title);
        json.WriteString("text", document.Text);
        Nullable(json, "published", meta.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Nullable(json, "publishedFrom", meta.PublishedFrom);
        json.WriteStartArray("authors");
        foreach (var author in meta.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        Nullable(json, "language", meta.Language);
        Nullable(json, "url", meta.Url);
        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
