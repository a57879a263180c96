using Mutual.Counting.Ballots;

namespace Mutual.Counting.Parsing;

/// <summary>
/// Turns the aggregator's encoded rankings into <see cref="Ballot"/>s. Strict ranks share one
/// single-candidate list per candidate, so a ballot costs one array rather than one per rank.
/// </summary>
internal sealed class BallotBuilder(int candidates)
{
    private readonly IReadOnlyList<int>[] _singles =
        Enumerable.Range(0, candidates).Select(c => (IReadOnlyList<int>)new[] { c }).ToArray();

    public List<Ballot> Build(BallotAggregator aggregator)
    {
        var ballots = new List<Ballot>(aggregator.Count);
        foreach (var (weight, codes) in aggregator.Rankings())
        {
            if (weight != 0) ballots.Add(new Ballot(weight, Ranks(codes.Span)));
        }
        return ballots;
    }

    private IReadOnlyList<int>[] Ranks(ReadOnlySpan<int> codes)
    {
        var rankCount = 0;
        foreach (var code in codes)
            if (code > 0) rankCount++;

        var ranks = new IReadOnlyList<int>[rankCount];
        var rank = -1;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] > 0)
            {
                ranks[++rank] = _singles[codes[i] - 1];
                continue;
            }

            var group = new List<int>(ranks[rank]) { -codes[i] - 1 };
            ranks[rank] = group;
        }
        return ranks;
    }
}
