using Mutual.Counting.Arithmetic;

namespace Mutual.Counting.Methods.Stv;

/// <summary>Which candidate moves next, and moving their papers (rules 48-51).</summary>
internal sealed partial class ScottishStvCount
{
    /// <summary>The elected candidate with the largest surplus still to transfer, or -1 (rule 49).</summary>
    private int NextSurplus()
    {
        if (_surplusesToTransfer.Count == 0) return -1;
        var highest = _surplusesToTransfer.Max(c => _totals[c]);
        var tied = _surplusesToTransfer.Where(c => _totals[c] == highest).ToList();
        var chosen = _ties.Choose(tied, TiePreference.Highest, _history, _stages.Count + 1, "surplus");
        _surplusesToTransfer.Remove(chosen);
        return chosen;
    }

    /// <summary>The continuing candidate with the fewest votes (rules 50-51).</summary>
    private int NextExclusion()
    {
        var lowest = Continuing.Min(c => _totals[c]);
        var tied = Continuing.Where(c => _totals[c] == lowest).ToList();
        return _ties.Choose(tied, TiePreference.Lowest, _history, _stages.Count + 1, "exclusion");
    }

    /// <summary>
    /// Rule 48: every paper the candidate holds moves on at (surplus × its value) ÷ total,
    /// truncated to five places; the candidate keeps exactly the quota. What truncation loses
    /// is kept apart as the residual so that the totals still add up.
    /// </summary>
    private void TransferSurplus(int candidate)
    {
        var total = _totals[candidate];
        var surplus = total - _quota;
        var moved = MovePapers(candidate, unit => FixedPoint.MulDiv(unit, surplus, total));
        _totals[candidate] = _quota;
        _residual += surplus - moved;
    }

    /// <summary>Rule 50: an excluded candidate's papers all move at the value they arrived with.</summary>
    private void TransferAll(int candidate)
    {
        var total = _totals[candidate];
        var moved = MovePapers(candidate, null);
        _totals[candidate] = 0;
        _residual += total - moved;
    }

    /// <summary>Moves every paper <paramref name="candidate"/> holds; returns the value that moved, transferable or not.</summary>
    private long MovePapers(int candidate, Func<long, long>? newUnitValue)
    {
        var parcel = _parcels[candidate];
        _parcels[candidate] = [];
        var before = _nonTransferable + Continuing.Sum(c => _totals[c]);
        foreach (var b in parcel)
        {
            if (newUnitValue is not null) _unitValue[b] = newUnitValue(_unitValue[b]);
            Place(b);
        }
        return _nonTransferable + Continuing.Sum(c => _totals[c]) - before;
    }
}
