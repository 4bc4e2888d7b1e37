using System.Security.Cryptography;
using System.Text;
using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language.Entities;

/// <summary>
/// The grouping rules of the snapshot, applied to one dependency component (see EntityIndex.Dependencies.cs): every
/// fact a rule consults about a name lies inside the name's component, so a component groups the same alone as
/// inside the whole corpus.
/// </summary>
public sealed partial class EntityIndex
{
    /// <summary>
    /// One group of a component before ids are settled across the corpus. OrderKey (the least name key of the whole
    /// union, adjectives included) orders groups when two want the same id; IdKey (the least key of its own names)
    /// makes the second one's id.
    /// </summary>
    private sealed record PendingGroup(EntityGroup Group, string Canonical, string OrderKey, string IdKey);

    /// <summary>
    /// The groups of the names <paramref name="members"/> (global indices, ascending, so that every tie breaks as in
    /// a pass over the whole corpus), merging along <paramref name="accepted"/> (pairs <see cref="Accepts"/> holds,
    /// both ends among the members). <paramref name="localOf"/> is scratch space: -1 for every name on entry and on
    /// exit.
    /// </summary>
    private List<PendingGroup> GroupComponent(List<int> members, List<Edge> accepted, int[] localOf)
    {
        var nodes = new List<Node>(members.Count);
        for (var k = 0; k < members.Count; k++)
        {
            localOf[members[k]] = k;
            nodes.Add(_nodes[members[k]]);
        }

        try
        {
            return GroupLocal(nodes, accepted, localOf);
        }
        finally
        {
            foreach (var m in members)
            {
                localOf[m] = -1;
            }
        }
    }

    // A stored pair the merge believes, judged on what is known of its two names now.
    private bool Accepts(Edge e) =>
        e.CrossType ? AcceptsCrossType(_nodes[e.A], _nodes[e.B], e.Strength)
        : e.NeedsTitle ? SharesTitle(_nodes[e.A], _nodes[e.B])
        : e.Strength == VariantStrength.Strong || ContextsAgree(_nodes[e.A], _nodes[e.B]);

    private List<PendingGroup> GroupLocal(List<Node> nodes, List<Edge> accepted, int[] localOf)
    {
        var uf = new Components(nodes);

        // 1. Spelling variants, strongest and most similar first, each side named by its text so ties break the same
        //    way in any input order; weak pairs only when their contexts agree.
        var edges = accepted
            .Select(e => e with { A = localOf[e.A], B = localOf[e.B] })
            .Select(e => string.CompareOrdinal(nodes[e.A].Key, nodes[e.B].Key) <= 0 ? e : e with { A = e.B, B = e.A })
            .OrderBy(e => e.CrossType).ThenByDescending(e => e.Strength).ThenByDescending(e => e.Score)
            .ThenBy(e => nodes[e.A].Key, StringComparer.Ordinal).ThenBy(e => nodes[e.B].Key, StringComparer.Ordinal)
            .ToList();
        foreach (var e in edges)
        {
            // A one-off spelling typed differently may join a group, but never bridge two groups that each stand on
            // their own (Enggland, typed as a team, between England the team and England the country).
            if (!e.CrossType || IsOneOff(uf.Members(e.A)) || IsOneOff(uf.Members(e.B)))
            {
                uf.TryUnion(e.A, e.B);
            }
        }

        // 1b. A recogniser types a word it has never seen by its surroundings, so a respelled place ("Irael",
        //     "Jerrusalem") often comes out as an organisation or a person. Such a name, no exact name of anything
        //     but a close spelling of a country or large city, joins that place when nothing of its own type
        //     spelled like it anchors it (a respelled team name with the team's own mentions stays with the team).
        var order = Enumerable.Range(0, nodes.Count).OrderBy(i => nodes[i].Key, StringComparer.Ordinal).ToList();
        var placeNodes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            if (nodes[i].Type == EntityType.Location && nodes[i].Place is { } place)
            {
                placeNodes.TryAdd(place.GazetteerId, i);
            }
        }

        var lookAlikes = new List<(int Node, int Place)>();
        foreach (var i in order)
        {
            if (nodes[i].LookAlikePlace is { } lookAlike
                && placeNodes.TryGetValue(lookAlike.GazetteerId, out var placeNode)
                && uf.Members(i).All(m => m.Place is null && !m.IsGazetteerName
                    && (m.LookAlikePlace is null || m.LookAlikePlace.GazetteerId == lookAlike.GazetteerId)))
            {
                lookAlikes.Add((i, placeNode));
            }
        }

