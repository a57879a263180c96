namespace Mutual.Counting.Methods.Simple;

/// <summary>
/// SplitMix64: a tiny generator whose output is fixed by its published algorithm, so a seed
/// printed on a round sheet draws the same lots on any machine and any .NET version
/// (System.Random makes no such promise).
/// </summary>
internal sealed class SeededLot(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A whole number in [0, count), without modulo bias.</summary>
    public int Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)count);
        ulong value;
        do value = NextRaw(); while (value >= limit);
        return (int)(value % (ulong)count);
    }

    private ulong NextRaw()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
