using Mutual.Counting.Ballots;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Polls;

/// <summary>
/// Turns an election's ballots into a Mutual.Counting <see cref="Election"/> (D1; C6 votes per
/// member; C10 class weights). Unweighted, each ballot weighs its voter's votes. Weighted, each
/// class carries its weight of the whole: with N the votes cast in all classes and n_c the votes
/// cast in class c, a ballot of v votes in class c weighs <c>v × w_c × N / n_c</c>, so class c's
/// ballots together weigh <c>w_c × N</c>. The weight is rounded down to
/// <see cref="WeightDecimals"/> places, so no class ever carries more than its share. A class in
/// which nobody voted carries nothing, as in a weighted resolution.
/// </summary>
public static class ElectionBallots
{
    public const int WeightDecimals = 6;

    public static Election Build(Poll poll, SocietyRules rules, IReadOnlyList<RankedVote> votes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(votes);
        var scale = rules.IsWeighted ? ClassScale(rules, votes) : null;
        var ballots = new List<Ballot>(votes.Count);
        foreach (var vote in votes)
        {
            if (vote.Ranking.Count == 0) continue;
            // Rounded per ballot before multiplying, so merged ballots weigh what they would apart.
            var weight = vote.Ballots * (scale is null ? vote.Votes : RoundDown(vote.Votes * scale.GetValueOrDefault(vote.ClassKey ?? "", 0m)));
            if (weight <= 0m) continue;
            ballots.Add(Ballot.Ranked(weight, [.. vote.Ranking.Select(n => n - 1)]));
        }

        return new Election(poll.Title, [.. poll.Candidates.Select(c => c.Name)], poll.Seats, ballots);
    }

    /// <summary>w_c × N / n_c for each class with votes, as an exact decimal before rounding.</summary>
    public static Dictionary<string, decimal> ClassScale(SocietyRules rules, IReadOnlyList<RankedVote> votes)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(votes);
        var perClass = votes.Where(v => v.Ranking.Count > 0)
            .GroupBy(v => v.ClassKey ?? "")
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(v => (long)v.Votes * v.Ballots));
        decimal total = perClass.Values.Sum();
        var scale = new Dictionary<string, decimal>();
        foreach (var c in rules.MembershipClasses)
        {
            if (c.Weight is not { } w || !perClass.TryGetValue(c.Key, out var n) || n == 0) continue;
            scale[c.Key] = total * w.Numerator / w.Denominator / n;
        }

        return scale;
    }

    private static decimal RoundDown(decimal value) => Math.Round(value, WeightDecimals, MidpointRounding.ToZero);
}
