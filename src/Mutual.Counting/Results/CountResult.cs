namespace Mutual.Counting.Results;

/// <summary>
/// The outcome of a count: the winners in order of election (0-based candidate numbers; shown
/// 1-based), the quota where the method has one, and every stage of the count so anyone can
/// follow it. <see cref="Seed"/> is the seed of the generator used for ties broken by lot, printed
/// in the sheet so a recount reproduces them. <see cref="Precision"/> says how values were rounded.
/// </summary>
public sealed record CountResult(
    string Method,
    string Title,
    IReadOnlyList<string> Candidates,
    int Seats,
    decimal? Quota,
    IReadOnlyList<int> Elected,
    IReadOnlyList<Stage> Stages)
{
    public ulong Seed { get; init; }

    public string Precision { get; init; } = "exact";

    public decimal ValidVotes { get; init; }

    /// <summary>Ties the count had to break, in order, with how each was broken.</summary>
    public IReadOnlyList<string> Ties { get; init; } = [];
}
