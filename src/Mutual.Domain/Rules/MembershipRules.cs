namespace Mutual.Domain.Rules;

/// <summary>
/// Membership in general (DOMAIN A2, B7, B8): the minimum number of members, the usual minimum age,
/// and how long former members' entries are kept.
/// </summary>
public sealed record MembershipRules
{
    public int MinimumMembers { get; init; } = StatutoryLimits.MinimumMembers;

    /// <summary>A2: every member is itself a registered society, so two suffice.</summary>
    public bool AllMembersAreSocieties { get; init; }

    public int MinimumAge { get; init; } = 16;

    public int FormerMemberRetentionYears { get; init; } = 10;

    /// <summary>A2: live membership below the minimum, when the FCA may cancel registration; raise an alert.</summary>
    public bool IsBelowMinimum(int activeMembers) => activeMembers < MinimumMembers;
}
