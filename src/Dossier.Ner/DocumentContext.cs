namespace Dossier.Ner;

/// <summary>
/// Aggregates the first stage's labels over a document, per lower-cased word, and gives each token what the other
/// occurrences of its word were tagged (Ratinov and Roth 2009, "prediction aggregation" and "extended prediction
/// history"; Krishnan and Manning 2006 use the same idea).
/// </summary>
internal sealed class DocumentContext
{
    private const int MaxContexts = 8;

    private readonly Dictionary<ulong, int> _index = [];
    private readonly List<Stat> _stats = [];
    private readonly List<Occurrence> _occurrences = [];

    /// <summary>
    /// The neighbours of recorded occurrences of capitalised words; <see cref="TokenDocInfo.Contexts"/> heads a
    /// chain through <see cref="Occurrence.Next"/>.
    /// </summary>
    public IReadOnlyList<Occurrence> Occurrences => _occurrences;

    public void Compute(IReadOnlyList<TokenAtoms[]> atoms, IReadOnlyList<NerLabel[]> labels, IReadOnlyList<int> lengths, TokenDocInfo[][] output)
    {
        _index.Clear();
        _stats.Clear();
        _occurrences.Clear();
        var position = 0;
        for (var s = 0; s < lengths.Count; s++)
        {
            var a = atoms[s];
            var y = labels[s];
            for (var i = 0; i < lengths[s]; i++, position++)
            {
                if (!a[i].HasLetter)
                {
                    continue;
                }

                if (!_index.TryGetValue(a[i].Lower, out var k))
                {
                    k = _stats.Count;
                    _index[a[i].Lower] = k;
                    _stats.Add(new Stat { FirstPosition = position, FirstClass = ClassOf(y[i]) });
                }

                var stat = _stats[k];
                stat.Add(ClassOf(y[i]), InMulti(y, i, lengths[s]));
                if (IsCapitalised(a[i].ShortShape) && stat.ContextCount < MaxContexts)
                {
                    // Context aggregation (Ratinov and Roth 2009): the words around the other occurrences.
                    var left = i > 0 ? a[i - 1].Lower : AtomBuilder.Start.Lower;
                    var right = i + 1 < lengths[s] ? a[i + 1].Lower : AtomBuilder.End.Lower;
                    _occurrences.Add(new Occurrence(left, right, position, stat.ContextCount == 0 ? -1 : stat.ContextHead));
                    stat.ContextHead = _occurrences.Count - 1;
                    stat.ContextCount++;
                }

                _stats[k] = stat;
            }
        }

        position = 0;
        for (var s = 0; s < lengths.Count; s++)
        {
            var a = atoms[s];
            var y = labels[s];
            var o = output[s];
            for (var i = 0; i < lengths[s]; i++, position++)
            {
                o[i] = new TokenDocInfo { Majority = -1, First = -1, Contexts = -1, Position = position };
                if (!a[i].HasLetter || !_index.TryGetValue(a[i].Lower, out var k))
                {
                    continue;
                }

                var stat = _stats[k];
                if (stat.ContextCount > 0)
                {
                    o[i].Contexts = stat.ContextHead;
                }

                var own = ClassOf(y[i]);
                var ownMulti = InMulti(y, i, lengths[s]);
                Span<int> counts = [stat.C0, stat.C1, stat.C2, stat.C3, stat.C4];
                Span<int> multi = [stat.M0, stat.M1, stat.M2, stat.M3];
                counts[own]--;
                if (ownMulti && own < 4)
                {
                    multi[own]--;
                }

                var others = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
                if (others == 0)
                {
                    continue;
                }

                var best = 0;
                byte seen = 0, inMulti = 0;
                for (var c = 0; c < 5; c++)
                {
                    if (counts[c] > counts[best])
                    {
                        best = c;
                    }

                    if (counts[c] > 0)
                    {
                        seen |= (byte)(1 << c);
                    }

                    if (c < 4 && multi[c] > 0)
                    {
                        inMulti |= (byte)(1 << c);
                    }
                }

                var share = (double)counts[best] / others;
                o[i].Majority = (sbyte)best;
                o[i].MajorityShare = (byte)(share >= 1 ? 3 : share >= 0.75 ? 2 : share >= 0.5 ? 1 : 0);
                o[i].Seen = seen;
                o[i].InMulti = inMulti;
                o[i].First = stat.FirstPosition < position ? (sbyte)stat.FirstClass : (sbyte)-1;
            }
        }
    }

    private static bool IsCapitalised(ShortShape shape) =>
        shape is ShortShape.InitCap or ShortShape.AllCaps or ShortShape.MixedUpper or ShortShape.CapPeriod;

    private static int ClassOf(NerLabel label) => label == NerLabel.O ? 4 : label.ClassIndex();

    private static bool InMulti(NerLabel[] y, int i, int n)
    {
        if (y[i] == NerLabel.O)
        {
            return false;
        }

        return y[i].IsInside() || (i + 1 < n && y[i + 1].IsInside());
    }

    private struct Stat
    {
        public int C0, C1, C2, C3, C4, M0, M1, M2, M3;
        public int FirstPosition;
        public int FirstClass;
        public int ContextHead;
        public int ContextCount;

        public void Add(int cls, bool multi)
        {
            switch (cls)
            {
                case 0: C0++; if (multi) { M0++; } break;
                case 1: C1++; if (multi) { M1++; } break;
                case 2: C2++; if (multi) { M2++; } break;
                case 3: C3++; if (multi) { M3++; } break;
                default: C4++; break;
            }
        }
    }
}

/// <summary>One recorded occurrence of a capitalised word: its neighbours and where it was.</summary>
internal readonly record struct Occurrence(ulong Left, ulong Right, int Position, int Next);
