using Mutual.Domain.Common;

namespace Mutual.Domain.Rules.Templates;

/// <summary>
/// A consumer or trading co-operative on the Co-operatives UK model (GD rules): one class of
/// member, one member one vote, a share of surplus returned by participation (DOMAIN F1).
/// </summary>
internal static class CoOperativeTemplate
{
    public static SocietyRules Create() => new()
    {
        Name = "Example Co-operative Limited",
        LegalForm = LegalForm.CoOperative,
        Objects = "To carry on business as a co-operative for the mutual benefit of its members, "
            + "following the co-operative values and principles of the International Co-operative Alliance.",
        MembershipClasses =
        [
            new MembershipClass
            {
                Key = "member",
                Name = "Member",
                Eligibility = "Anyone who supports the objects, uses the society's services and holds at least the minimum shareholding.",
            },
        ],
        Profits = new ProfitRules { DividendsAllowed = true, MaximumInterestRate = Ratio.Percent(5) },
    };
}
