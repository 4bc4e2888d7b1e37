using System.Runtime.CompilerServices;

namespace Dossier.Ner;

/// <summary>Coarse word shapes; values enter feature hashes, so they must not change.</summary>
internal enum ShortShape : byte
{
    Boundary = 0,
    Punct = 1,
    Number = 2,
    Lower = 3,
    InitCap = 4,
    AllCaps = 5,
    SingleCap = 6,
    MixedLower = 7,
    MixedUpper = 8,
    AlphaNum = 9,
    CapPeriod = 10,
}

/// <summary>Whole-sentence casing: headlines in capitals and lower-cased social text change what case means.</summary>
internal enum SentenceCase : byte
{
    Normal = 0,
    AllCaps = 1,
    AllLower = 2,
}

/// <summary>Per-token values computed once (hashes of the word, its forms and shape, lexicon hits, clusters).</summary>
internal struct TokenAtoms
{
    public ulong Word;
    public ulong Lower;
    public ulong Title;
    public ulong Shape;
    public ulong Pre1, Pre2, Pre3, Pre4;
    public ulong Suf1, Suf2, Suf3, Suf4;
    public int Cluster;
    public uint Gazetteer;
    public byte CaseProfile;
    public ShortShape ShortShape;
    public bool HasLetter;

    /// <summary>The token was lower case in a lower-cased sentence and its usual case was restored.</summary>
    public bool Recased;
}

/// <summary>A source of token texts without allocating strings.</summary>
internal interface ITokenSource
{
    int Count { get; }

    ReadOnlySpan<char> this[int index] { get; }
}

/// <summary>Tokens given as strings.</summary>
internal readonly struct StringTokens(IReadOnlyList<string> tokens) : ITokenSource
{
    public int Count => tokens.Count;

    public ReadOnlySpan<char> this[int index] => tokens[index];
}

/// <summary>Tokens given as spans of one text.</summary>
internal readonly struct SpanTokens(string text, ReadOnlyMemory<Dossier.Core.Token> tokens) : ITokenSource
{
    public int Count => tokens.Length;

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var t = tokens.Span[index];
            return text.AsSpan(t.Start, t.End - t.Start);
        }
    }
}

/// <summary>Computes <see cref="TokenAtoms"/> for the tokens of one sentence.</summary>
internal static class AtomBuilder
{
    public static readonly TokenAtoms Start = Boundary("<S>");
    public static readonly TokenAtoms End = Boundary("</S>");

    public static void Compute<T>(in T tokens, Span<TokenAtoms> atoms, Gazetteer gazetteer, WordStats stats, Span<ulong> lowerScratch, Span<uint> gazScratch)
        where T : ITokenSource
    {
        var n = tokens.Count;
        for (var i = 0; i < n; i++)
        {
            ComputeOne(tokens[i], ref atoms[i], stats);
            lowerScratch[i] = atoms[i].Lower;
        }

        if (stats.ProfileCount > 0 && CaseOf(atoms[..n]) == SentenceCase.AllLower)
        {
            Truecase(tokens, atoms[..n], stats);
        }

        gazetteer.Mark(lowerScratch[..n], gazScratch[..n]);
        for (var i = 0; i < n; i++)
        {
            atoms[i].Gazetteer = gazScratch[i];
        }
    }

