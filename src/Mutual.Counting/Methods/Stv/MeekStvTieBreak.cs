using Mutual.Counting.Arithmetic;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Breaks a Meek tie for exclusion under <see cref="MeekStvTies"/>. Earlier totals are compared
/// with <see cref="MeekStvGuard"/>, so rounding noise in the 18th place never decides a tie.
/// </summary>
internal sealed class MeekStvTieBreak(MeekStvTies rule, IReadOnlyList<int>? tieOrder, ulong seed, IReadOnlyList<string> names)
{
    private readonly SplitMix64 lot = new(seed);

    public List<string> Log { get; } = [];

    public int ChooseLowest(IReadOnlyList<int> tied, IReadOnlyList<Int128[]> earlierTotals)
    {
        if (tied.Count == 1) return tied[0];
        var listed = string.Join(", ", tied.Select(c => names[c]));
        var left = tied.Order().ToList();
        if (rule == MeekStvTies.EarlierStagesThenLot)
        {
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
        }

        var declared = tieOrder?.Where(left.Contains).ToList() ?? [];
        if (declared.Count > 0)
        {
            Log.Add($"Tie for exclusion between {listed}: {names[declared[0]]} chosen by the declared tie order.");
            return declared[0];
        }

        if (rule == MeekStvTies.Droop)
        {
            Log.Add($"Tie for exclusion between {listed}: {names[left[0]]} chosen by candidate order.");
            return left[0];
        }

        var pick = left[lot.NextInt(left.Count)];
        Log.Add($"Tie for exclusion between {listed}: {names[pick]} chosen by lot (seed {seed}).");
        return pick;
    }
}
