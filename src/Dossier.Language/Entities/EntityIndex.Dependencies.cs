using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language.Entities;

/// <summary>
/// The incremental snapshot. The rules of the snapshot (EntityIndex.Snapshot.cs) decide the groups of a name from a
/// bounded set of facts: the name's own counts, titles, displays and documents (with those documents' contexts, fixed
/// once a document is added), the candidate pairs the merge believes, the place nodes a look-alike name may join, the
/// full names a surname spells, the expansions of an acronym and the places an adjective derives from. Each of these
/// relations is kept here as a union of names into dependency components, so a component holds everything its rules
/// consult and groups the same alone as inside the whole corpus. Each component's groups are cached; <see cref="Add"/>
/// marks the names it creates or changes, and a relation that joins two components drops both caches; the snapshot
/// recomputes only those components and settles ids and order across all groups.
/// <para>
/// Candidate pairs the merge does not believe (a weak pair whose contexts disagree, a cross-type pair between two
/// names seen in several documents) are left out of the dependency relation while they stay unbelieved, or one
/// frequent family of look-alike names would chain most of the corpus into one component. Whether a pair is believed
/// depends only on its two names, so the snapshot re-judges exactly the pairs of the names changed since the last one;
/// a pair once believed keeps its two components joined (a union is never undone, which costs only work).
/// </para>
/// </summary>
public sealed partial class EntityIndex
{
    // Dependency components: a union-find over names (union by size) with each root's names.
    private readonly List<int> _depParent = [];
    private readonly List<List<int>?> _depMembers = [];

    // Stored pairs by name, and whether the merge believed each one at the last judgement.
    private readonly List<List<int>> _incident = [];
    private readonly List<bool> _accepted = [];

    // Names created or changed since the last snapshot, and components joined since then.
    private readonly HashSet<int> _touched = [];
    private readonly HashSet<int> _joinedRoots = [];

    // The groups of each component, by its root, as of the last snapshot that computed it.
    private readonly Dictionary<int, List<PendingGroup>> _componentGroups = [];
    private IReadOnlyList<EntityGroup>? _lastSnapshot;

    // All cached groups in the order callers see, and how many want each id: while no two want the same one, the
    // snapshot lists this set as it is instead of settling ids and sorting every group again.
    private readonly SortedSet<PendingGroup> _ordered = new(PendingOrder.Instance);
    private readonly Dictionary<string, int> _idDemand = new(StringComparer.Ordinal);
    private int _idClashes;

    // Indexes that turn the snapshot's corpus-wide look-ups into relations between names.
    private readonly Dictionary<string, List<int>> _placeNodesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _lookAlikesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _surnamesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _placesByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _adjectivesByStem = new(StringComparer.Ordinal);

    /// <summary>Dependency components the last <see cref="Snapshot"/> computed afresh (the rest were reused).</summary>
    public int LastSnapshotRecomputed { get; private set; }

    /// <summary>Names in the components the last <see cref="Snapshot"/> computed afresh.</summary>
    public int LastSnapshotRecomputedNames { get; private set; }

