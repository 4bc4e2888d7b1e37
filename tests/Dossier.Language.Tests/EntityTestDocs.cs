using System.Collections.Immutable;
using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language.Tests;

/// <summary>Hand-built documents whose entity layer is given, for grouper tests.</summary>
internal static class EntityTestDocs
{
    /// <summary>A document holding each (text, type) once, separated by " ; ", with those spans as its entities.</summary>
    public static Document Doc(params (string Text, EntityType Type)[] entities) => DocWithPrefix("", entities);

    /// <summary>As <see cref="Doc"/>, with <paramref name="prefix"/> written before the first entity.</summary>
    public static Document DocWithPrefix(string prefix, params (string Text, EntityType Type)[] entities)
    {
        var text = prefix + string.Join(" ; ", entities.Select(e => e.Text));
        var d = new Document(text, new SourceMetadata { Source = "t" });
        var list = ImmutableArray.CreateBuilder<EntityMention>();
        var pos = prefix.Length;
        foreach (var (t, type) in entities)
        {
            list.Add(new EntityMention(pos, pos + t.Length, type));
            pos += t.Length + 3;
        }

        d.Set(Layers.Entities, list.ToImmutable());
        return d;
    }

    public static EntityGroup GroupOf(IReadOnlyList<EntityGroup> groups, string alias) =>
        groups.Single(g => g.Aliases.Any(a => a.Text == alias));

    /// <summary>Everything a caller can see of a grouping, in a comparable form.</summary>
    public static List<string> Describe(IReadOnlyList<EntityGroup> groups) =>
        [.. groups.Select(g => string.Join(" ", g.Id, g.Name, g.Type, g.Place?.GazetteerId ?? "-",
            string.Join(",", g.Mentions.Select(m => $"{m.DocumentId}:{m.Start}-{m.End}")),
            string.Join(",", g.Links.Select(m => $"{m.DocumentId}:{m.Start}-{m.End}")),
            string.Join(",", g.Aliases.Select(a => $"{a.Text}x{a.Count}[{string.Join("+", a.DocumentIds)}]")),
            string.Join(",", g.Titles.Select(t => $"{t.Text}x{t.Count}"))))];
}
