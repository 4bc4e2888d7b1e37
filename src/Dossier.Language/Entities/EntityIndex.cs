using Dossier.Core;
using Dossier.Core.Corpus;

namespace Dossier.Language.Entities;

/// <summary>
/// An incremental index of entity mentions that groups them into one entity per real person, place and
/// organisation. <see cref="Add"/> does the per-document work once (names parsed, titles and possessives taken off,
/// name parts joined to the full name of the same document, acronyms to their expansion, demonyms linked to their
/// country, places resolved in the gazetteer) and compares each new name only with the names that share a blocking
/// key (sound keys and their one-deletion neighbours), so the work grows near-linearly with the corpus.
/// <see cref="Snapshot"/> turns the stored candidate pairs into groups, regrouping only the dependency components
/// the documents added since the last snapshot touched (EntityIndex.Dependencies.cs).
/// <para>
/// Order independence: every stored fact is a function of the set of documents (names keyed by type and normalised
/// text, counts, candidate pairs between names); the snapshot merges pairs in a canonical order (by strength,
/// similarity, then the names' text) and picks names and ids from the content, so any order of
/// <see cref="Add"/> calls gives the same groups and ids.
/// </para>
/// </summary>
public sealed partial class EntityIndex
{
    private const int MaxContextDocuments = 16;

    private readonly PlaceGazetteer _places;
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _documentContext = new(StringComparer.Ordinal);
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<string, int> _nodeByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _fullNamesBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _acronymExpansions = new(StringComparer.Ordinal);
    private readonly List<Edge> _edges = [];
    private long _comparisons;

    /// <summary>Creates an index that resolves places with <paramref name="places"/>.</summary>
    public EntityIndex(PlaceGazetteer places)
    {
        _places = places ?? throw new ArgumentNullException(nameof(places));
    }

    /// <summary>Number of documents added.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>Number of distinct names (type and normalised text) seen.</summary>
    public int NameCount => _nodes.Count;

    /// <summary>Name pairs compared so far (the cost that blocking keeps near-linear).</summary>
    public long Comparisons => _comparisons;

    private sealed class Node
    {
        public required string Key;
        public required EntityType Type;
        public required string Normalized;
        public required string[] Parts;
        public GazetteerPlace? Place;

        /// <summary>For a name not typed as a place: the place it is a close spelling of (not an exact name).</summary>
        public GazetteerPlace? LookAlikePlace;

        /// <summary>The name is exactly a name in the gazetteer (whatever its type: Australia the team).</summary>
        public bool IsGazetteerName;
        public readonly List<(string DocumentId, int Start, int End, string Surface)> Mentions = [];
        public readonly List<MentionRef> Links = [];
        public readonly Dictionary<string, int> Displays = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Titles = new(StringComparer.Ordinal);
        public readonly SortedSet<string> Documents = new(StringComparer.Ordinal);

        public bool IsFullPersonName => Type == EntityType.Person && Parts.Length >= 2;

        /// <summary>
        /// A name that may be compared with names of other types: one the gazetteer knows nothing of, exactly or
        /// nearly, so that its type came from the recogniser's guess alone.
        /// </summary>
        public bool IsUnknownName => !IsGazetteerName;

        public bool IsSurnameOnly => Type == EntityType.Person && Parts.Length == 1;
    }

    // CrossType: the two names were typed differently by the recogniser.
    // NeedsTitle: only the same title seen with both names makes the pair one entity (decided in the snapshot, when
    // all titles are known).
    private readonly record struct Edge(int A, int B, VariantStrength Strength, double Score, bool CrossType = false, bool NeedsTitle = false);

    private readonly record struct Parsed(EntityMention Mention, string Surface, MentionName Name);

