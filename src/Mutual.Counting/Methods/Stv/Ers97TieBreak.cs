using Mutual.Counting.Arithmetic;

namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// ERS97 ties (5.2.3, 5.2.5, 5.6.2): the candidates are compared at the first stage, then at each
/// later point of the count (after each batch of papers) in turn, until they differ; if they were
/// equal at every point, a declared tie order decides, or else lot with the seeded generator;
/// except for the last place of those reaching the threshold, where none of them is elected (5.6.2).
/// </summary>
internal sealed class Ers97TieBreak(IReadOnlyList<int>? tieOrder, ulong seed, IReadOnlyList<string> names)
{
    private readonly SplitMix64 lot = new(seed);

    public List<string> Log { get; } = [];

    /// <summary>The one with the fewest (or, with <paramref name="most"/>, the most) votes.</summary>
    public int Choose(IReadOnlyList<int> candidates, decimal[] now, IReadOnlyList<decimal[]> earlier, bool most, string what)
    {
        var tied = Extreme(candidates, now, most);
        if (tied.Count == 1) return tied[0];
        if (ByHistory(tied, earlier, most, what) is int chosen) return chosen;

        var listed = string.Join(", ", tied.Select(c => names[c]));
        var declared = tieOrder?.Where(tied.Contains).ToList() ?? [];
        if (declared.Count > 0)
        {
            Log.Add($"Tie for {what} between {listed}: {names[declared[0]]} chosen by the declared tie order.");
            return declared[0];
        }

        var pick = tied[lot.NextInt(tied.Count)];
        Log.Add($"Tie for {what} between {listed}: {names[pick]} chosen by lot (seed {seed}).");
        return pick;
    }

    /// <summary>
    /// 5.6.2: the candidate with the fewest votes, of those over the threshold, loses the last
    /// place, looking back as for other ties; but candidates equal at every point are neither
    /// chosen nor passed over by lot: none of them is deemed elected at this stage. Returns
    /// those who lose the place (one, or all the ones that were always equal).
    /// </summary>
    public List<int> LosersOfTheLastPlace(IReadOnlyList<int> candidates, decimal[] now, IReadOnlyList<decimal[]> earlier)
    {
        var tied = Extreme(candidates, now, most: false);
        if (tied.Count == 1) return tied;
        if (ByHistory(tied, earlier, most: false, "the last place") is int chosen) return [chosen];

        tied = earlier.Aggregate(tied, (still, point) => Extreme(still, point, most: false));
        Log.Add($"Tie for the last place between {string.Join(", ", tied.Select(c => names[c]))}: equal at every point, so none is deemed elected at this stage (5.6.2).");
        return tied;
    }

    /// <summary>The earliest point where the tied candidates' votes differ decides, narrowing the tie each time.</summary>
    private int? ByHistory(List<int> tied, IReadOnlyList<decimal[]> earlier, bool most, string what)
    {
        var listed = string.Join(", ", tied.Select(c => names[c]));
        for (var point = 0; point < earlier.Count; point++)
        {
            tied = Extreme(tied, earlier[point], most);
            if (tied.Count == 1)
            {
                Log.Add($"Tie for {what} between {listed}: broken at point {point + 1} of the count in favour of choosing {names[tied[0]]}.");
                return tied[0];
            }
        }
        return null;
    }

    private static List<int> Extreme(IReadOnlyList<int> candidates, decimal[] votes, bool most)
    {
        var target = most ? candidates.Max(c => votes[c]) : candidates.Min(c => votes[c]);
        return candidates.Where(c => votes[c] == target).ToList();
    }
}
