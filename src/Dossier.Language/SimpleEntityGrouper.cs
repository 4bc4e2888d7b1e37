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
        public string[] Parts = [];
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

            var form = new Form { Normalized = normalized, Type = type, Parts = type == EntityType.Person ? NameMatching.NameParts(normalized) : [] };
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

        // Candidate pairs come from blocks (same type and first letter, or same consonant skeleton) so that large
        // corpora are not compared all against all.
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void AddToBlock(string key, int index)
        {
            if (!blocks.TryGetValue(key, out var list))
            {
                list = [];
                blocks[key] = list;
            }

            list.Add(index);
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            var single = !form.Normalized.Contains(' ', StringComparison.Ordinal);
            var key = form.Type == EntityType.Person ? (form.Parts.Length > 0 ? form.Parts[^1] : string.Empty) : form.Normalized;
            if (key.Length == 0)
            {
                continue;
            }

            var prefix = string.Create(CultureInfo.InvariantCulture, $"{(int)form.Type}{(form.Type == EntityType.Person && single ? "s" : "")}:");
            AddToBlock(prefix + key[0], i);
            AddToBlock(prefix + "~" + NameMatching.Skeleton(key), i);
        }

        foreach (var members in blocks.Values)
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var i = members[x];
                    var j = members[y];
                    if (Find(i) == Find(j))
                    {
                        continue;
                    }

                    var a = forms[i];
                    var b = forms[j];
                    if (a.Type != EntityType.Person && Math.Abs(a.Normalized.Length - b.Normalized.Length) > Math.Max(3, Math.Min(a.Normalized.Length, b.Normalized.Length) / 3))
                    {
                        continue;
                    }

                    if (a.Type == EntityType.Person
                        ? NameMatching.IsSameFullName(a.Parts, b.Parts)
                        : NameMatching.IsSpellingVariant(a.Normalized, b.Normalized) || SameWithoutSpaces(a.Normalized, b.Normalized))
                    {
                        Union(i, j);
                    }
                }
            }
        }

        // 3. Surname-only person mentions join the full name they abbreviate.
        var mentionGroup = new Dictionary<(string, int), int>();
        var fullBySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < forms.Count; j++)
        {
            if (forms[j].Type == EntityType.Person && forms[j].Normalized.Contains(' ', StringComparison.Ordinal))
            {
                var surname = forms[j].Parts.Length > 0 ? forms[j].Parts[^1] : forms[j].Normalized;
                foreach (var key in new[] { surname[..1], "~" + NameMatching.Skeleton(surname) })
                {
                    if (!fullBySurname.TryGetValue(key, out var list))
                    {
                        list = [];
                        fullBySurname[key] = list;
                    }

                    list.Add(j);
                }
            }
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            if (form.Type != EntityType.Person || form.Normalized.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var fullNames = new List<int>();
            var candidates = (fullBySurname.GetValueOrDefault(form.Normalized[..1]) ?? [])
                .Concat(fullBySurname.GetValueOrDefault("~" + NameMatching.Skeleton(form.Normalized)) ?? [])
                .Distinct().Order();
            foreach (var j in candidates)
            {
                if (forms[j].Parts.Length > 0 && NameMatching.IsSpellingVariant(forms[j].Parts[^1], form.Normalized))
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
            var perDocument = new Dictionary<(int Root, string DocumentId), int>();
            var totals = new Dictionary<int, int>();
            foreach (var f in fullNames)
            {
                var root = Find(f);
                foreach (var m in forms[f].Mentions)
                {
                    perDocument[(root, m.DocumentId)] = perDocument.GetValueOrDefault((root, m.DocumentId)) + 1;
                    totals[root] = totals.GetValueOrDefault(root) + 1;
                }
            }

            foreach (var mention in form.Mentions)
            {
                var chosen = roots
                    .OrderByDescending(r => perDocument.GetValueOrDefault((r, mention.DocumentId)))
                    .ThenByDescending(r => totals.GetValueOrDefault(r))
                    .ThenBy(r => r)
                    .First();
                mentionGroup[(mention.DocumentId, mention.Start)] = chosen;
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
