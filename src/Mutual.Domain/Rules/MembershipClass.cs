using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// A class of member (DOMAIN B10, C6, C10): who may join it, whether the board admits each
/// applicant, how many votes each member has, and, in a weighted multi-stakeholder society, the
/// share of every vote's result the class carries (all weights sum to 100%).
/// </summary>
public sealed record MembershipClass
{
    /// <summary>A short stable key such as <c>worker</c>; members refer to their class by it.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>Who may join this class, in the words of the rules.</summary>
    public string Eligibility { get; init; } = "";

    /// <summary>B10: each application is approved by the board.</summary>
    public bool AdmissionByBoard { get; init; } = true;

    /// <summary>C6: one member one vote unless the rules say otherwise.</summary>
    public int VotesPerMember { get; init; } = 1;

    /// <summary>C10: the class's weight in a weighted vote; null when voting is unweighted.</summary>
    public Ratio? Weight { get; init; }

    /// <summary>C10, A3: investor members, whose weight should be capped.</summary>
    public bool IsInvestor { get; init; }
}
