using Mutual.Domain.Common;

namespace Mutual.Domain.Rules.Templates;

/// <summary>
/// A public service mutual spun out of a public body as a community benefit society: staff,
/// people who use the service and the wider community are members, one member one vote, with
/// the asset lock protecting the public investment (DOMAIN A4, F2).
/// </summary>
internal static class PublicServiceMutualTemplate
{
    public static SocietyRules Create() => new()
    {
        Name = "Example Public Service Mutual Limited",
        LegalForm = LegalForm.CommunityBenefit,
        Objects = "To provide public services for the benefit of the community, run by the staff who deliver them "
            + "together with the people who use them.",
        MembershipClasses =
        [
            new MembershipClass { Key = "staff", Name = "Staff member", Eligibility = "Anyone employed by the society." },
            new MembershipClass { Key = "service-user", Name = "Service user member", Eligibility = "Anyone aged 16 or over who uses the society's services, or their carer." },
            new MembershipClass { Key = "community", Name = "Community member", Eligibility = "Anyone aged 16 or over who lives or works in the area served." },
        ],
        Meetings = new MeetingRules { Quorum = new QuorumRule { MinimumCount = 10, Percentage = Ratio.Percent(10), Combination = QuorumCombination.LesserOf } },
        Board = new BoardRules { MinimumSize = 5, MaximumSize = 15 },
        Shares = new ShareholdingRules { ParValue = 1m, MinimumShareholding = 1m, MaximumShareholding = 1m },
        Profits = new ProfitRules { DividendsAllowed = false, InterestOnSharesAllowed = false, MaximumInterestRate = null, AssetLock = true },
    };
}
