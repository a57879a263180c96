using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// Use of profits (DOMAIN A4, B14, F1, F2): a co-operative may pay dividends by participation, a
/// community benefit society never does; interest on shares is capped in advance; a CBS may adopt
/// the statutory asset lock.
/// </summary>
public sealed record ProfitRules
{
    public bool DividendsAllowed { get; init; }

    public bool InterestOnSharesAllowed { get; init; } = true;

    /// <summary>B14: the highest yearly interest rate on shares; null when not declared.</summary>
    public Ratio? MaximumInterestRate { get; init; } = Ratio.Percent(5);

    public bool AssetLock { get; init; }
}
