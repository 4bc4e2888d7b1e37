namespace Dossier.Ner;

/// <summary>What the rest of the document (tagged by the first stage) says about a token's word.</summary>
internal struct TokenDocInfo
{
    /// <summary>Most frequent class among the word's other occurrences: 0..3 entity classes, 4 O, -1 none.</summary>
    public sbyte Majority;

    /// <summary>Share of the other occurrences with the majority class, bucketed 0..3.</summary>
    public byte MajorityShare;

    /// <summary>Bit c set when some other occurrence was tagged with class c.</summary>
    public byte Seen;

    /// <summary>Class of the first earlier occurrence (0..4), -1 when this is the first.</summary>
    public sbyte First;

    /// <summary>Bit c set when some other occurrence was inside a multi-token entity of class c.</summary>
    public byte InMulti;

    /// <summary>Head of the chain of recorded occurrences of the word (see <see cref="DocumentContext"/>), or -1.</summary>
    public int Contexts;

    /// <summary>Position of the token in the document.</summary>
    public int Position;
}

/// <summary>
/// Feature templates. Every feature is a 64-bit key: template id mixed with the hashes it reads. No strings are
/// built; the keys index the weight table. Template ids are part of the model format.
/// </summary>
internal sealed class FeatureExtractor
{
    public const int MaxFeatures = 192;

    private const int TBias = 0, TWord = 1, TLower = 2, TLowerM1 = 3, TLowerP1 = 4, TLowerM2 = 5, TLowerP2 = 6, TBiM1 = 7, TBiP1 = 8;
    private const int TShape = 9, TShortTri = 10, TShapeM1 = 11, TShapeP1 = 12, TPre = 13, TSuf = 17, TFirst = 21, TSentCase = 22;
    private const int TCaseProfileShape = 23, TCaseProfile = 24, TLowerM1Shape = 25, TShapeLowerP1 = 26, TBiM2M1 = 27, TBiP1P2 = 28;
    private const int TCluster = 30, TClusterM1 = 40, TClusterP1 = 50, TClusterM2 = 60, TClusterP2 = 70;
    private const int TGaz = 80, TGazM1 = 81, TGazP1 = 82, TGazShape = 83, TClusterShape = 84, TWordCase = 85;
    private const int TY = 100, TYM1 = 101, TYP1 = 102, TYM2 = 103, TYP2 = 104, TYTri = 105, TDocMajority = 106, TDocSeen = 107;
    private const int TDocFirst = 108, TDocMulti = 109, TDocMajorityShape = 110, TYShape = 111, TDocFirstShape = 112, TCtxLeft = 115, TCtxRight = 116;

    private readonly int[][] _levels;

    public FeatureExtractor(int[][] levels) => _levels = levels;

    /// <summary>The sentence-local features of token <paramref name="i"/>; returns how many keys were written.</summary>
    public int Local(ReadOnlySpan<TokenAtoms> s, int i, SentenceCase sentenceCase, Span<ulong> keys)
    {
        var n = TokenOnly(in s[i], keys);
        return Context(s, i, sentenceCase, keys, n);
    }

