namespace Mutual.Domain.Polls;

/// <summary>
/// The votes on a resolution from one membership class (or from members of no class, when
/// <see cref="ClassKey"/> is null), each ballot multiplied by its voter's votes (C6).
/// </summary>
public sealed record ClassVoteTotals(string? ClassKey, decimal For, decimal Against, decimal Abstain);

/// <summary>
/// One ballot in an election as the count sees it: the voter's class, votes and ranking; or
/// <see cref="Ballots"/> identical such ballots, which the count weighs exactly as it would the
/// same ballots one by one.
/// </summary>
public sealed record RankedVote(string? ClassKey, int Votes, IReadOnlyList<int> Ranking, int Ballots = 1);
