using Mutual.Counting.Ballots;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// A ballot's preferences with withdrawn and unknown candidates struck out and repeats dropped,
/// for the Meek and ERS97 counts. Strict rankings become a string of candidate numbers, a cheap
/// key for merging identical ballots.
/// </summary>
internal static class MeekStvRanking
{
    /// <summary>The strict ranking as a key, or null when some rank holds several candidates.</summary>
    public static string? StrictKey(Ballot ballot, bool[] standing, char[] buffer)
    {
        var length = 0;
        foreach (var rank in ballot.Ranks)
        {
            if (rank.Count > 1) return null;
            if (rank.Count == 0) continue;
            var c = rank[0];
            if (c < 0 || c >= standing.Length || !standing[c] || buffer.AsSpan(0, length).Contains((char)c)) continue;
            buffer[length++] = (char)c;
        }

        return new string(buffer, 0, length);
    }

    /// <summary>Each rank's standing candidates, empty ranks and repeats left out.</summary>
    public static int[][] Ranks(Ballot ballot, bool[] standing)
    {
        var seen = new HashSet<int>();
        return ballot.Ranks
            .Select(r => r.Where(c => c >= 0 && c < standing.Length && standing[c] && seen.Add(c)).ToArray())
            .Where(r => r.Length > 0)
            .ToArray();
    }
}
