using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language;

/// <summary>
/// Groups entity mentions across documents into one group per real entity, whatever the spelling: names are
/// normalised (case, diacritics, apostrophes, transliteration variants) and matched fuzzily (Jaro-Winkler, a
/// consonant skeleton); people are matched on surnames with compatible given names, and a surname-only mention
/// joins the full name it abbreviates (preferring one from the same document). People who only share a given name
/// are never merged. The result does not depend on the order of the documents.
/// </summary>
public sealed class SimpleEntityGrouper : IEntityGrouper
{
    private sealed class Form
    {
        public required string Normalized;
        public required EntityType Type;
        public readonly List<(string DocumentId, int Start, int End, string Text)> Mentions = [];
        public int Parent = -1;
    }

    /// <inheritdoc/>
    public IReadOnlyList<EntityGroup> Group(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // 1. Surface forms by normalised text; each takes the type most of its mentions have.
        var byText = new Dictionary<string, (int[] Votes, List<(string, int, int, string)> Mentions)>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var e in document.Get(Layers.Entities))
            {
                var surface = document.Text[e.Start..e.End];
                var normalized = NameMatching.Normalize(surface);
                if (normalized.Length == 0)
                {
                    continue;
                }

                if (!byText.TryGetValue(normalized, out var entry))
                {
                    entry = (new int[4], []);
                    byText[normalized] = entry;
                }

                entry.Votes[(int)e.Type]++;
                entry.Mentions.Add((document.Id, e.Start, e.End, surface));
            }
        }

        var forms = new List<Form>();
        foreach (var (normalized, entry) in byText.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var type = EntityType.Person;
            for (var t = 0; t < 4; t++)
            {
                if (entry.Votes[t] > entry.Votes[(int)type])
                {
                    type = (EntityType)t;
                }
            }

            var form = new Form { Normalized = normalized, Type = type };
            form.Mentions.AddRange(entry.Mentions);
            forms.Add(form);
        }

        // 2. Union spelling variants of the same type.
        var parent = Enumerable.Range(0, forms.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(int x, int y)
        {
            var rx = Find(x);
            var ry = Find(y);
            if (rx != ry)
            {
                parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
            }
        }

        for (var i = 0; i < forms.Count; i++)
        {
            for (var j = i + 1; j < forms.Count; j++)
            {
                var a = forms[i];
                var b = forms[j];
                if (a.Type != b.Type)
                {
                    continue;
                }

                if (a.Type == EntityType.Person)
                {
                    var aSingle = !a.Normalized.Contains(' ', StringComparison.Ordinal);
                    var bSingle = !b.Normalized.Contains(' ', StringComparison.Ordinal);
                    if (aSingle == bSingle && NameMatching.IsSameFullName(a.Normalized, b.Normalized))
                    {
                        Union(i, j);
                    }
                }
                else if (NameMatching.IsSpellingVariant(a.Normalized, b.Normalized) || SameWithoutSpaces(a.Normalized, b.Normalized))
                {
                    Union(i, j);
                }
            }
        }

        // 3. Surname-only person mentions join the full name they abbreviate.
        var mentionGroup = new Dictionary<(string, int), int>();
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            if (form.Type != EntityType.Person || form.Normalized.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var fullNames = new List<int>();
            for (var j = 0; j < forms.Count; j++)
            {
                var other = forms[j];
                if (other.Type == EntityType.Person && other.Normalized.Contains(' ', StringComparison.Ordinal)
                    && NameMatching.IsSpellingVariant(NameMatching.Surname(other.Normalized), form.Normalized))
                {
                    fullNames.Add(j);
                }
            }

            var roots = fullNames.Select(Find).Distinct().ToList();
            if (roots.Count == 0)
            {
                continue;
            }

            if (roots.Count == 1)
            {
                Union(i, roots[0]);
                continue;
            }

            // Ambiguous surname (two people): decide per mention by the full names in the same document, else by frequency.
            foreach (var mention in form.Mentions)
            {
                var sameDocument = roots
                    .Select(r => (Root: r, Count: fullNames.Where(f => Find(f) == r).Sum(f => forms[f].Mentions.Count(m => m.DocumentId == mention.DocumentId && m.Start < mention.Start))))
                    .OrderByDescending(x => x.Count).ThenBy(x => x.Root).First();
                var root = sameDocument.Count > 0 ? sameDocument.Root
                    : roots.OrderByDescending(r => fullNames.Where(f => Find(f) == r).Sum(f => forms[f].Mentions.Count)).ThenBy(r => r).First();
                mentionGroup[(mention.DocumentId, mention.Start)] = root;
            }
        }

        // 4. Collect groups.
        var groups = new Dictionary<int, List<(string DocumentId, int Start, int End, string Text, EntityType Type)>>();
        for (var i = 0; i < forms.Count; i++)
        {
            foreach (var m in forms[i].Mentions)
            {
                var root = mentionGroup.TryGetValue((m.DocumentId, m.Start), out var r) ? Find(r) : Find(i);
                if (!groups.TryGetValue(root, out var list))
                {
                    list = [];
                    groups[root] = list;
                }

                list.Add((m.DocumentId, m.Start, m.End, m.Text, forms[i].Type));
            }
        }

        var result = new List<EntityGroup>(groups.Count);
        foreach (var (root, mentions) in groups)
        {
            var type = forms[root].Type;
            var aliases = mentions
                .GroupBy(m => m.Text, StringComparer.Ordinal)
                .Select(g => new EntityAlias(g.Key, g.Count(), g.Select(m => m.DocumentId).Distinct().OrderBy(d => d, StringComparer.Ordinal).ToList()))
                .OrderByDescending(a => a.Count).ThenBy(a => a.Text, StringComparer.Ordinal)
                .ToList();
            var name = ChooseName(aliases, type);
            var refs = mentions
                .OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Start)
                .Select(m => new MentionRef(m.DocumentId, m.Start, m.End))
                .ToList();
            var canonical = type == EntityType.Person
                ? string.Join(' ', NameMatching.NameParts(name))
                : forms[root].Normalized;
            result.Add(new EntityGroup(StableId(type, canonical), name, type, aliases, refs));
        }

        return [.. result.OrderByDescending(g => g.Mentions.Count).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal)];
    }

    private static bool SameWithoutSpaces(string a, string b) =>
        a.Replace(" ", "", StringComparison.Ordinal).Equals(b.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

    // The most frequent full form: for people, a form with at least two words when there is one.
    private static string ChooseName(List<EntityAlias> aliases, EntityType type)
    {
        IEnumerable<EntityAlias> pool = aliases;
        if (type == EntityType.Person && aliases.Any(a => a.Text.Contains(' ', StringComparison.Ordinal)))
        {
            pool = aliases.Where(a => a.Text.Contains(' ', StringComparison.Ordinal));
        }

        return pool.OrderByDescending(a => a.Count).ThenByDescending(a => a.Text.Length).ThenBy(a => a.Text, StringComparer.Ordinal).First().Text;
    }

    private static string StableId(EntityType type, string canonical)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(type.ToString() + ":" + canonical));
        return "e" + Convert.ToHexStringLower(bytes)[..10];
    }
}
