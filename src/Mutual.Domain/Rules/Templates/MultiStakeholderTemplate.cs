using Mutual.Domain.Common;

namespace Mutual.Domain.Rules.Templates;

/// <summary>
/// A multi-stakeholder co-operative with weighted class voting (DOMAIN C10), weighted in the
/// spirit of the Somerset Rules: workers half, users a quarter, supporters and investors the rest,
/// investors kept under the usual 25% cap.
/// </summary>
internal static class MultiStakeholderTemplate
{
    public static SocietyRules Create() => new()
    {
        Name = "Example Multi-Stakeholder Co-operative Limited",
        LegalForm = LegalForm.CoOperative,
        Objects = "To carry on business as a co-operative owned and governed together by the people who work in it, "
            + "the people who use it, and the people and organisations who support and invest in it.",
        MembershipClasses =
        [
            Class("worker", "Worker member", "Anyone employed by the society for at least three months.", 50),
            Class("user", "User member", "Anyone who regularly uses the society's services.", 25),
            Class("supporter", "Supporter member", "Anyone who supports the objects and is not a worker or user member.", 10),
            Class("investor", "Investor member", "Anyone who holds investor shares; investors never control the society.", 15) with { IsInvestor = true },
        ],
        Meetings = new MeetingRules { ProxiesAllowed = true },
        Board = new BoardRules { MinimumSize = 4, MaximumSize = 12 },
        Profits = new ProfitRules { DividendsAllowed = true, MaximumInterestRate = Ratio.Percent(5) },
    };

    private static MembershipClass Class(string key, string name, string eligibility, decimal weightPercent) => new()
    {
        Key = key,
        Name = name,
        Eligibility = eligibility,
        Weight = Ratio.Percent(weightPercent),
    };
}
