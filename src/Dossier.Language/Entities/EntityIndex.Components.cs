namespace Dossier.Language.Entities;

/// <summary>The union-find the snapshot merges names in.</summary>
public sealed partial class EntityIndex
{
    /// <summary>
    /// Union-find over names that refuses merges that would put two gazetteer places, or two people with
    /// disagreeing given names, in one entity.
    /// </summary>
    private sealed class Components
    {
        private readonly int[] _parent;
        private readonly List<Node> _nodes;
        private readonly string?[] _place;
        private readonly List<string>?[] _given;
        private readonly List<int>?[] _members;

        public Components(List<Node> nodes)
        {
            _nodes = nodes;
            _parent = new int[nodes.Count];
            _place = new string?[nodes.Count];
            _given = new List<string>?[nodes.Count];
            _members = new List<int>?[nodes.Count];
            for (var i = 0; i < nodes.Count; i++)
            {
                _parent[i] = i;
                _place[i] = nodes[i].Place?.GazetteerId;
                _given[i] = nodes[i].IsFullPersonName && nodes[i].Parts[0].Length > 1 ? [nodes[i].Parts[0]] : null;
                _members[i] = [i];
            }
        }

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public IEnumerable<Node> Members(int root) => (_members[Find(root)] ?? []).Select(i => _nodes[i]);

        public bool TryUnion(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return true;
            }

            if (_place[ra] is { } pa && _place[rb] is { } pb && !pa.Equals(pb, StringComparison.Ordinal))
            {
                return false;
            }

            if (_given[ra] is { } ga && _given[rb] is { } gb
                && !ga.All(x => gb.All(y => NameVariants.CompareWords(x, y) != VariantStrength.None)))
            {
                return false;
            }

            // The smaller id becomes the root, so the structure does not depend on which side came first.
            var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
            _parent[child] = root;
            _place[root] ??= _place[child];
            if (_given[child] is { } gc)
            {
                var g = _given[root] ??= [];
                foreach (var x in gc)
                {
                    if (!g.Contains(x) && g.Count < 8)
                    {
                        g.Add(x);
                    }
                }
            }

            _members[root]!.AddRange(_members[child]!);
            _members[child] = null;
            return true;
        }
    }
}
