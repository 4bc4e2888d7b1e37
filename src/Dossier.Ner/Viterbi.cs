namespace Dossier.Ner;

/// <summary>
/// First-order Viterbi decoding over the nine IOB2 labels with the IOB2 rule as a hard constraint, so the output is
/// always valid IOB2. Transition scores are a (9 + 1) x 9 matrix; row 9 is the sentence start.
/// </summary>
internal static class Viterbi
{
    public const int L = NerLabels.Count;
    public const int TransitionSize = (L + 1) * L;

    private static readonly bool[] Allowed = BuildAllowed();

    public static bool IsAllowed(int previous, int next) => Allowed[(previous * L) + next];

    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<NerLabel> output, Span<float> scores, Span<byte> back)
    {
        if (n == 0)
        {
            return;
        }

        for (var y = 0; y < L; y++)
        {
            scores[y] = Allowed[(L * L) + y] ? transitions[(L * L) + y] + emissions[y] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            var prev = scores.Slice((t - 1) * L, L);
            var cur = scores.Slice(t * L, L);
            var em = emissions.Slice(t * L, L);
            var bk = back.Slice(t * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!Allowed[(p * L) + y])
                    {
                        continue;
                    }

                    var v = prev[p] + transitions[(p * L) + y];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }

                cur[y] = best + em[y];
                bk[y] = (byte)arg;
            }
        }

        var last = scores.Slice((n - 1) * L, L);
        var bestY = 0;
        for (var y = 1; y < L; y++)
        {
            if (last[y] > last[bestY])
            {
                bestY = y;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            output[t] = (NerLabel)bestY;
            if (t > 0)
            {
                bestY = back[(t * L) + bestY];
            }
        }
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(L + 1) * L];
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                NerLabel? previous = p == L ? null : (NerLabel)p;
                allowed[(p * L) + y] = NerLabels.IsValidTransition(previous, (NerLabel)y);
            }
        }

        return allowed;
    }
}
