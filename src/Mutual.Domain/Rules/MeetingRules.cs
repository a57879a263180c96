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

    /// <summary>C6: how many hours before the meeting starts a proxy must be appointed.</summary>
    public int ProxyDeadlineHours { get; init; } = 48;

    /// <summary>C6: the most proxies one member may hold; null for no limit. The chair of the meeting is not limited.</summary>
    public int? MaximumProxiesPerHolder { get; init; } = 3;

    /// <summary>C4: whether members represented by a proxy whose holder is present count towards the quorum.</summary>
    public bool ProxiesCountTowardsQuorum { get; init; } = true;

    /// <summary>C4: how long after the appointed time the chair waits for a quorum before adjourning.</summary>
    public int AdjournmentWaitMinutes { get; init; } = 30;
}
