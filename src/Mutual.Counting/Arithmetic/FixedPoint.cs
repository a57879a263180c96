namespace Mutual.Counting.Arithmetic;

/// <summary>
/// Fixed-point decimals held as whole numbers of units of 10^-places, as rules that count "to
/// five decimal places, any remainder being ignored" require (SSI 2007/42 rule 48(3)).
/// Every operation truncates toward zero, never rounds, and never goes through <c>double</c>.
/// </summary>
public readonly record struct FixedPoint(int Places)
{
    public long Unit { get; } = Pow10(Places);

    /// <summary>The value in units, truncated to the places kept.</summary>
    public long FromDecimal(decimal value) => (long)decimal.Truncate(value * Unit);

    public decimal ToDecimal(long units) => new decimal(units) / Unit;

    /// <summary><paramref name="a"/> × <paramref name="b"/> ÷ <paramref name="c"/>, exact until the final truncation.</summary>
    public static long MulDiv(long a, long b, long c) => (long)((Int128)a * b / c);

    /// <summary>The product of two fixed-point values, truncated.</summary>
    public long Multiply(long a, long b) => MulDiv(a, b, Unit);

    public static decimal Truncate(decimal value, int places)
    {
        var unit = Pow10(places);
        return decimal.Truncate(value * unit) / unit;
    }

    private static long Pow10(int places)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(places);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(places, 18);
        var unit = 1L;
        for (var i = 0; i < places; i++) unit *= 10;
        return unit;
    }
}
