namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Breaks a tie for exclusion. A declared tie order (Droop's <c>[tie ...]</c>) is the returning
/// officer's order fixed before the count, so it decides at once, the first listed being chosen,
/// as in Droop. Otherwise <see cref="MeekStvTies"/> says what decides.
/// </summary>
internal sealed class MeekStvTieBreak(MeekStvTies rule, IReadOnlyList<int>? tieOrder, ulong seed, IReadOnlyList<string> names)
{
    private readonly ulong seed = seed;
    private readonly MeekStvLot lot = new(seed);

    public List<string> Log { get; } = [];

    public int ChooseLowest(IReadOnlyList<int> tied, IReadOnlyList<Int128[]> earlierTotals)
    {
        if (tied.Count == 1) return tied[0];
        var listed = string.Join(", ", tied.Select(c => names[c]));
        if (tieOrder is { Count: > 0 })
        {
            var chosen = tied.OrderBy(c => PlaceInTieOrder(c)).ThenBy(c => c).First();
            Log.Add($"Tie for exclusion between {listed}: {names[chosen]} chosen by the declared tie order.");
            return chosen;
        }

        if (rule == MeekStvTies.CandidateOrder)
        {
            Log.Add($"Tie for exclusion between {listed}: {names[tied.Min()]} chosen by candidate order.");
            return tied.Min();
        }

        var left = tied.ToList();
        for (var s = earlierTotals.Count - 1; s >= 0 && left.Count > 1; s--)
        {
            var totals = earlierTotals[s];
            var low = left.Min(c => totals[c]);
            left = left.Where(c => MeekStvGuard.Same(totals[c], low)).ToList();
            if (left.Count == 1)
            {
                Log.Add($"Tie for exclusion between {listed}: {names[left[0]]} had fewest votes at stage {s + 1}.");
                return left[0];
            }
        }

        var pick = left[lot.Below(left.Count)];
        Log.Add($"Tie for exclusion between {listed}: {names[pick]} chosen by lot (seed {seed}).");
        return pick;
    }

    private int PlaceInTieOrder(int candidate)
    {
        for (var i = 0; i < tieOrder!.Count; i++)
        {
            if (tieOrder[i] == candidate) return i;
        }

        return int.MaxValue;
    }
}
