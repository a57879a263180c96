using Mutual.Counting.Results;

namespace Mutual.Domain.Polls;

/// <summary>
/// A counted board election (D1, D2; issue 4 point 5): the full <see cref="CountResult"/> with every
/// stage, the winners as 1-based candidate numbers in order of election, and the round sheet as
/// text and JSON from Mutual.Counting's writers, stored with the certified result.
/// </summary>
public sealed record ElectionOutcome(
    string Method,
    int Seats,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<int> Elected,
    CountResult Count,
    string RoundSheetText,
    string RoundSheetJson)
{
    /// <summary>True when class weights (C10) scaled the ballots.</summary>
    public bool Weighted { get; init; }
}
