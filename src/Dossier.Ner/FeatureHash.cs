using System.Runtime.CompilerServices;

namespace Dossier.Ner;

/// <summary>
/// Stable 64-bit hashes of token text and feature keys. FNV-1a over UTF-16 code units for strings, splitmix64's
/// finaliser to combine. The values are stored in model files, so the functions must never change.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325UL;
    private const ulong FnvPrime = 0x100000001b3UL;

    /// <summary>
    /// Typographic variants read as their ASCII forms (curly quotes and apostrophes, guillemets, dashes), so text
    /// from the web looks like the newswire the model learned from.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c) => c < '\u00AB' ? c : c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>Hash of the characters as they are (after <see cref="Normalize"/>).</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ Normalize(c)) * FnvPrime;
        }

        return h;
    }

    /// <summary>Hash of the lower-cased characters (invariant culture, char by char).</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(Normalize(c))) * FnvPrime;
        }

        return h;
    }

    /// <summary>Hash of the title-cased characters: first upper, the rest lower.</summary>
    public static ulong Title(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        for (var i = 0; i < text.Length; i++)
        {
            var n = Normalize(text[i]);
            var c = i == 0 ? char.ToUpperInvariant(n) : char.ToLowerInvariant(n);
            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    /// <summary>Combines two values into a well-mixed key (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b) => Finalize((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2)));

    /// <summary>Key of a template with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong value) => Mix((ulong)template, value);

    /// <summary>Key of a template with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => Mix(Mix((ulong)template, a), b);

    /// <summary>Key of a template with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix((ulong)template, a), b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finalize(ulong z)
    {
        // splitmix64 finaliser (Steele, Lea, Flood 2014).
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
