using System.Runtime.CompilerServices;

namespace Mutual.Counting.Parsing;

/// <summary>
/// A shortcut into <see cref="BallotAggregator"/> for rankings short enough to pack into one
/// <c>ulong</c> (candidate numbers side by side, a few bits each, so that equal keys mean equal
/// rankings): a repeated ranking is then found with one multiply and one compare, without
/// hashing or comparing its numbers one by one. It maps a key to the aggregator's index.
/// </summary>
internal sealed class PackedRankingIndex
{
    private Entry[] _entries = new Entry[1024];
    private int _shift = 64 - 10;
    private int _count;

    /// <summary>The aggregator index filed under <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var mask = _entries.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _entries[slot];
            if (entry.IndexPlusOne == 0) return -1;
            if (entry.Key == key) return entry.IndexPlusOne - 1;
        }
    }

    public void Add(ulong key, int index)
    {
        if (++_count * 4 > _entries.Length * 3) Grow();
        Put(_entries, key, index + 1);
    }

    /// <summary>Fibonacci hashing: the top bits of the product mix every bit of the key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Put(Entry[] entries, ulong key, int indexPlusOne)
    {
        var mask = entries.Length - 1;
        var slot = Slot(key);
        while (entries[slot].IndexPlusOne != 0) slot = (slot + 1) & mask;
        entries[slot] = new Entry(key, indexPlusOne);
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _shift--;
        foreach (var entry in old)
            if (entry.IndexPlusOne != 0) Put(_entries, entry.Key, entry.IndexPlusOne);
    }

    private readonly record struct Entry(ulong Key, int IndexPlusOne);
}
