using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Merges identical rankings while a file is read, so a million one-ballot lines become the few
/// thousand distinct rankings they hold. Rankings live in one growing <c>int</c> pool and are found
/// again through an open-addressing table on their hash: no allocation per line.
/// A ranking is encoded as candidate + 1, negated when ranked equal to the one before it.
/// </summary>
internal sealed class BallotAggregator
{
    private int[] _pool = new int[1024];
    private int _poolLength;
    private int _pendingStart;
    private readonly List<Entry> _entries = [];
    private int[] _table = new int[1024];

    public int Count => _entries.Count;

    /// <summary>Starts a new ranking; <see cref="Add"/> then <see cref="Commit"/> complete it.</summary>
    public void Begin() => _poolLength = _pendingStart;

    public void Add(int code)
    {
        if (_poolLength == _pool.Length) Array.Resize(ref _pool, _pool.Length * 2);
        _pool[_poolLength++] = code;
    }

    /// <summary>The codes added since <see cref="Begin"/>.</summary>
    public ReadOnlySpan<int> Pending => _pool.AsSpan(_pendingStart, _poolLength - _pendingStart);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Commit(long count, decimal fraction)
    {
        var ranking = Pending;
        var hash = Hash(ranking);
        var mask = _table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var index = _table[slot] - 1;
            if (index < 0)
            {
                _entries.Add(new Entry(_pendingStart, ranking.Length, hash, count, fraction));
                _table[slot] = _entries.Count;
                _pendingStart = _poolLength;
                if (_entries.Count * 2 > _table.Length) Grow();
                return;
            }

            ref var entry = ref CollectionsMarshal.AsSpan(_entries)[index];
            if (entry.Hash == hash && _pool.AsSpan(entry.Start, entry.Length).SequenceEqual(ranking))
            {
                entry.Count += count;
                entry.Fraction += fraction;
                _poolLength = _pendingStart;
                return;
            }
        }
    }

    /// <summary>Each distinct ranking with its total weight, in order of first appearance.</summary>
    public IEnumerable<(decimal Weight, ReadOnlyMemory<int> Codes)> Rankings()
    {
        foreach (var entry in _entries)
            yield return (entry.Count + entry.Fraction, _pool.AsMemory(entry.Start, entry.Length));
    }

    private static int Hash(ReadOnlySpan<int> ranking)
    {
        // Rankings are short; a multiplicative hash mixes them well enough for the table.
        var hash = (uint)ranking.Length * 0x9E3779B1u;
        foreach (var code in ranking) hash = (hash ^ (uint)code) * 0x85EBCA77u + 0xC2B2AE3Du;
        return (int)((hash ^ (hash >> 15)) & int.MaxValue);
    }

    private void Grow()
    {
        _table = new int[_table.Length * 2];
        var mask = _table.Length - 1;
        for (var i = 0; i < _entries.Count; i++)
        {
            var slot = _entries[i].Hash & mask;
            while (_table[slot] != 0) slot = (slot + 1) & mask;
            _table[slot] = i + 1;
        }
    }

    /// <summary>Whole-number weights add up in a <c>long</c>, the rest in <c>decimal</c>: both exact.</summary>
    private record struct Entry(int Start, int Length, int Hash, long Count, decimal Fraction);
}