    /// <summary>The entities of everything added so far; only the components changed since the last call are regrouped.</summary>
    public IReadOnlyList<EntityGroup> Snapshot()
    {
        // Re-judge the pairs of every changed name; a believed pair joins its two components.
        foreach (var t in _touched)
        {
            foreach (var e in _incident[t])
            {
                var edge = _edges[e];
                var other = edge.A == t ? edge.B : edge.A;
                if (other > t && _touched.Contains(other))
                {
                    continue; // judged from the other side
                }

                _accepted[e] = Accepts(edge);
                if (_accepted[e])
                {
                    DepUnion(edge.A, edge.B);
                }
            }
        }

        var dirty = new SortedSet<int>(_touched.Select(DepFind).Concat(_joinedRoots.Select(DepFind)));
        _touched.Clear();
        _joinedRoots.Clear();
        if (dirty.Count == 0 && _lastSnapshot is not null)
        {
            LastSnapshotRecomputed = 0;
            LastSnapshotRecomputedNames = 0;
            return _lastSnapshot;
        }

        var localOf = NewScratch();
        var names = 0;
        foreach (var root in dirty)
        {
            var members = _depMembers[root]!;
            members.Sort();
            names += members.Count;
            var accepted = new List<Edge>();
            foreach (var m in members)
            {
                foreach (var e in _incident[m])
                {
                    if (_accepted[e] && _edges[e].A == m)
                    {
                        accepted.Add(_edges[e]);
                    }
                }
            }

            ForgetGroups(root);
            var groups = GroupComponent(members, accepted, localOf);
            _componentGroups[root] = groups;
            foreach (var g in groups)
            {
                _ordered.Add(g);
                var demand = _idDemand.GetValueOrDefault(g.Group.Id) + 1;
                _idDemand[g.Group.Id] = demand;
                _idClashes += demand > 1 ? 1 : 0;
            }
        }

        LastSnapshotRecomputed = dirty.Count;
        LastSnapshotRecomputedNames = names;
        if (_idClashes == 0)
        {
            _lastSnapshot = Array.AsReadOnly(_ordered.Select(p => p.Group).ToArray());
        }
        else
        {
            var pending = new List<PendingGroup>();
            foreach (var groups in _componentGroups.Values)
            {
                pending.AddRange(groups);
            }

            _lastSnapshot = SettleIds(pending).AsReadOnly();
        }

        return _lastSnapshot;
    }

    /// <summary>
    /// The groups computed from nothing, with all names as one component and every pair judged afresh: the reference
    /// the incremental <see cref="Snapshot"/> must equal. Leaves the caches alone.
    /// </summary>
    internal IReadOnlyList<EntityGroup> SnapshotFromScratch()
    {
        var all = Enumerable.Range(0, _nodes.Count).ToList();
        var accepted = _edges.Where(Accepts).ToList();
        return SettleIds(GroupComponent(all, accepted, NewScratch()));
    }

    private int[] NewScratch()
    {
        var localOf = new int[_nodes.Count];
        Array.Fill(localOf, -1);
        return localOf;
    }

    // A new name: its own component, changed.
    private void RegisterNode(int index)
    {
        _depParent.Add(index);
        _depMembers.Add([index]);
        _incident.Add([]);
        _touched.Add(index);
    }

    // A name whose mentions, documents, titles or links changed.
    private void Touch(int index) => _touched.Add(index);

    private void AddEdge(Edge edge)
    {
        _incident[edge.A].Add(_edges.Count);
        _incident[edge.B].Add(_edges.Count);
        _edges.Add(edge);
        _accepted.Add(false); // judged at the next snapshot: its new name is touched
    }

    // A fact of the snapshot links two names whatever their state: they must group together.
    private void Relate(int a, int b) => DepUnion(a, b);

    /// <summary>
    /// The corpus-wide look-ups of the snapshot, as relations of a new name: a look-alike name and the place nodes of
    /// its place (step 1b), a surname and the full names whose surname it spells strongly or weakly (step 2), an
    /// adjective and the one-word places it may derive from (step 4). Acronyms relate when their expansion is stored.
    /// </summary>
    private void RelateNewNode(int index)
    {
        var node = _nodes[index];
        if (node.Type == EntityType.Location && node.Place is { } place)
        {
            var placeNodes = ListOf(_placeNodesById, place.GazetteerId);
            if (placeNodes.Count == 0)
            {
                foreach (var lookAlike in _lookAlikesById.GetValueOrDefault(place.GazetteerId) ?? [])
                {
                    Relate(index, lookAlike);
                }
            }
            else
            {
                Relate(index, placeNodes[0]);
            }

            placeNodes.Add(index);
        }

        if (node.LookAlikePlace is { } lookAlikePlace)
        {
            ListOf(_lookAlikesById, lookAlikePlace.GazetteerId).Add(index);
            if (_placeNodesById.GetValueOrDefault(lookAlikePlace.GazetteerId) is [var first, ..])
            {
                Relate(index, first);
            }
        }

        if (node.IsSurnameOnly)
        {
            foreach (var key in PhoneticKey.WithDeletions(PhoneticKey.Of(node.Parts[0])))
            {
                foreach (var j in _fullNamesBySurname.GetValueOrDefault(key) ?? [])
                {
                    if (NameVariants.CompareWords(_nodes[j].Parts[^1], node.Parts[0]) != VariantStrength.None)
                    {
                        Relate(index, j);
                    }
                }

                ListOf(_surnamesByKey, key).Add(index);
            }
        }
        else if (node.IsFullPersonName)
        {
            foreach (var key in PhoneticKey.WithDeletions(PhoneticKey.Of(node.Parts[^1])))
            {
                foreach (var j in _surnamesByKey.GetValueOrDefault(key) ?? [])
                {
                    if (NameVariants.CompareWords(node.Parts[^1], _nodes[j].Parts[0]) != VariantStrength.None)
                    {
                        Relate(index, j);
                    }
                }
            }
        }

        if (node.Parts.Length == 1)
        {
            RelateAdjectivesAndPlaces(index, node);
        }
    }

