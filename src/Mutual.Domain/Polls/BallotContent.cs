using Mutual.Domain.Common;

namespace Mutual.Domain.Polls;

/// <summary>
/// What a ballot says: a <see cref="VoteChoice"/> on a resolution, or a ranking of candidates for
/// an election, given as 1-based candidate numbers from most to least preferred.
/// </summary>
public abstract record BallotContent
{
    public static BallotContent Vote(VoteChoice choice) => new ResolutionBallot(choice);

    public static BallotContent Rank(params int[] candidates) => new ElectionBallot([.. candidates]);
}

/// <summary>A vote for, against or abstaining on a resolution.</summary>
public sealed record ResolutionBallot(VoteChoice Choice) : BallotContent
{
    public override string ToString() => Choice.ToString();
}

/// <summary>A ranking of 1-based candidate numbers, most preferred first; it may stop at any point.</summary>
public sealed record ElectionBallot(EquatableList<int> Ranking) : BallotContent
{
    public override string ToString() => string.Join(' ', Ranking);
}
