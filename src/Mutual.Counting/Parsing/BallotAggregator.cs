using System.Runtime.CompilerServices;

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
    private int _count;
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private long[] _wholeWeights = new long[256];
    private decimal[]? _fractions;
    private PackedRankingIndex? _packed;

    /// <summary>Each slot holds the hash (high half) and 1 + the ranking's index (low half); 0 is empty.</summary>
    private ulong[] _table = new ulong[1024];

    public int Count => _count;

    /// <summary>Starts a new ranking; <see cref="Add"/> then <see cref="Commit"/> complete it.</summary>
    public void Begin() => _poolLength = _pendingStart;

    public void Add(int code)
    {
        if (_poolLength == _pool.Length) Array.Resize(ref _pool, _pool.Length * 2);
        _pool[_poolLength++] = code;
    }

    /// <summary>The codes added since <see cref="Begin"/>.</summary>
    public ReadOnlySpan<int> Pending => _pool.AsSpan(_pendingStart, _poolLength - _pendingStart);

    /// <summary>Whole-number weights add up in a <c>long</c>, any fractions in <c>decimal</c>: both exact.</summary>
    public void Commit(long count, decimal fraction)
    {
        var ranking = Pending;
        var index = Find(ranking, out var slot, out var hash);
        if (index >= 0)
        {
            _wholeWeights[index] += count;
            _poolLength = _pendingStart;
        }
        else
        {
            index = Insert(slot, hash, ranking.Length, count);
        }
        if (fraction != 0) AddFraction(index, fraction);
    }

    /// <summary>
    /// Adds a whole ranking with a whole weight in one call (the path for rankings parsed
    /// elsewhere, not built with <see cref="Add"/>) and returns the ranking's index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Merge(ReadOnlySpan<int> ranking, long count)
    {
        var index = Find(ranking, out var slot, out var hash);
        if (index >= 0)
        {
            _wholeWeights[index] += count;
            return index;
        }
        if (_pendingStart + ranking.Length > _pool.Length)
            Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _pendingStart + ranking.Length));
        ranking.CopyTo(_pool.AsSpan(_pendingStart));
        _poolLength = _pendingStart + ranking.Length;
        return Insert(slot, hash, ranking.Length, count);
    }

    /// <summary>
    /// As <see cref="Merge(ReadOnlySpan{int}, long)"/>, for a ranking that <paramref name="key"/>
    /// identifies on its own, packed the same way for every ranking of this aggregator.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Merge(ulong key, ReadOnlySpan<int> ranking, long count)
    {
        _packed ??= new PackedRankingIndex();
        var index = _packed.Find(key);
        if (index >= 0) _wholeWeights[index] += count;
        else _packed.Add(key, Merge(ranking, count));
    }

    /// <summary>
    /// Adds another aggregator's rankings in their order, so that merging the tables of consecutive
    /// stretches of a file keeps the order of first appearance in the whole file.
    /// </summary>
    public void MergeAll(BallotAggregator other)
    {
        for (var i = 0; i < other._count; i++)
        {
            var index = Merge(other._pool.AsSpan(other._starts[i], other._lengths[i]), other._wholeWeights[i]);
            if (other._fractions is { } fractions && fractions[i] != 0) AddFraction(index, fractions[i]);
        }
    }

    /// <summary>The ranking's index, or -1 with <paramref name="slot"/> the empty slot where it belongs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<int> ranking, out int slot, out uint hash)
    {
        hash = Hash(ranking);
        var mask = _table.Length - 1;
        for (slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _table[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) != hash) continue;
            var index = (int)(uint)entry - 1;
            if (_pool.AsSpan(_starts[index], _lengths[index]).SequenceEqual(ranking)) return index;
        }
    }

    /// <summary>Files the ranking now pending in the pool as a new one and returns its index.</summary>
    private int Insert(int slot, uint hash, int length, long count)
    {
        _table[slot] = ((ulong)hash << 32) | (uint)(_count + 1);
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
            Array.Resize(ref _wholeWeights, _count * 2);
            if (_fractions is not null) Array.Resize(ref _fractions, _count * 2);
        }
        _starts[_count] = _pendingStart;
        _lengths[_count] = length;
        _wholeWeights[_count] = count;
        _pendingStart = _poolLength;
        if (++_count * 2 > _table.Length) Grow();
        return _count - 1;
    }

    /// <summary>Each distinct ranking with its total weight, in order of first appearance.</summary>
    public IEnumerable<(decimal Weight, ReadOnlyMemory<int> Codes)> Rankings()
    {
        for (var i = 0; i < _count; i++)
            yield return (_wholeWeights[i] + (_fractions?[i] ?? 0m), _pool.AsMemory(_starts[i], _lengths[i]));
    }

    private void AddFraction(int index, decimal fraction)
    {
        _fractions ??= new decimal[_starts.Length];
        _fractions[index] += fraction;
    }

    private static uint Hash(ReadOnlySpan<int> ranking)
    {
        var hash = (uint)ranking.Length;
        foreach (var code in ranking) hash = (hash ^ (uint)code) * 0x9E3779B1u;
        // MurmurHash3's finaliser: the table indexes by the low bits, which a product alone mixes poorly.
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash;
    }

    private void Grow()
    {
        var old = _table;
        _table = new ulong[old.Length * 2];
        var mask = _table.Length - 1;
        foreach (var entry in old)
        {
            if (entry == 0) continue;
            var slot = (int)(entry >> 32) & mask;
            while (_table[slot] != 0) slot = (slot + 1) & mask;
            _table[slot] = entry;
        }
    }
}