        foreach (var (node, placeNode) in lookAlikes)
        {
            uf.TryUnion(node, placeNode);
        }

        // 2. Surname-only people join the one person (component) whose surname they spell; with several, the one
        //    whose documents share the most context, when that is clear.
        var attachments = new List<(int Single, int Root)>();
        foreach (var i in order)
        {
            var node = nodes[i];
            if (!node.IsSurnameOnly)
            {
                continue;
            }

            var roots = new SortedSet<int>();
            var weakRoots = new SortedSet<int>();
            foreach (var key in PhoneticKey.WithDeletions(PhoneticKey.Of(node.Parts[0])))
            {
                foreach (var j in _fullNamesBySurname.GetValueOrDefault(key) ?? [])
                {
                    var strength = NameVariants.CompareWords(_nodes[j].Parts[^1], node.Parts[0]);
                    if (strength != VariantStrength.None)
                    {
                        // Every full name a surname spells is in its component (RelateNewNode).
                        System.Diagnostics.Debug.Assert(localOf[j] >= 0, "a full name the surname spells lies outside its component");
                        (strength == VariantStrength.Strong ? roots : weakRoots).Add(uf.Find(localOf[j]));
                    }
                }
            }

            // A surname with a typo (Lebzd for Lebed) joins only a person whose documents share its context.
            if (roots.Count == 0)
            {
                roots.UnionWith(weakRoots.Where(r => ContextOverlap(node, uf.Members(r)) >= 2));
            }

            if (roots.Count == 1)
            {
                attachments.Add((i, roots.Min));
            }
            else if (roots.Count > 1)
            {
                var scored = roots.Select(r => (Root: r, Overlap: ContextOverlap(node, uf.Members(r)))).OrderByDescending(x => x.Overlap).ToList();
                if (scored[0].Overlap > 0 && scored[0].Overlap > scored[1].Overlap)
                {
                    attachments.Add((i, scored[0].Root));
                }
            }
        }

        foreach (var (single, root) in attachments)
        {
            uf.TryUnion(single, root);
        }

        // 3. Acronyms seen beside their expansion join it when they have only one.
        foreach (var i in order)
        {
            if (_acronymExpansions.TryGetValue(nodes[i].Key, out var expansions))
            {
                var roots = expansions.Select(j => uf.Find(localOf[j])).Distinct().ToList();
                if (roots.Count == 1)
                {
                    uf.TryUnion(i, roots[0]);
                }
            }
        }

