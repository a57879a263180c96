using Mutual.Domain.Common;

namespace Mutual.Domain.Rules.Templates;

/// <summary>
/// A worker co-operative: the people who work in the business own and control it, each holding a
/// single £1 membership share, with surplus shared by labour (DOMAIN A4, F1).
/// </summary>
internal static class WorkerCoOperativeTemplate
{
    public static SocietyRules Create() => new()
    {
        Name = "Example Workers' Co-operative Limited",
        LegalForm = LegalForm.CoOperative,
        Objects = "To carry on business as a worker co-operative, owned and controlled by the people who work in it.",
        MembershipClasses =
        [
            new MembershipClass
            {
                Key = "worker",
                Name = "Worker member",
                Eligibility = "Anyone employed by the society who has completed the probationary period set by the board.",
            },
        ],
        Meetings = new MeetingRules { Quorum = new QuorumRule { MinimumCount = 3, Percentage = Ratio.Percent(50) } },
        Board = new BoardRules { MinimumSize = 3, MaximumSize = null },
        Shares = new ShareholdingRules { ParValue = 1m, MinimumShareholding = 1m, MaximumShareholding = 1m },
        Withdrawal = new WithdrawalTerms { NoticeDays = 0, MinimumHoldingYears = 0 },
        Profits = new ProfitRules { DividendsAllowed = true, InterestOnSharesAllowed = false, MaximumInterestRate = null },
    };
}
