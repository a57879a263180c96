namespace Mutual.Domain.Rules;

/// <summary>
/// General meetings (DOMAIN C1–C7): when the AGM is due, notice, quorum, resolution thresholds,
/// and which forms of voting the rules allow besides being present.
/// </summary>
public sealed record MeetingRules
{
    /// <summary>C1: the AGM is held within this many months of the financial year end.</summary>
    public int AgmWithinMonthsOfYearEnd { get; init; } = 6;

    public NoticeRules Notice { get; init; } = new();

    public QuorumRule Quorum { get; init; } = new();

    public ResolutionRules Resolutions { get; init; } = new();

    /// <summary>C6: proxy voting only if the rules allow it.</summary>
    public bool ProxiesAllowed { get; init; }

    public bool PostalVotingAllowed { get; init; }

    public bool ElectronicVotingAllowed { get; init; } = true;
}
