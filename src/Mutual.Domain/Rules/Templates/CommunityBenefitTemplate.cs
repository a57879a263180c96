using Mutual.Domain.Common;

namespace Mutual.Domain.Rules.Templates;

/// <summary>
/// A community benefit society raising community shares (DOMAIN A4, F2, G1): run entirely for the
/// community, no dividends, the statutory asset lock, and withdrawals the board may limit.
/// </summary>
internal static class CommunityBenefitTemplate
{
    public static SocietyRules Create() => new()
    {
        Name = "Example Community Benefit Society Limited",
        LegalForm = LegalForm.CommunityBenefit,
        Objects = "To carry on any business for the benefit of the community, in particular by owning and running "
            + "assets and services for the people who live and work in the area.",
        MembershipClasses =
        [
            new MembershipClass
            {
                Key = "member",
                Name = "Community member",
                Eligibility = "Anyone aged 16 or over who supports the objects and holds at least the minimum shareholding.",
            },
        ],
        Shares = new ShareholdingRules { ParValue = 1m, MinimumShareholding = 50m, MaximumShareholding = 100_000m },
        Withdrawal = new WithdrawalTerms { NoticeDays = 90, MinimumHoldingYears = 3, AnnualCap = Ratio.Percent(10) },
        Profits = new ProfitRules { DividendsAllowed = false, MaximumInterestRate = Ratio.Percent(4), AssetLock = true },
    };
}
