namespace Mutual.Domain.Polls;

/// <summary>What a poll decides: a resolution (for, against, abstain; C7–C9) or an election of directors (D1, D2).</summary>
public enum PollKind
{
    Resolution,
    Election,
}