    /// <summary>
    /// The features that depend on the token alone (its form, affixes, clusters and lexicon marks), so their
    /// weights can be summed once per word type and cached.
    /// </summary>
    public int TokenOnly(in TokenAtoms w, Span<ulong> keys)
    {
        var shape = (ulong)w.ShortShape;
        var n = 0;
        keys[n++] = FeatureHash.Key(TBias, 0);
        keys[n++] = FeatureHash.Key(TWord, w.Word);
        keys[n++] = FeatureHash.Key(TLower, w.Lower);
        keys[n++] = FeatureHash.Key(TShape, w.Shape);
        if (w.Pre1 != 0)
        {
            keys[n++] = FeatureHash.Key(TPre, w.Pre1);
            keys[n++] = FeatureHash.Key(TSuf, w.Suf1);
        }

        if (w.Pre2 != 0)
        {
            keys[n++] = FeatureHash.Key(TPre + 1, w.Pre2);
            keys[n++] = FeatureHash.Key(TSuf + 1, w.Suf2);
        }

        if (w.Pre3 != 0)
        {
            keys[n++] = FeatureHash.Key(TPre + 2, w.Pre3);
            keys[n++] = FeatureHash.Key(TSuf + 2, w.Suf3);
        }

        if (w.Pre4 != 0)
        {
            keys[n++] = FeatureHash.Key(TPre + 3, w.Pre4);
            keys[n++] = FeatureHash.Key(TSuf + 3, w.Suf4);
        }

        n = AddClusters(TCluster, w.Cluster, keys, n, 0);
        keys[n++] = FeatureHash.Key(TClusterShape, (ulong)(long)w.Cluster, shape);
        n = AddGazetteer(TGaz, w.Gazetteer, keys, n, 0);
        n = AddGazetteer(TGazShape, w.Gazetteer, keys, n, shape + 1);
        return n;
    }

    /// <summary>The features that look at the neighbours, the position or the sentence; appended from <paramref name="n"/>.</summary>
    public int Context(ReadOnlySpan<TokenAtoms> s, int i, SentenceCase sentenceCase, Span<ulong> keys, int n)
    {
        ref readonly var w = ref s[i];
        ref readonly var m1 = ref i > 0 ? ref s[i - 1] : ref AtomBuilder.Start;
        ref readonly var m2 = ref i > 1 ? ref s[i - 2] : ref AtomBuilder.Start;
        ref readonly var p1 = ref i + 1 < s.Length ? ref s[i + 1] : ref AtomBuilder.End;
        ref readonly var p2 = ref i + 2 < s.Length ? ref s[i + 2] : ref AtomBuilder.End;
        var shape = (ulong)w.ShortShape;
        var sc = (ulong)sentenceCase;
        keys[n++] = FeatureHash.Key(TLowerM1, m1.Lower);
        keys[n++] = FeatureHash.Key(TLowerP1, p1.Lower);
        keys[n++] = FeatureHash.Key(TLowerM2, m2.Lower);
        keys[n++] = FeatureHash.Key(TLowerP2, p2.Lower);
        keys[n++] = FeatureHash.Key(TBiM1, m1.Lower, w.Lower);
        keys[n++] = FeatureHash.Key(TBiP1, w.Lower, p1.Lower);
        keys[n++] = FeatureHash.Key(TBiM2M1, m2.Lower, m1.Lower);
        keys[n++] = FeatureHash.Key(TBiP1P2, p1.Lower, p2.Lower);
        keys[n++] = FeatureHash.Key(TShortTri, (ulong)m1.ShortShape, shape, (ulong)p1.ShortShape);
        keys[n++] = FeatureHash.Key(TShapeM1, m1.Shape);
        keys[n++] = FeatureHash.Key(TShapeP1, p1.Shape);
        keys[n++] = FeatureHash.Key(TFirst, i == 0 ? 1UL : 0UL, shape);
        keys[n++] = FeatureHash.Key(TSentCase, sc, shape);
        keys[n++] = FeatureHash.Key(TCaseProfileShape, w.CaseProfile, shape, sc);
        keys[n++] = FeatureHash.Key(TCaseProfile, w.CaseProfile, i == 0 ? 1UL : 0UL);
        keys[n++] = FeatureHash.Key(TLowerM1Shape, m1.Lower, shape);
        keys[n++] = FeatureHash.Key(TShapeLowerP1, shape, p1.Lower);
        keys[n++] = FeatureHash.Key(TWordCase, w.Lower, sc);
        n = AddClusters(TClusterM1, m1.Cluster, keys, n, 0);
        n = AddClusters(TClusterP1, p1.Cluster, keys, n, 0);
        n = AddClusters(TClusterM2, m2.Cluster, keys, n, 1);
        n = AddClusters(TClusterP2, p2.Cluster, keys, n, 1);
        n = AddGazetteer(TGazM1, m1.Gazetteer, keys, n, 0);
        n = AddGazetteer(TGazP1, p1.Gazetteer, keys, n, 0);
        return n;
    }

