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
        var standing = Enumerable.Range(0, election.Candidates.Count).Select(c => !election.Withdrawn.Contains(c)).ToArray();
        var bundles = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var buffer = new char[election.Candidates.Count];
        foreach (var ballot in election.Ballots)
        {
            if (ballot.Weight <= 0) continue;
            var key = MeekStvRanking.StrictKey(ballot, standing, buffer)
                ?? new string(MeekStvRanking.Ranks(ballot, standing).TakeWhile(r => r.Length == 1).Select(r => (char)r[0]).ToArray());
            if (key.Length > 0) bundles[key] = bundles.GetValueOrDefault(key) + ballot.Weight;
        }

        var ordered = bundles.ToList();
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
