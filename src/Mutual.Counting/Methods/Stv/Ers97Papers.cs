using Mutual.Counting.Ballots;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// The voting papers of an ERS97 count, identical rankings bundled together (they always travel
/// together and carry the same value). A paper ends where its next preference is uncertain
/// (two candidates ranked equal, ERS97 6.10); one with no certain first preference is invalid.
/// </summary>
internal sealed class Ers97Papers
{
    private readonly int[][] rankings;
    private readonly int[] position;

    private Ers97Papers(int[][] rankings, decimal[] weights)
    {
        this.rankings = rankings;
        Weights = weights;
        Values = Enumerable.Repeat(1m, rankings.Length).ToArray();
        position = new int[rankings.Length];
    }

    public int Count => rankings.Length;

    /// <summary>Number of papers in each bundle.</summary>
    public decimal[] Weights { get; }

    /// <summary>Current transfer value of each paper in the bundle (1, or less after a surplus).</summary>
    public decimal[] Values { get; }

    public decimal TotalValid => Weights.Sum();

    public static Ers97Papers From(Election election)
    {
        var bundles = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var ballot in election.Ballots)
        {
            var ranking = new List<int>();
            foreach (var rank in ballot.Ranks)
            {
                var standing = rank.Where(c => c >= 0 && c < election.Candidates.Count && !election.Withdrawn.Contains(c)).Distinct().ToList();
                if (standing.Count == 0) continue;
                if (standing.Count > 1) break;
                if (!ranking.Contains(standing[0])) ranking.Add(standing[0]);
            }

            if (ranking.Count == 0 || ballot.Weight <= 0) continue;
            var key = new string(ranking.Select(c => (char)c).ToArray());
            bundles[key] = bundles.GetValueOrDefault(key) + ballot.Weight;
        }

        var ordered = bundles.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        return new Ers97Papers(
            ordered.Select(b => b.Key.Select(c => (int)c).ToArray()).ToArray(),
            ordered.Select(b => b.Value).ToArray());
    }

    public decimal Value(int bundle) => Weights[bundle] * Values[bundle];

    /// <summary>The next available preference for a continuing candidate, or null if none.</summary>
    public int? NextContinuing(int bundle, Func<int, bool> isContinuing)
    {
        var ranking = rankings[bundle];
        while (position[bundle] < ranking.Length && !isContinuing(ranking[position[bundle]])) position[bundle]++;
        return position[bundle] < ranking.Length ? ranking[position[bundle]] : null;
    }
}
