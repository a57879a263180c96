using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// Withdrawal of share capital (DOMAIN B13): the notice a member gives, how long shares must be
/// held first, an optional yearly cap as a share of capital, and the board's power to refuse or
/// suspend withdrawals.
/// </summary>
public sealed record WithdrawalTerms
{
    public int NoticeDays { get; init; } = 90;

    public int MinimumHoldingYears { get; init; } = 3;

    public Ratio? AnnualCap { get; init; }

    public bool BoardMayRefuseOrSuspend { get; init; } = true;
}