    // One-word places and the one-word unknown names of other types that may be their adjectives (LinkAdjectives).
    private void RelateAdjectivesAndPlaces(int index, Node node)
    {
        if (node.Type == EntityType.Location)
        {
            foreach (var stem in DemonymMorphology.PlaceStems(node.Normalized))
            {
                foreach (var j in _adjectivesByStem.GetValueOrDefault(stem) ?? [])
                {
                    if (DemonymMorphology.IsAdjectiveOf(_nodes[j].Normalized, node.Normalized))
                    {
                        Relate(index, j);
                    }
                }

                ListOf(_placesByStem, stem).Add(index);
            }
        }
        else if (node.Type is EntityType.Misc or EntityType.Organization && node.IsUnknownName)
        {
            foreach (var (stem, _) in DemonymMorphology.AdjectiveStems(node.Normalized))
            {
                foreach (var j in _placesByStem.GetValueOrDefault(stem) ?? [])
                {
                    if (DemonymMorphology.IsAdjectiveOf(node.Normalized, _nodes[j].Normalized))
                    {
                        Relate(index, j);
                    }
                }

                ListOf(_adjectivesByStem, stem).Add(index);
            }
        }
    }

    private static List<int> ListOf(Dictionary<string, List<int>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        return list;
    }

    // Drops a component's cached groups (it changed, or joined another).
    private void ForgetGroups(int root)
    {
        if (!_componentGroups.Remove(root, out var groups))
        {
            return;
        }

        foreach (var g in groups)
        {
            _ordered.Remove(g);
            var demand = _idDemand[g.Group.Id] - 1;
            _idClashes -= demand > 0 ? 1 : 0;
            if (demand == 0)
            {
                _idDemand.Remove(g.Group.Id);
            }
            else
            {
                _idDemand[g.Group.Id] = demand;
            }
        }
    }

    // Most mentions first, then by name and id (as SettleIds sorts); the least name key keeps two groups that want
    // the same id apart.
    private sealed class PendingOrder : IComparer<PendingGroup>
    {
        public static readonly PendingOrder Instance = new();

        public int Compare(PendingGroup? x, PendingGroup? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = y.Group.Mentions.Count.CompareTo(x.Group.Mentions.Count);
            c = c != 0 ? c : string.CompareOrdinal(x.Group.Name, y.Group.Name);
            c = c != 0 ? c : string.CompareOrdinal(x.Group.Id, y.Group.Id);
            return c != 0 ? c : string.CompareOrdinal(x.OrderKey, y.OrderKey);
        }
    }

    private int DepFind(int x)
    {
        while (_depParent[x] != x)
        {
            _depParent[x] = _depParent[_depParent[x]];
            x = _depParent[x];
        }

        return x;
    }

    // Joins two components; their cached groups no longer hold.
    private void DepUnion(int a, int b)
    {
        var ra = DepFind(a);
        var rb = DepFind(b);
        if (ra == rb)
        {
            return;
        }

        if (_depMembers[ra]!.Count < _depMembers[rb]!.Count)
        {
            (ra, rb) = (rb, ra);
        }

        _depParent[rb] = ra;
        _depMembers[ra]!.AddRange(_depMembers[rb]!);
        _depMembers[rb] = null;
        ForgetGroups(ra);
        ForgetGroups(rb);
        _joinedRoots.Add(ra);
    }
}
