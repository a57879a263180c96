using Mutual.Domain.Members;
using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// One line of a poll's voter roll, frozen when the poll opens: the member, their class and votes
/// per the rules, the hash of their single-use ballot code, and whether and how they have voted.
/// It holds no time of voting and nothing of the ballot; the ballot holds nothing of the member.
/// </summary>
public sealed class PollVoter
{
    public PollId PollId { get; init; }

    public MemberId MemberId { get; init; }

    /// <summary>The class the member votes in (DOMAIN C10), when the rules name one.</summary>
    public string? ClassKey { get; init; }

    public int Votes { get; init; } = 1;

    /// <summary>SHA-256 of the ballot code; the codes are random 128-bit secrets, so no salt or stretching is needed.</summary>
    public byte[] CodeHash { get; init; } = [];

    public bool HasVoted { get; init; }

    public VotedBy? VotedBy { get; init; }
}
