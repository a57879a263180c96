namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Drawing lots for the Meek and ERS97 counts: SplitMix64 from the count's seed, small, well mixed
/// and the same on every machine, so a recount with the printed seed draws the same lots.
/// </summary>
internal sealed class MeekStvLot(ulong seed)
{
    private ulong state = seed;

    /// <summary>A number from 0 up to but not including <paramref name="count"/>.</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);

    private ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