    /// <summary>Adds the entity mentions of a document; false when a document with the same id was added before.</summary>
    public bool Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_documents.Add(document.Id))
        {
            return false;
        }

        var text = document.Text;
        var parsed = new List<Parsed>();
        foreach (var e in document.Get(Layers.Entities))
        {
            if (e.Start < 0 || e.End > text.Length || e.End <= e.Start)
            {
                continue;
            }

            var name = MentionName.Parse(text, e.Start, e.End, e.Type == EntityType.Person);
            if (name.Normalized.Length > 0)
            {
                parsed.Add(new Parsed(e, text[e.Start..e.End], name));
            }
        }

        var representative = ResolveWithinDocument(parsed);
        ResolveListedPlaces(text, parsed, representative);
        var context = new HashSet<int>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var p = parsed[i];
            var (type, normalized) = representative[i];
            if (type == EntityType.Misc && normalized.Length == 0)
            {
                continue;
            }

            // Demonyms ("French", "Ukrainians") are links to their country, not entities of their own. A respelled
            // demonym is one whatever type the recogniser gave the unfamiliar word.
            if (_places.ResolveExact(p.Name.Normalized) is null
                && (p.Mention.Type is EntityType.Location or EntityType.Misc || !_places.IsExactDemonym(p.Name.Normalized))
                && _places.CountryOfDemonym(p.Name.Normalized) is { } country)
            {
                var countryNode = NodeFor(EntityType.Location, NameMatching.Normalize(country.Name), out _);
                _nodes[countryNode].Links.Add(new MentionRef(document.Id, p.Mention.Start, p.Mention.End));
                _nodes[countryNode].Documents.Add(document.Id);
                Touch(countryNode);
                continue;
            }

            var index = NodeFor(type, normalized, out _);
            var node = _nodes[index];
            node.Mentions.Add((document.Id, p.Mention.Start, p.Mention.End, p.Surface));
            node.Documents.Add(document.Id);
            var display = Display(p);
            node.Displays[display] = node.Displays.GetValueOrDefault(display) + 1;
            if (p.Name.Title is { } title)
            {
                node.Titles[title] = node.Titles.GetValueOrDefault(title) + 1;
            }

            context.Add(ContextKey(node));
            Touch(index);
        }

        _documentContext[document.Id] = [.. context.Order()];
        return true;
    }

    // The mention as written, less what Parse took off (title, possessive), for choosing the entity's name.
    private static string Display(Parsed p)
    {
        var words = p.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = p.Name.Parts.Length;
        if (p.Mention.Type == EntityType.Person && words.Length > keep && keep > 0)
        {
            // Titles come first; drop words from the front until as many words remain as the name has.
            var nameWords = words.Skip(words.Length - keep).ToArray();
            var tail = nameWords[^1];
            if (NameMatching.Normalize(tail).Length == 0)
            {
                nameWords = words[^keep..];
            }

            words = nameWords;
        }

        var s = string.Join(' ', words);
        foreach (var suffix in (ReadOnlySpan<string>)["'s", "\u2019s"])
        {
            if (s.Length > suffix.Length + 1 && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
            }
        }

        return s;
    }

    private static int ContextKey(Node node)
    {
        var key = node.Place?.GazetteerId ?? (node.Type + ":" + (node.Parts.Length > 0 ? PhoneticKey.Of(node.Parts[^1]) : ""));
        return StringComparer.Ordinal.GetHashCode(key) ^ 0x5bd1e995;
    }

    private int NodeFor(EntityType type, string normalized, out bool created)
    {
        var key = ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + normalized;
        if (_nodeByKey.TryGetValue(key, out var index))
        {
            created = false;
            return index;
        }

        var parts = normalized.Split(' ');
        var node = new Node
        {
            Key = key,
            Type = type,
            Normalized = normalized,
            Parts = parts,
            Place = type == EntityType.Location ? _places.Resolve(normalized) : null,
            LookAlikePlace = type != EntityType.Location && parts.Length <= 3 && _places.ResolveExact(normalized) is null
                ? _places.Resolve(normalized) : null,
            IsGazetteerName = _places.ResolveExact(normalized) is not null,
        };
        index = _nodes.Count;
        _nodes.Add(node);
        _nodeByKey[key] = index;
        created = true;
        RegisterNode(index);
        foreach (var block in BlockKeys(node))
        {
            if (!_blocks.TryGetValue(block, out var members))
            {
                members = [];
                _blocks[block] = members;
            }

            foreach (var other in members)
            {
                _comparisons++;
                var (strength, score, needsTitle) = Compare(_nodes[other], node);
                if (strength != VariantStrength.None)
                {
                    AddEdge(new Edge(other, index, strength, score, NeedsTitle: needsTitle));
                }
            }

            members.Add(index);
        }

        // Across types only names that are no exact gazetteer name: a recogniser types a word it has never seen (a
        // respelled name) by its surroundings, so "Chehcnya" may be a place in one report and an organisation in the
        // next. The snapshot decides which of these pairs to believe (AcceptsCrossType).
        if (node.IsUnknownName)
        {
            var compared = new HashSet<int>();
            foreach (var k in PhoneticKey.WithDeletions(NameVariants.KeyOfName(normalized), 5))
            {
                var block = "x:" + k;
                if (!_blocks.TryGetValue(block, out var members))
                {
                    members = [];
                    _blocks[block] = members;
                }

                foreach (var other in members)
                {
                    if (_nodes[other].Type == type || !compared.Add(other))
                    {
                        continue;
                    }

                    _comparisons++;
                    var strength = NameVariants.CompareNames(_nodes[other].Normalized, normalized);
                    if (strength != VariantStrength.None)
                    {
                        AddEdge(new Edge(other, index, strength, NameMatching.JaroWinkler(_nodes[other].Normalized, normalized), CrossType: true));
                    }
                }

                members.Add(index);
            }
        }

        if (node.IsFullPersonName)
        {
            foreach (var key2 in PhoneticKey.WithDeletions(PhoneticKey.Of(parts[^1])))
            {
                if (!_fullNamesBySurname.TryGetValue(key2, out var list))
                {
                    list = [];
                    _fullNamesBySurname[key2] = list;
                }

                list.Add(index);
            }
        }

        RelateNewNode(index);
        return index;
    }

    // Two names that may be one entity share at least one of these keys; a pair that shares several is compared once.
    private static SortedSet<string> BlockKeys(Node node)
    {
        var type = ((int)node.Type).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        if (node.Place is { } place)
        {
            keys.Add(type + "@" + place.GazetteerId);
        }

        if (node.Type == EntityType.Person)
        {
            var prefix = node.Parts.Length >= 2 ? "f:" : "s:";
            foreach (var k in PhoneticKey.WithDeletions(PhoneticKey.Of(node.Parts[^1])))
            {
                keys.Add(type + prefix + k);
            }

            // Full names with the same given name and surnames that begin alike meet too, for a surname garbled
            // past its sound key (Hakan Fidan / Hakan Vian).
            if (node.Parts.Length >= 2 && node.Parts[0].Length >= 3)
            {
                keys.Add(type + "g:" + node.Parts[0] + "|" + PhoneticKey.Of(node.Parts[^1])[..1]);
            }
        }
        else
        {
            foreach (var k in PhoneticKey.WithDeletions(NameVariants.KeyOfName(node.Normalized), 5))
            {
                keys.Add(type + ":" + k);
            }
        }

        return keys;
    }

    private static (VariantStrength Strength, double Score, bool NeedsTitle) Compare(Node a, Node b)
    {
        if (a.Type != b.Type)
        {
            return (VariantStrength.None, 0, false);
        }

        if (a.Place is { } pa && b.Place is { } pb)
        {
            return pa.GazetteerId.Equals(pb.GazetteerId, StringComparison.Ordinal) ? (VariantStrength.Strong, 1, false) : (VariantStrength.None, 0, false);
        }

        if (a.Type == EntityType.Location && (a.Place is null) != (b.Place is null) && !SameSkeletonOrSlip(a.Normalized, b.Normalized))
        {
            // An unlisted place whose consonants differ from a real place's is another place (Marinka is not
            // Maringá): the real place's name may lose or double a letter or swap two, no more.
            return (VariantStrength.None, 0, false);
        }

        VariantStrength strength;
        if (a.Type == EntityType.Person)
        {
            if (a.Parts.Length >= 2 != b.Parts.Length >= 2)
            {
                return (VariantStrength.None, 0, false); // surname-only names join full names in the snapshot
            }

            strength = NameVariants.CompareWords(a.Parts[^1], b.Parts[^1]);
            if (strength == VariantStrength.None && a.Parts.Length >= 2 && a.Parts[0].Length >= 3
                && a.Parts[0].Equals(b.Parts[0], StringComparison.Ordinal) && SurnamesSoundAlike(a.Parts[^1], b.Parts[^1]))
            {
                // The same given name, a surname one sound apart and the same title: the same person garbled
                // (different people who share a given name rarely share a title as well).
                return (VariantStrength.Weak, NameMatching.JaroWinkler(a.Normalized, b.Normalized), true);
            }

            if (strength != VariantStrength.None && a.Parts.Length >= 2)
            {
                var given = GivenNames(a.Parts[0], b.Parts[0]);
                strength = given < strength ? given : strength;
            }
        }
        else
        {
            strength = NameVariants.CompareNames(a.Normalized, b.Normalized);
        }

        return strength == VariantStrength.None ? (strength, 0, false) : (strength, NameMatching.JaroWinkler(a.Normalized, b.Normalized), false);
    }

    // The same consonants without the voicing fold, or one letter dropped, doubled or swapped with its neighbour.
    private static bool SameSkeletonOrSlip(string a, string b) =>
        NameVariants.KeyOfName(a, foldVoicing: false).Equals(NameVariants.KeyOfName(b, foldVoicing: false), StringComparison.Ordinal)
        || (a.Length != b.Length && NameMatching.EditDistance(a, b) == 1)
        || NameVariants.IsTransposition(a, b);

    private static bool SharesTitle(Node a, Node b) => a.Titles.Keys.Any(b.Titles.ContainsKey);

    // Surnames whose sound keys begin alike and differ by at most one sound, written alike enough.
    private static bool SurnamesSoundAlike(string a, string b)
    {
        var ka = PhoneticKey.Of(a);
        var kb = PhoneticKey.Of(b);
        return ka.Length >= 2 && kb.Length >= 2 && ka[0] == kb[0] && NameMatching.EditDistance(ka, kb) <= 1
            && Math.Min(a.Length, b.Length) >= 4 && NameMatching.JaroWinkler(a, b) >= 0.75;
    }

    // Given names agree when equal, one is the other's initial, or they are spelling variants.
    private static VariantStrength GivenNames(string a, string b)
    {
        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? VariantStrength.Strong : VariantStrength.None;
        }

        return NameVariants.CompareWords(a, b);
    }
}
