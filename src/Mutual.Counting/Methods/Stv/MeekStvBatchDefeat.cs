namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// Sure losers (Droop's <c>defeat_batch=safe</c>): the largest group of lowest candidates whose
/// votes together with the whole surplus stay below the next candidate up, so no transfer could
/// save any of them. Candidates within the surplus of each other are never split, and enough
/// hopefuls are left to fill the seats.
/// </summary>
internal static class MeekStvBatchDefeat
{
    public static IReadOnlyList<int> SureLosers(IReadOnlyList<int> hopeful, Int128[] votes, Int128 surplus, int seatsLeft)
    {
        var groups = new List<List<int>>();
        var group = new List<int>();
        var groupVote = Int128.Zero;
        foreach (var c in hopeful.OrderBy(c => votes[c]).ThenBy(c => c))
        {
            if (MeekStvGuard.AtLeast(groupVote + surplus, votes[c]))
            {
                group.Add(c);
                continue;
            }

            if (group.Count > 0) groups.Add(group);
            group = [c];
            groupVote = votes[c];
        }

        if (group.Count > 0) groups.Add(group);

        var maxDefeat = hopeful.Count - seatsLeft;
        var defeated = 0;
        var cumulative = Int128.Zero;
        var last = -1;
        for (var g = 0; g < groups.Count - 1; g++)
        {
            defeated += groups[g].Count;
            if (defeated > maxDefeat) break;
            cumulative += groups[g].Aggregate(Int128.Zero, (sum, c) => sum + votes[c]);
            if (MeekStvGuard.Below(cumulative + surplus, votes[groups[g + 1][0]])) last = g;
        }

        return groups.Take(last + 1).SelectMany(g => g).Order().ToList();
    }
}
