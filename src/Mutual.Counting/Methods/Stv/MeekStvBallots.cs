using Mutual.Counting.Ballots;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// The ballots in the shape Meek's inner loop wants: identical strict rankings merged into one
/// parcel, preferences packed into one array, withdrawn candidates already struck out. Ballots
/// with equal rankings are kept apart; they take the slower path that splits their value.
/// </summary>
internal sealed class MeekStvBallots
{
    public required int[] Start { get; init; }

    public required int[] Candidates { get; init; }

    public required MeekStvWeight[] Weights { get; init; }

    public required IReadOnlyList<(int[][] Ranks, MeekStvWeight Weight)> EqualRanked { get; init; }

    public required Int128 TotalWeight { get; init; }

    public int StrictCount => Weights.Length;

    public static MeekStvBallots From(Election election)
    {
        var standing = Enumerable.Range(0, election.Candidates.Count).Select(c => !election.Withdrawn.Contains(c)).ToArray();
        var strict = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var equal = new List<(int[][], MeekStvWeight)>();
        var buffer = new char[election.Candidates.Count];
        foreach (var ballot in election.Ballots)
        {
            if (ballot.Weight <= 0) continue;
            if (MeekStvRanking.StrictKey(ballot, standing, buffer) is { } key)
            {
                if (key.Length > 0) strict[key] = strict.GetValueOrDefault(key) + ballot.Weight;
                continue;
            }

            var ranks = MeekStvRanking.Ranks(ballot, standing);
            if (ranks.Length > 0) equal.Add((ranks, MeekStvWeight.Of(ballot.Weight)));
        }

        var start = new int[strict.Count + 1];
        var candidates = new int[strict.Keys.Sum(k => k.Length)];
        var weights = new MeekStvWeight[strict.Count];
        var i = 0;
        foreach (var (key, weight) in strict)
        {
            for (var j = 0; j < key.Length; j++) candidates[start[i] + j] = key[j];
            weights[i] = MeekStvWeight.Of(weight);
            start[i + 1] = start[i] + key.Length;
            i++;
        }

        var total = weights.Aggregate(Int128.Zero, (sum, w) => sum + w.Times(MeekStvFixedPoint.One))
            + equal.Aggregate(Int128.Zero, (sum, b) => sum + b.Item2.Times(MeekStvFixedPoint.One));

        return new MeekStvBallots
        {
            Start = start,
            Candidates = candidates,
            Weights = weights,
            EqualRanked = equal,
            TotalWeight = total,
        };
    }
}
