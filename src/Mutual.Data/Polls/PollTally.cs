using Mutual.Domain.Polls;

namespace Mutual.Data.Polls;

/// <summary>The stored count of a closed poll: the outcome as JSON, and for an election the round sheet as text.</summary>
public sealed class PollTally
{
    public PollId PollId { get; init; }

    public string OutcomeJson { get; set; } = "";

    public string? RoundSheet { get; set; }
}
