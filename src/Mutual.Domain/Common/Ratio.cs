using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;

namespace Mutual.Domain.Common;

/// <summary>
/// An exact fraction for thresholds, quorum percentages, class weights and rotation fractions
/// (DOMAIN C4, C7, C10, D2): "2/3" must stay two thirds, which no decimal can hold.
/// Always in lowest terms with a positive denominator, so equal ratios compare equal.
/// </summary>
[JsonConverter(typeof(RatioJsonConverter))]
public readonly record struct Ratio : IComparable<Ratio>
{
    // Stored as denominator - 1 so that default(Ratio) is 0/1, a valid zero.
    private readonly long _denominatorLessOne;

    private Ratio(long numerator, long denominator)
    {
        Numerator = numerator;
        _denominatorLessOne = denominator - 1;
    }

    public long Numerator { get; }

    public long Denominator => _denominatorLessOne + 1;

    private const int MaxDecimalPlaces = 18;

    public static Ratio Zero => default;

    public static Ratio One => Of(1, 1);

    public static Ratio Of(long numerator, long denominator)
    {
        if (denominator == 0) throw new ArgumentOutOfRangeException(nameof(denominator), "A ratio needs a non-zero denominator.");
        if (denominator < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd <= 1 ? new Ratio(numerator, denominator) : new Ratio(numerator / gcd, denominator / gcd);
    }

    /// <summary>A percentage such as 75 or 33.5, held exactly.</summary>
    public static Ratio Percent(decimal percent) => FromDecimal(percent / 100m);

    /// <summary>The exact value of <paramref name="value"/>; throws if it needs more than 18 decimal places.</summary>
    public static Ratio FromDecimal(decimal value)
    {
        // Dividing by 1.000... drops trailing zeros, so 0.7500 needs a denominator of 100, not 10,000.
        var trimmed = value / 1.000000000000000000000000000000000m;
        if (trimmed.Scale > MaxDecimalPlaces) throw new OverflowException($"{value} has more than {MaxDecimalPlaces} decimal places.");
        var denominator = 1L;
        for (var i = 0; i < trimmed.Scale; i++) denominator *= 10;
        return Of(checked((long)(trimmed * denominator)), denominator);
    }

    public decimal ToDecimal() => (decimal)Numerator / Denominator;

    /// <summary>The smallest whole number of people at or above this share of <paramref name="count"/>.</summary>
    public int CeilingOf(int count)
    {
        var product = (Int128)Numerator * count;
        var quotient = product / Denominator;
        return (int)(product % Denominator > 0 ? quotient + 1 : quotient);
    }

    /// <summary>This share of <paramref name="count"/>, rounded to the nearest whole number, halves up.</summary>
    public int RoundedShareOf(int count)
    {
        var doubled = (Int128)Numerator * count * 2 + Denominator;
        return (int)(doubled / (2 * (Int128)Denominator));
    }

    public int CompareTo(Ratio other) =>
        ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>The exact sum; throws <see cref="OverflowException"/> if it cannot be held.</summary>
    public static Ratio operator +(Ratio left, Ratio right) => Sum([left, right]);

    /// <summary>The exact sum of many ratios, reduced once at the end so long lists stay exact.</summary>
    public static Ratio Sum(IEnumerable<Ratio> ratios)
    {
        BigInteger numerator = 0, denominator = 1;
        foreach (var r in ratios)
        {
            numerator = numerator * r.Denominator + r.Numerator * denominator;
            denominator *= r.Denominator;
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (gcd > 1) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        }

        return Of(checked((long)numerator), checked((long)denominator));
    }

    /// <summary>
    /// "75%" when the ratio is an exact percentage (denominator of only 2s and 5s), otherwise "2/3";
    /// <see cref="TryParse"/> reads either back to the same ratio.
    /// </summary>
    public override string ToString()
    {
        var d = Denominator;
        while (d % 2 == 0) d /= 2;
        while (d % 5 == 0) d /= 5;
        if (d != 1) return $"{Numerator}/{Denominator}";
        var percent = (decimal)Numerator * 100m / Denominator;
        return percent.ToString("0.############################", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Reads "75%", "2/3" or "0.75"; false for anything else or too fine to hold.</summary>
    public static bool TryParse(string? text, out Ratio ratio)
    {
        ratio = Zero;
        try
        {
            return TryParseExact(text, out ratio);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool TryParseExact(string? text, out Ratio ratio)
    {
        ratio = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        const NumberStyles number = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;
        if (s.EndsWith('%'))
        {
            if (!decimal.TryParse(s[..^1].TrimEnd(), number, CultureInfo.InvariantCulture, out var percent)) return false;
            ratio = Percent(percent);
            return true;
        }

        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!long.TryParse(s[..slash].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return false;
            if (!long.TryParse(s[(slash + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d == 0) return false;
            ratio = Of(n, d);
            return true;
        }

        if (!decimal.TryParse(s, number, CultureInfo.InvariantCulture, out var value)) return false;
        ratio = FromDecimal(value);
        return true;
    }
}
