using System.Numerics;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Meek's arithmetic: decimal fixed point with 18 places held in integers, as Droop's fixed
/// arithmetic does it. Products are truncated and keep factors rounded up, so a count never
/// hands out more vote than it has; anyone with the same rules gets the same digits.
/// </summary>
internal static class MeekStvFixedPoint
{
    public const int Places = 18;

    public const ulong One = 1_000_000_000_000_000_000UL;

    /// <summary>Omega: an iteration stops once the total surplus is at most 10^-9.</summary>
    public const ulong Omega = 1_000_000_000UL;

    public static ulong MulFloor(ulong a, ulong b) => (ulong)((UInt128)a * b / One);

    /// <summary>ceil(ceil(kf × quota) / vote), the keep-factor update of the New Zealand rules.</summary>
    public static ulong NextKeepFactor(ulong keepFactor, Int128 quota, Int128 vote)
    {
        if (vote <= 0) return keepFactor;
        var product = CeilDiv((BigInteger)keepFactor * (BigInteger)quota, One);
        var next = CeilDiv(product * One, (BigInteger)vote);
        return next > One ? One : (ulong)next;
    }

    public static Int128 FromDecimal(decimal value) =>
        (Int128)decimal.Truncate(value) * One + (Int128)(ulong)decimal.Truncate((value - decimal.Truncate(value)) * One);

    public static decimal ToDecimal(Int128 value)
    {
        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        if (magnitude >> 96 != 0) throw new OverflowException("A Meek total is too large to show as a decimal.");
        var low = (int)(uint)magnitude;
        var mid = (int)(uint)(magnitude >> 32);
        var high = (int)(uint)(magnitude >> 64);
        return new decimal(low, mid, high, negative, Places);
    }

    private static BigInteger CeilDiv(BigInteger a, BigInteger b) => BigInteger.DivRem(a, b, out var r) + (r.Sign > 0 ? 1 : 0);
}
