namespace Mutual.Counting.Arithmetic;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood 2014): a tiny, fully specified sequence, so a
/// tie decided "by lot" is reproduced exactly by anyone who knows the seed printed on the sheet.
/// <see cref="System.Random"/> is not used because its sequence is not specified across versions.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Seed { get; } = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform draw from 0..<paramref name="bound"/>-1, without modulo bias.</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        ulong draw;
        do draw = Next();
        while (draw >= limit);
        return (int)(draw % (ulong)bound);
    }
}
