namespace Mutual.Counting.Ballots;

/// <summary>
/// One ranked ballot, or a parcel of identical ballots carrying <see cref="Weight"/>.
/// <see cref="Ranks"/> lists the preferences from most to least preferred; each rank holds the
/// 0-based numbers of the candidates placed there, usually one, several where the voter ranked
/// candidates equal. Weights are exact: a BLT count, or a class weight or proxy multiplier.
/// </summary>
public sealed record Ballot(decimal Weight, IReadOnlyList<IReadOnlyList<int>> Ranks)
{
    /// <summary>A ballot with strict preferences, given as 0-based candidate numbers.</summary>
    public static Ballot Ranked(decimal weight, params int[] preferences) =>
        new(weight, preferences.Select(p => (IReadOnlyList<int>)[p]).ToArray());

    /// <summary>True when every rank holds exactly one candidate.</summary>
    public bool IsStrict => Ranks.All(r => r.Count == 1);
}
