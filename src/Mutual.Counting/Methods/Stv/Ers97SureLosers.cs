namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// ERS97 5.2.5: the most candidates with the fewest votes that can be excluded together, their
/// votes plus all surpluses not exceeding the vote of the candidate next above, leaving enough
/// candidates to fill the places. Equal candidates are never split. Also decides 5.2.2: a
/// surplus is deferred whenever such a group exists.
/// </summary>
internal static class Ers97SureLosers
{
    public static List<int> Find(IReadOnlyList<int> continuing, decimal[] votes, decimal surplus, int maxLosers)
    {
        if (continuing.Count == 0) return [];
        // Nobody left has a vote: all can go, unless places would be left unfilled (5.2.5 a);
        // then they go one at a time, by lot, until the rest are elected (5.5.1).
        if (surplus == 0 && continuing.All(c => votes[c] == 0)) return continuing.Count <= maxLosers ? continuing.ToList() : [];

        var clusters = continuing.GroupBy(c => votes[c]).OrderBy(g => g.Key).ToList();
        var running = surplus;
        var candidates = new List<int>();
        var losers = new List<int>();
        for (var i = 0; i < clusters.Count - 1; i++)
        {
            running += clusters[i].Count() * clusters[i].Key;
            candidates.AddRange(clusters[i]);
            if (running <= clusters[i + 1].Key && candidates.Count <= maxLosers) losers = candidates.ToList();
        }

        return losers;
    }
}
