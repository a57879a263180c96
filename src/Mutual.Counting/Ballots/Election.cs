namespace Mutual.Counting.Ballots;

/// <summary>
/// Everything a count needs: the candidates (index = 0-based candidate number, shown 1-based),
/// the seats to fill and the ballots. Withdrawn candidates take no part; preferences for them
/// are skipped. <see cref="TieOrder"/>, when given, is the order in which ties are resolved
/// before falling back to lot (a Droop <c>[tie ...]</c> line), earliest first.
/// </summary>
public sealed record Election(
    string Title,
    IReadOnlyList<string> Candidates,
    int Seats,
    IReadOnlyList<Ballot> Ballots)
{
    public IReadOnlySet<int> Withdrawn { get; init; } = new HashSet<int>();

    public IReadOnlyList<int>? TieOrder { get; init; }

    /// <summary>Undeclared write-in candidates (a Droop <c>[undeclared ...]</c> line); rules that know them defeat them first.</summary>
    public IReadOnlySet<int> Undeclared { get; init; } = new HashSet<int>();

    public decimal TotalWeight => Ballots.Sum(b => b.Weight);
}