        // 4. Adjectives of places the gazetteer lists no demonym for (English, Scottish, European, Kurdish) are links
        //    to the one place of the corpus they derive from, not entities of their own.
        var adjectives = LinkAdjectives(nodes, uf, order);
        return BuildGroups(nodes, uf, adjectives);
    }

    private static HashSet<Node> LinkAdjectives(List<Node> nodes, Components uf, List<int> order)
    {
        var placesByStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var n = nodes[i];
            if (n.Type == EntityType.Location && n.Parts.Length == 1)
            {
                foreach (var stem in DemonymMorphology.PlaceStems(n.Normalized))
                {
                    if (!placesByStem.TryGetValue(stem, out var list))
                    {
                        list = [];
                        placesByStem[stem] = list;
                    }

                    list.Add(i);
                }
            }
        }

        var links = new List<(int Adjective, int Place)>();
        foreach (var i in order)
        {
            var n = nodes[i];
            if (n.Type is not (EntityType.Misc or EntityType.Organization) || n.Parts.Length != 1 || !n.IsUnknownName
                || !uf.Members(i).All(m => m.Type is EntityType.Misc or EntityType.Organization && m.Parts.Length == 1))
            {
                continue;
            }

            var roots = new SortedSet<int>();
            foreach (var (stem, _) in DemonymMorphology.AdjectiveStems(n.Normalized))
            {
                foreach (var j in placesByStem.GetValueOrDefault(stem) ?? [])
                {
                    // Every name of the adjective's group must be the adjective or a respelling of it (nearer to
                    // it than to the place), not the place's own name typed otherwise (Kestria the government beside Kestrian): that is metonymy,
                    // not a link.
                    var place = nodes[j].Normalized;
                    if (DemonymMorphology.IsAdjectiveOf(n.Normalized, place)
                        && uf.Members(i).All(m => DemonymMorphology.IsAdjectiveOf(m.Normalized, place)
                            || NameMatching.EditDistance(m.Normalized, n.Normalized) < NameMatching.EditDistance(m.Normalized, place)))
                    {
                        roots.Add(uf.Find(j));
                    }
                }
            }

            if (roots.Count == 1)
            {
                links.Add((i, roots.Min));
            }
        }

        var adjectives = new HashSet<Node>();
        foreach (var (adjective, place) in links)
        {
            if (uf.Find(adjective) == uf.Find(place))
            {
                continue;
            }

            adjectives.UnionWith(uf.Members(adjective));
            uf.TryUnion(adjective, place);
        }

        return adjectives;
    }

    // Names typed differently in different documents are one entity only when one of them is a one-off spelling (a
    // respelled name the recogniser had to guess a type for); a name written the same way in many reports and typed
    // differently is metonymy (New York the city and the team) that spelling cannot settle. A person and a non-person,
    // or a weak variant, need their contexts to agree as well.
    private bool AcceptsCrossType(Node a, Node b, VariantStrength strength)
    {
        // An adjective and its place (Vardenian, Vardenia) are one letter apart but link in step 4 instead.
        if ((a.Documents.Count > 1 && b.Documents.Count > 1)
            || DemonymMorphology.IsAdjectiveOf(a.Normalized, b.Normalized) || DemonymMorphology.IsAdjectiveOf(b.Normalized, a.Normalized))
        {
            return false;
        }

        return (a.Type != EntityType.Person && b.Type != EntityType.Person && strength == VariantStrength.Strong) || ContextsAgree(a, b);
    }

    // All the names of a group come from a single document.
    private static bool IsOneOff(IEnumerable<Node> members)
    {
        string? document = null;
        foreach (var n in members)
        {
            foreach (var d in n.Documents)
            {
                if (document is null)
                {
                    document = d;
                }
                else if (!document.Equals(d, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ContextsAgree(Node a, Node b)
    {
        foreach (var title in a.Titles.Keys)
        {
            if (b.Titles.ContainsKey(title))
            {
                return true;
            }
        }

        return ContextOverlap(a, [b]) >= 2;
    }

    // Entities (by type and sound key) that occur both in documents of a and in documents of the others.
    private int ContextOverlap(Node a, IEnumerable<Node> others)
    {
        var own = ContextKey(a);
        var mine = new HashSet<int>();
        foreach (var d in a.Documents.Take(MaxContextDocuments))
        {
            mine.UnionWith(_documentContext.GetValueOrDefault(d) ?? []);
        }

        mine.Remove(own);
        var theirs = new HashSet<int>();
        foreach (var o in others)
        {
            theirs.Remove(ContextKey(o));
            foreach (var d in o.Documents.Take(MaxContextDocuments))
            {
                if (!a.Documents.Contains(d))
                {
                    theirs.UnionWith(_documentContext.GetValueOrDefault(d) ?? []);
                }
            }

            theirs.Remove(ContextKey(o));
        }

        mine.IntersectWith(theirs);
        return mine.Count;
    }

    private static List<PendingGroup> BuildGroups(List<Node> nodes, Components uf, HashSet<Node> adjectives)
    {
        var byRoot = new Dictionary<int, List<Node>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var root = uf.Find(i);
            if (!byRoot.TryGetValue(root, out var list))
            {
                list = [];
                byRoot[root] = list;
            }

            list.Add(nodes[i]);
        }

        var result = new List<PendingGroup>(byRoot.Count);
        foreach (var component in byRoot.Values)
        {
            var links = component.SelectMany(n => n.Links)
                .Concat(component.Where(adjectives.Contains).SelectMany(n => n.Mentions).Select(m => new MentionRef(m.DocumentId, m.Start, m.End)))
                .OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Start).ToList();
            var members = component.Where(n => !adjectives.Contains(n)).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var mentions = members.SelectMany(n => n.Mentions).ToList();
            if (mentions.Count == 0 && links.Count == 0)
            {
                continue;
            }

            var place = members.Select(n => n.Place).FirstOrDefault(p => p is not null);
            var type = place is not null ? EntityType.Location : MajorityType(members);
            var aliases = mentions
                .GroupBy(m => m.Surface, StringComparer.Ordinal)
                .Select(g => new EntityAlias(g.Key, g.Count(), g.Select(m => m.DocumentId).Distinct().Order(StringComparer.Ordinal).ToList()))
                .OrderByDescending(a => a.Count).ThenBy(a => a.Text, StringComparer.Ordinal)
                .ToList();
            var displays = new Dictionary<string, int>(StringComparer.Ordinal);
            var titles = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var n in members)
            {
                foreach (var (d, c) in n.Displays)
                {
                    displays[d] = displays.GetValueOrDefault(d) + c;
                }

                foreach (var (t, c) in n.Titles)
                {
                    titles[t] = titles.GetValueOrDefault(t) + c;
                }
            }

            var name = place?.Name ?? ChooseName(displays, type) ?? members[0].Normalized;
            var canonical = place?.GazetteerId ?? NameMatching.Normalize(name);
            var group = new EntityGroup(
                StableId(type, canonical),
                name,
                type,
                aliases,
                [.. mentions.OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Start).Select(m => new MentionRef(m.DocumentId, m.Start, m.End))])
            {
                Titles = [.. titles.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new EntityTitle(t.Key, t.Value))],
                Links = links,
                Place = place,
            };
            result.Add(new PendingGroup(group, canonical, component.Min(n => n.Key)!, members.Min(n => n.Key)!));
        }

        return result;
    }

    /// <summary>
    /// The groups of all components with their ids settled, in the order callers see: most mentions first, then by
    /// name and id. Each group's id is made from its type and canonical name; when two groups would share one, the
    /// one whose names come first (by key) keeps it and the other's id takes its least name key as well.
    /// </summary>
    private static List<EntityGroup> SettleIds(List<PendingGroup> pending)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clash = false;
        foreach (var p in pending)
        {
            if (!seen.Add(p.Group.Id))
            {
                clash = true;
                break;
            }
        }

        var groups = new List<EntityGroup>(pending.Count);
        if (!clash)
        {
            groups.AddRange(pending.Select(p => p.Group));
        }
        else
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in pending.OrderBy(p => p.OrderKey, StringComparer.Ordinal))
            {
                var group = p.Group;
                if (!used.Add(group.Id))
                {
                    group = group with { Id = StableId(group.Type, p.Canonical + "|" + p.IdKey) };
                    used.Add(group.Id);
                }

                groups.Add(group);
            }
        }

        groups.Sort(static (x, y) =>
        {
            var c = y.Mentions.Count.CompareTo(x.Mentions.Count);
            c = c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });
        return groups;
    }

    // The type most of the members' mentions carry, so a group whose names were typed differently is typed the same
    // whatever order its documents came in. Ties go to a place, then an organisation, then a person, then a thing:
    // a tagger types an unfamiliar capitalised word as a person when nothing says otherwise, while a place or an
    // organisation type comes from a cue (a preposition, "region", a head word).
    private static EntityType MajorityType(List<Node> members) =>
        members.GroupBy(n => n.Type).Select(g => (Type: g.Key, Count: g.Sum(n => n.Mentions.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Type == EntityType.Person ? 2.5 : (double)t.Type).First().Type;

    /// <summary>
    /// The best-supported well-formed spelling: for people one with a given name and a surname when there is one;
    /// written in mixed case (not a shouted headline) when there is one; then the one whose words are written so most
    /// often across all the group's spellings (Volodymyr Zelenskyy over a one-off Volodimir Zellinski, when the
    /// surname alone is mostly written Zelenskyy), the most frequent, the longer, and the first in ordinal order.
    /// </summary>
    private static string? ChooseName(Dictionary<string, int> displays, EntityType type)
    {
        if (displays.Count == 0)
        {
            return null;
        }

        var wordSupport = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (display, count) in displays)
        {
            foreach (var word in Words(display).Distinct(StringComparer.Ordinal))
            {
                wordSupport[word] = wordSupport.GetValueOrDefault(word) + count;
            }
        }

        double Support(string display)
        {
            var words = Words(display);
            return words.Length == 0 ? 0 : words.Sum(w => wordSupport[w]) / (double)words.Length;
        }

        return displays
            .OrderByDescending(d => type == EntityType.Person && d.Key.Contains(' ', StringComparison.Ordinal))
            .ThenBy(d => type != EntityType.Person && IsAcronym(d.Key)) // the expansion names an organisation better
            .ThenByDescending(d => IsWellFormed(d.Key))
            .ThenByDescending(d => Support(d.Key))
            .ThenByDescending(d => d.Value)
            .ThenByDescending(d => d.Key.Length)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .First().Key;
    }

    private static string[] Words(string display) =>
        display.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsWellFormed(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var letters = name.Count(char.IsLetter);
        var upper = name.Count(char.IsUpper);
        var shouted = letters > 4 && upper == letters;
        return !shouted && words.Length > 0 && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w.Length <= 3);
    }

    private static string StableId(EntityType type, string canonical)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(type + ":" + canonical));
        return "e" + Convert.ToHexStringLower(bytes)[..10];
    }
}
