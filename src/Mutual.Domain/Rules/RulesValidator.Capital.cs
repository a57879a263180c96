using System.Globalization;
using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

public static partial class RulesValidator
{
    private static void CheckShares(SocietyRules rules, ViolationCollector found)
    {
        var shares = rules.Shares;
        if (shares.ParValue <= 0)
            found.Error("shares.parValue", "Shares need a nominal value above £0.", "DOMAIN B3");
        if (shares.MinimumShareholding < 0)
            found.Error("shares.minimumShareholding", "The minimum shareholding cannot be negative.", "DOMAIN B2");
        if (shares.MaximumShareholding < shares.MinimumShareholding)
            found.Error("shares.maximumShareholding", $"The maximum shareholding ({Money(shares.MaximumShareholding)}) is below the minimum ({Money(shares.MinimumShareholding)}).", "DOMAIN B2");

        var cap = StatutoryLimits.MaximumWithdrawableHolding(rules.Jurisdiction);
        if (shares.ShareType == ShareType.Withdrawable && shares.MaximumShareholding > cap)
            found.Error("shares.maximumShareholding", $"A member may hold at most {Money(cap)} in withdrawable shares; the rules allow {Money(shares.MaximumShareholding)}.", "DOMAIN B1");

        if (shares.ParValue > 0 && shares.MinimumShareholding % shares.ParValue != 0)
            found.Warning("shares.minimumShareholding", $"The minimum shareholding ({Money(shares.MinimumShareholding)}) is not a whole number of {Money(shares.ParValue)} shares.", "DOMAIN B2");
    }

    private static void CheckWithdrawal(WithdrawalTerms withdrawal, ViolationCollector found)
    {
        if (withdrawal.NoticeDays < 0)
            found.Error("withdrawal.noticeDays", "Withdrawal notice cannot be a negative number of days.", "DOMAIN B13");
        if (withdrawal.MinimumHoldingYears < 0)
            found.Error("withdrawal.minimumHoldingYears", "The minimum holding period cannot be negative.", "DOMAIN B13");
        if (withdrawal.AnnualCap is { } annualCap && (annualCap <= Ratio.Zero || annualCap > Ratio.One))
            found.Error("withdrawal.annualCap", $"The yearly withdrawal cap must be above 0% and at most 100% of capital; it is {annualCap}.", "DOMAIN B13");
    }

    private static void CheckProfits(SocietyRules rules, ViolationCollector found)
    {
        var profits = rules.Profits;
        var isCbs = rules.LegalForm == LegalForm.CommunityBenefit;
        if (isCbs && profits.DividendsAllowed)
            found.Error("profits.dividendsAllowed", "A community benefit society distributes no profits to members: it may pay interest on shares, never dividends.", "DOMAIN A4, F1");
        if (!isCbs && profits.AssetLock)
            found.Error("profits.assetLock", "Only a community benefit society can adopt the statutory asset lock.", "DOMAIN F2");
        if (profits.MaximumInterestRate is { } rate && rate < Ratio.Zero)
            found.Error("profits.maximumInterestRate", "The interest rate cap cannot be negative.", "DOMAIN B14");
        if (profits.InterestOnSharesAllowed && profits.MaximumInterestRate is null)
            found.Warning("profits.maximumInterestRate", "Declare the highest interest rate on shares in advance, in the rules or the share offer.", "DOMAIN B14");
    }

    private static string Money(decimal amount) => amount.ToString("£#,0.##", CultureInfo.GetCultureInfo("en-GB"));
}