    /// <summary>
    /// Restores case in lower-cased text: a word that running text usually capitalises ("paris", "obama", "un") is
    /// seen as "Paris", "Obama", "UN", so the tagger treats it as it would in edited text. Lower-case forms are
    /// unchanged, so gazetteer matches stay the same.
    /// </summary>
    private static void Truecase<T>(in T tokens, Span<TokenAtoms> atoms, WordStats stats)
        where T : ITokenSource
    {
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < atoms.Length; i++)
        {
            if (atoms[i].ShortShape != ShortShape.Lower)
            {
                continue;
            }

            var preferred = stats.PreferredCase(atoms[i].Lower);
            var token = tokens[i];
            if (preferred == 0 || token.Length > buffer.Length)
            {
                continue;
            }

            var cased = buffer[..token.Length];
            for (var k = 0; k < token.Length; k++)
            {
                cased[k] = preferred == 2 || k == 0 ? char.ToUpperInvariant(token[k]) : token[k];
            }

            ComputeOne(cased, ref atoms[i], stats);
            atoms[i].Recased = true;
        }
    }

    public static SentenceCase CaseOf(ReadOnlySpan<TokenAtoms> atoms)
    {
        int letters = 0, caps = 0, lower = 0;
        foreach (ref readonly var a in atoms)
        {
            if (a.Recased)
            {
                return SentenceCase.AllLower;
            }

            if (!a.HasLetter)
            {
                continue;
            }

            letters++;
            if (a.ShortShape is ShortShape.AllCaps or ShortShape.SingleCap)
            {
                caps++;
            }
            else if (a.ShortShape is ShortShape.Lower or ShortShape.MixedLower)
            {
                lower++;
            }
        }

        if (letters >= 3 && caps * 10 >= letters * 9)
        {
            return SentenceCase.AllCaps;
        }

        return letters >= 3 && lower == letters ? SentenceCase.AllLower : SentenceCase.Normal;
    }

    public static void ComputeOne(ReadOnlySpan<char> token, ref TokenAtoms a, WordStats stats)
    {
        const ulong fnvOffset = 0xcbf29ce484222325UL;
        const ulong fnvPrime = 0x100000001b3UL;
        ulong word = fnvOffset, lower = fnvOffset, title = fnvOffset, shape = fnvOffset;
        int upper = 0, lowerCount = 0, digits = 0, others = 0, periods = 0;
        var previousClass = '\0';
        var firstUpper = false;
        a.Pre1 = a.Pre2 = a.Pre3 = a.Pre4 = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = FeatureHash.Normalize(token[i]);
            var lc = char.ToLowerInvariant(c);
            word = (word ^ c) * fnvPrime;
            lower = (lower ^ lc) * fnvPrime;
            title = (title ^ (i == 0 ? char.ToUpperInvariant(c) : lc)) * fnvPrime;
            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                upper++;
                if (i == 0)
                {
                    firstUpper = true;
                }
            }
            else if (char.IsLetter(c))
            {
                cls = 'x';
                lowerCount++;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                digits++;
            }
            else
            {
                cls = c;
                others++;
                if (c == '.')
                {
                    periods++;
                }
            }

            if (cls != previousClass)
            {
                shape = (shape ^ cls) * fnvPrime;
                previousClass = cls;
            }

            switch (i)
            {
                case 0: a.Pre1 = lower; break;
                case 1: a.Pre2 = lower; break;
                case 2: a.Pre3 = lower; break;
                case 3: a.Pre4 = lower; break;
            }
        }

        // Suffixes: hash the last k lower-cased characters, read backwards.
        a.Suf1 = a.Suf2 = a.Suf3 = a.Suf4 = 0;
        var s = fnvOffset;
        for (var k = 1; k <= 4 && k <= token.Length; k++)
        {
            s = (s ^ char.ToLowerInvariant(FeatureHash.Normalize(token[^k]))) * fnvPrime;
            switch (k)
            {
                case 1: a.Suf1 = s; break;
                case 2: a.Suf2 = s; break;
                case 3: a.Suf3 = s; break;
                case 4: a.Suf4 = s; break;
            }
        }

        a.Word = word;
        a.Lower = lower;
        a.Title = title;
        a.Shape = shape;
        var letters = upper + lowerCount;
        a.HasLetter = letters > 0;
        a.ShortShape = ShapeOf(letters, upper, lowerCount, digits, periods, firstUpper, token.Length);
        a.Cluster = stats.Cluster(word, title, lower);
        a.CaseProfile = (byte)stats.CaseProfile(lower);
        a.Gazetteer = 0;
        a.Recased = false;
        _ = others;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ShortShape ShapeOf(int letters, int upper, int lower, int digits, int periods, bool firstUpper, int length)
    {
        if (letters == 0)
        {
            return digits > 0 ? ShortShape.Number : ShortShape.Punct;
        }

        if (digits > 0)
        {
            return ShortShape.AlphaNum;
        }

        if (firstUpper && periods > 0)
        {
            return ShortShape.CapPeriod;
        }

        if (lower == 0)
        {
            return letters == 1 ? ShortShape.SingleCap : ShortShape.AllCaps;
        }

        if (upper == 0)
        {
            return ShortShape.Lower;
        }

        if (firstUpper)
        {
            return upper == 1 ? ShortShape.InitCap : ShortShape.MixedUpper;
        }

        _ = length;
        return ShortShape.MixedLower;
    }

    private static TokenAtoms Boundary(string name)
    {
        var h = FeatureHash.Exact(name);
        return new TokenAtoms
        {
            Word = h,
            Lower = h,
            Title = h,
            Shape = h,
            Cluster = -2,
            ShortShape = ShortShape.Boundary,
        };
    }
}
