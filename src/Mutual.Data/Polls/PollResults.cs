using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// What may be published once a poll has closed (issue 4 points 3, 5, 7): turnout, the count when
/// it has been run (a resolution's totals and verdict, or an election's round sheet), and every
/// ballot beside its receipt code so each voter can check theirs was counted as cast.
/// </summary>
public sealed record PollResults(
    Poll Poll,
    Turnout Turnout,
    ResolutionOutcome? Resolution,
    ElectionOutcome? Election,
    IReadOnlyList<PublishedBallot> Ballots)
{
    public bool IsCounted => Resolution is not null || Election is not null;

    public bool IsCertified => Poll.State == PollState.Certified;
}

/// <summary>Who voted, in numbers only: the roll's size and how its members voted.</summary>
public sealed record Turnout(int Eligible, int Voted, int Online, int Paper, int Proxy);

/// <summary>
/// One ballot as published: its receipt code and what it says (a choice, or 1-based candidate
/// numbers in order), with the voter's class when weights need it.
/// </summary>
public sealed record PublishedBallot(string Receipt, string Ballot, string? ClassKey);
