using System.Globalization;

namespace Dossier.Stories.Claims;

/// <summary>
/// Decides tab-separated sentence pairs in the MSR paraphrase layout (header row; Quality, #1 ID, #2 ID,
/// #1 String, #2 String). Lines are split on tabs only, because the corpus has unescaped quote characters.
/// </summary>
public static class ClaimPairs
{
    /// <summary>Reads pairs from <paramref name="input"/> into <see cref="ClaimPair"/>s (rows with fewer than five columns are skipped).</summary>
    public static List<ClaimPair> Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pairs = new List<ClaimPair>();
        var first = true;
        while (input.ReadLine() is { } line)
        {
            if (first)
            {
                first = false;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length >= 5)
            {
                pairs.Add(new ClaimPair(fields[3], fields[4], fields[0].Trim().Trim('\uFEFF') == "1"));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Writes every row of <paramref name="input"/> back with two columns appended: the decision (1 or 0) and the
    /// score (0 to 1, four decimals); the header gets the column names "Decision" and "Score". Rows without both
    /// sentence columns are written back with empty decision and score. Returns the number of pairs decided.
    /// </summary>
    public static int Process(TextReader input, TextWriter output, ClaimMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(matcher);
        var decided = 0;
        var header = true;
        while (input.ReadLine() is { } line)
        {
            if (header)
            {
                header = false;
                output.Write(line);
                output.Write("\tDecision\tScore\n");
                continue;
            }

            if (line.Length == 0)
            {
                output.Write('\n');
                continue;
            }

            var fields = line.Split('\t');
            output.Write(line);
            if (fields.Length >= 5)
            {
                var match = matcher.Compare(fields[3], fields[4]);
                output.Write(match.Same ? "\t1\t" : "\t0\t");
                output.Write(match.Score.ToString("0.0000", CultureInfo.InvariantCulture));
                decided++;
            }
            else
            {
                output.Write("\t\t");
            }

            output.Write('\n');
        }

        return decided;
    }
}
