using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core;

namespace Dossier.Engine.Output;

/// <summary>
/// Writes one annotated document as one JSON line, in the `annotate` format of docs/formats.md
/// (DESIGN.md's contract plus "id", "excluded" and the DCT's origin).
/// </summary>
public static class AnnotationJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes <paramref name="document"/> as a single line (no trailing newline).</summary>
    public static void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var json = new Utf8JsonWriter(output, WriterOptions);
        var text = document.Text;
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteString("source", document.Metadata.Source);
        json.WriteString("text", text);
        var dct = document.Get(Layers.CreationTime);
        if (dct is null)
        {
            json.WriteNull("dct");
        }
        else
        {
            json.WriteStartObject("dct");
            json.WriteString("value", dct.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteBoolean("estimated", dct.Estimated);
            json.WriteString("origin", Names.Of(dct.Origin));
            json.WriteString("derivation", dct.Derivation);
            json.WriteEndObject();
        }

        WriteNullable(json, "language", document.Metadata.Language);

        json.WriteStartArray("excluded");
        foreach (var region in document.Get(Layers.Excluded))
        {
            json.WriteStartObject();
            WriteSpan(json, text, region.Start, region.End);
            json.WriteString("reason", Names.Of(region.Reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("sentences");
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            json.WriteStartObject();
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("end", sentence.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in document.Get(Layers.Entities))
        {
            json.WriteStartObject();
            WriteSpan(json, text, entity.Start, entity.End);
            json.WriteString("type", Names.Of(entity.Type));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("timexes");
        foreach (var timex in document.Get(Layers.Timexes))
        {
            json.WriteStartObject();
            WriteSpan(json, text, timex.Start, timex.End);
            json.WriteString("type", Names.Of(timex.Type));
            json.WriteString("value", timex.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in document.Get(Layers.Quotes))
        {
            json.WriteStartObject();
            WriteSpan(json, text, quote.Start, quote.End);
            json.WriteBoolean("direct", quote.Direct);
            WriteSpanObject(json, "speaker", text, quote.Speaker);
            WriteNullable(json, "speakerName", quote.SpeakerName);
            WriteSpanObject(json, "cue", text, quote.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string text, int start, int end)
    {
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteString("text", text.AsSpan(start, end - start));
    }

    private static void WriteSpanObject(Utf8JsonWriter json, string name, string text, TextSpan? span)
    {
        if (span is not { } value)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        WriteSpan(json, text, value.Start, value.End);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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
