using System.Text;
using System.Text.Json;

namespace Mutual.Bench.Polls;

/// <summary>
/// Ballot bodies for the code-voting endpoint: deterministic random rankings with a popularity
/// skew (so the STV count has surpluses and exclusions to do), most ballots ranking 2–5 candidates.
/// </summary>
internal static class RandomRankings
{
    public static byte[][] Bodies(string society, Guid poll, IReadOnlyList<string> codes, int candidates, int seed = 2026)
    {
        var random = new Random(seed);
        var bodies = new byte[codes.Count][];
        for (var i = 0; i < codes.Count; i++)
        {
            var ranking = Ranking(random, candidates);
            bodies[i] = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { society, pollId = poll, code = codes[i], ranking }));
        }

        return bodies;
    }

    private static int[] Ranking(Random random, int candidates)
    {
        var weights = Enumerable.Range(1, candidates).Select(c => (Candidate: c, Key: random.NextDouble() * (candidates + 1 - c))).ToArray();
        var length = Math.Min(candidates, 1 + random.Next(5));
        return [.. weights.OrderByDescending(w => w.Key).Take(length).Select(w => w.Candidate)];
    }
}
