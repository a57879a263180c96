namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Comparisons of Meek totals. Truncating shares to 18 places leaves each total within about
/// 10^-12 of its exact value, so, like Droop's guarded arithmetic, values closer than half of
/// 10^-12 are treated as equal: a count then decides ties as exact arithmetic would, not by
/// the accident of which total lost more to rounding.
/// </summary>
internal static class MeekStvGuard
{
    private static readonly Int128 Half = 500_000;

    public static bool Same(Int128 a, Int128 b) => Int128.Abs(a - b) < Half;

    public static bool Below(Int128 a, Int128 b) => b - a >= Half;

    public static bool Above(Int128 a, Int128 b) => a - b >= Half;

    public static bool AtMost(Int128 a, Int128 b) => !Above(a, b);

    public static bool AtLeast(Int128 a, Int128 b) => !Below(a, b);
}
