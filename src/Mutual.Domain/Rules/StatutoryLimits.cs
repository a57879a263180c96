namespace Mutual.Domain.Rules;

/// <summary>
/// The [S] values of DOMAIN.md that no society's rules can change: they are constants of the
/// jurisdiction, not part of <see cref="SocietyRules"/>.
/// </summary>
public static class StatutoryLimits
{
    /// <summary>A2: at least three members (two if both are registered societies). CCBSA s.2(2)(b).</summary>
    public const int MinimumMembers = 3;

    /// <summary>A2: the lower minimum when every member is itself a registered society.</summary>
    public const int MinimumMembersAllSocieties = 2;

    /// <summary>B1: the most a member may hold in withdrawable shares. CCBSA s.24.</summary>
    public static decimal MaximumWithdrawableHolding(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.GreatBritain => 100_000m,
        Jurisdiction.NorthernIreland => 20_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    /// <summary>C10: the suggested ceiling on an investor class's weight (EU SCE analogue).</summary>
    public static readonly Common.Ratio InvestorWeightCap = Common.Ratio.Of(1, 4);
}
