namespace Mutual.Domain.Rules;

/// <summary>
/// Shares (DOMAIN B1–B3): the share type, par value, and the least and most a member may hold. The
/// maximum may not exceed the statutory cap on withdrawable holdings (£100,000 in Great Britain).
/// </summary>
public sealed record ShareholdingRules
{
    public ShareType ShareType { get; init; } = ShareType.Withdrawable;

    public decimal ParValue { get; init; } = 1m;

    public decimal MinimumShareholding { get; init; } = 1m;

    public decimal MaximumShareholding { get; init; } = 100_000m;
}
