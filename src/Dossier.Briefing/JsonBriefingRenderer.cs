using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Briefing;

/// <summary>
/// The machine-readable briefing (docs: "Machine-readable outputs"): camelCase fields, nulls written, indented,
/// with "\n" line ends, in the model's fixed order, so the same briefing always gives the same bytes.
/// </summary>
public sealed class JsonBriefingRenderer : IBriefingRenderer
{
    /// <summary>The serializer settings of the briefing JSON (also for reading it back).</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <inheritdoc/>
    public void Render(Briefing briefing, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(briefing, SerializerOptions));
        writer.Write('\n');
    }

    /// <summary>Reads a briefing written by <see cref="Render"/>.</summary>
    public static Briefing Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<Briefing>(json, SerializerOptions)
               ?? throw new JsonException("The briefing JSON is null.");
    }
}
