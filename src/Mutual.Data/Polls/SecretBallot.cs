using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>
/// A cast ballot, anonymous by construction (issue 4 point 3, DESIGN invariants): a random key, the
/// poll, the receipt code, what it says, and the voter's class and votes only where weights need
/// them. No member, no time, no sequence. The key is a random 63-bit number: on SQLite it is the
/// rowid, so the table's physical order is random rather than the order ballots arrived in.
/// </summary>
public sealed class SecretBallot
{
    public long Id { get; init; }

    public PollId PollId { get; init; }

    public string Receipt { get; init; } = "";

    /// <summary>"For", "Against" or "Abstain"; or 1-based candidate numbers separated by spaces.</summary>
    public string Content { get; init; } = "";

    /// <summary>
    /// The voter's class, kept only when the rules weight classes (C10): a trade-off, since it
    /// narrows a ballot's anonymity set from the whole roll to the voter's class.
    /// </summary>
    public string? ClassKey { get; init; }

    public int Votes { get; init; } = 1;
}
