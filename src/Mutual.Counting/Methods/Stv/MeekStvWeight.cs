namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// A parcel's weight split into whole votes and an 18-place fraction, so the common case
/// (whole ballots) costs one multiplication in the inner loop.
/// </summary>
internal readonly record struct MeekStvWeight(long Whole, ulong Fraction)
{
    public static MeekStvWeight Of(decimal weight)
    {
        var whole = decimal.Truncate(weight);
        return new((long)whole, (ulong)decimal.Truncate((weight - whole) * MeekStvFixedPoint.One));
    }

    /// <summary>The vote carried by a share of this parcel (the share itself at 18 places).</summary>
    public Int128 Times(ulong share) =>
        Fraction == 0
            ? (Int128)share * Whole
            : (Int128)share * Whole + MeekStvFixedPoint.MulFloor(share, Fraction);
}
