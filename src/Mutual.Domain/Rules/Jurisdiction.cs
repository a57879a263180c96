namespace Mutual.Domain.Rules;

/// <summary>
/// Which statute's fixed limits apply (DOMAIN design note): Great Britain under CCBSA 2014, or
/// Northern Ireland, whose withdrawable-share cap is lower.
/// </summary>
public enum Jurisdiction
{
    GreatBritain,
    NorthernIreland,
}