    /// <summary>
    /// Second-stage features: the first stage's labels around the token and what the document says about its
    /// word (Ratinov and Roth 2009, non-local features). Appends to <paramref name="keys"/> from <paramref name="n"/>.
    /// </summary>
    public static int Second(ReadOnlySpan<TokenAtoms> s, int i, ReadOnlySpan<NerLabel> y1, in TokenDocInfo doc, IReadOnlyList<Occurrence> occurrences, Span<ulong> keys, int n)
    {
        var shape = (ulong)s[i].ShortShape;
        keys[n++] = FeatureHash.Key(TY, Y(y1, i));
        keys[n++] = FeatureHash.Key(TYM1, Y(y1, i - 1));
        keys[n++] = FeatureHash.Key(TYP1, Y(y1, i + 1));
        keys[n++] = FeatureHash.Key(TYM2, Y(y1, i - 2));
        keys[n++] = FeatureHash.Key(TYP2, Y(y1, i + 2));
        keys[n++] = FeatureHash.Key(TYTri, Y(y1, i - 1), Y(y1, i), Y(y1, i + 1));
        keys[n++] = FeatureHash.Key(TYShape, Y(y1, i), shape);
        if (doc.Majority >= 0)
        {
            keys[n++] = FeatureHash.Key(TDocMajority, (ulong)doc.Majority, doc.MajorityShare);
            keys[n++] = FeatureHash.Key(TDocMajorityShape, (ulong)doc.Majority, shape);
        }

        for (var c = 0; c < 5; c++)
        {
            if ((doc.Seen & (1 << c)) != 0)
            {
                keys[n++] = FeatureHash.Key(TDocSeen, (ulong)c);
            }

            if ((doc.InMulti & (1 << c)) != 0)
            {
                keys[n++] = FeatureHash.Key(TDocMulti, (ulong)c);
            }
        }

        if (doc.First >= 0)
        {
            keys[n++] = FeatureHash.Key(TDocFirst, (ulong)doc.First);
            keys[n++] = FeatureHash.Key(TDocFirstShape, (ulong)doc.First, shape);
        }

        for (var k = doc.Contexts; k >= 0; k = occurrences[k].Next)
        {
            var o = occurrences[k];
            if (o.Position != doc.Position)
            {
                keys[n++] = FeatureHash.Key(TCtxLeft, o.Left);
                keys[n++] = FeatureHash.Key(TCtxRight, o.Right);
            }
        }

        return n;
    }

    private static ulong Y(ReadOnlySpan<NerLabel> y1, int j) => j < 0 ? 20UL : j >= y1.Length ? 21UL : (ulong)y1[j];

    private int AddClusters(int template, int cluster, Span<ulong> keys, int n, int fromLevel)
    {
        if (cluster < 0)
        {
            keys[n++] = FeatureHash.Key(template, cluster == -2 ? 0xB0UL : 0xFFFFUL);
            return n;
        }

        if (fromLevel == 0)
        {
            keys[n++] = FeatureHash.Key(template, (ulong)cluster);
        }

        for (var l = Math.Max(0, fromLevel - 1); l < _levels.Length; l++)
        {
            var level = _levels[l];
            if (cluster < level.Length)
            {
                keys[n++] = FeatureHash.Key(template + 1 + l, (ulong)level[cluster]);
            }
        }

        return n;
    }

    private static int AddGazetteer(int template, uint marks, Span<ulong> keys, int n, ulong extra)
    {
        while (marks != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(marks);
            marks &= marks - 1;
            keys[n++] = FeatureHash.Key(template, (ulong)bit, extra);
        }

        return n;
    }
}
