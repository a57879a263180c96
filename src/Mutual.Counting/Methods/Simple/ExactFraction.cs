using System.Globalization;
using System.Numerics;

namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// An exact rational number, always in lowest terms with a positive denominator. Weighted class
/// results (a third of a class's share, say) are not exact in <see cref="decimal"/>, and a
/// resolution decided by the last digit must be decided exactly.
/// </summary>
public readonly record struct ExactFraction : IComparable<ExactFraction>
{
    public ExactFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("A fraction cannot have a zero denominator.");
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get => field.IsZero ? BigInteger.One : field; }

    public static ExactFraction Zero => new(0, 1);

    public static ExactFraction FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return new ExactFraction(value < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    public static implicit operator ExactFraction(decimal value) => FromDecimal(value);

    public static ExactFraction operator +(ExactFraction a, ExactFraction b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static ExactFraction operator *(ExactFraction a, ExactFraction b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static ExactFraction operator /(ExactFraction a, ExactFraction b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(ExactFraction a, ExactFraction b) => a.CompareTo(b) < 0;

    public static bool operator >(ExactFraction a, ExactFraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(ExactFraction a, ExactFraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ExactFraction a, ExactFraction b) => a.CompareTo(b) >= 0;

    public int CompareTo(ExactFraction other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>For display: the value rounded half away from zero to <paramref name="decimals"/> places.</summary>
    public decimal ToDecimal(int decimals = 10)
    {
        var scaled = BigInteger.DivRem(BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals), Denominator, out var remainder);
        if (remainder * 2 >= Denominator) scaled += 1;
        var power = 1m;
        for (var i = 0; i < decimals; i++) power *= 10m;
        return Numerator.Sign * ((decimal)scaled / power);
    }

    public override string ToString() =>
        Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
