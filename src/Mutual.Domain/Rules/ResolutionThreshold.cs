using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// The share of votes cast a resolution needs (DOMAIN C7): an ordinary resolution needs more than
/// 50%, an extraordinary one at least 75% (some rules say 2/3). Ties are lost (C5).
/// </summary>
public sealed record ResolutionThreshold(Ratio Fraction, ThresholdComparison Comparison)
{
    public static ResolutionThreshold MoreThan(Ratio fraction) => new(fraction, ThresholdComparison.MoreThan);

    public static ResolutionThreshold AtLeast(Ratio fraction) => new(fraction, ThresholdComparison.AtLeast);

    /// <summary>Whether <paramref name="inFavour"/> of <paramref name="cast"/> votes pass it.</summary>
    public bool IsPassedBy(decimal inFavour, decimal cast)
    {
        if (cast <= 0) return false;
        // Cross-multiply so thirds stay exact: inFavour / cast against n / d.
        var left = inFavour * Fraction.Denominator;
        var right = cast * Fraction.Numerator;
        return Comparison == ThresholdComparison.MoreThan ? left > right : left >= right;
    }

    public override string ToString() =>
        (Comparison == ThresholdComparison.MoreThan ? "more than " : "at least ") + Fraction;
}

public enum ThresholdComparison
{
    MoreThan,
    AtLeast,
}
