namespace Mutual.Counting.Methods.Stv;

/// <summary>
/// One pass of Meek's distribution (Hill, Wichmann and Woodall 1987, step 2): each ballot starts
/// at value 1; every candidate it reaches keeps its keep factor's share of what is left and passes
/// on the rest. Shares are truncated. What reaches no one is non-transferable; what truncation
/// drops is the residual; so the candidates' votes plus both always equal the valid vote.
/// </summary>
internal static class MeekStvDistribution
{
    private const ulong One = MeekStvFixedPoint.One;

    /// <summary>Fills <paramref name="votes"/>; returns the non-transferable vote and the residual.</summary>
    public static (Int128 NonTransferable, Int128 Residual) Distribute(MeekStvBallots ballots, ulong[] keep, Int128[] votes)
    {
        Array.Clear(votes);
        var exhausted = Int128.Zero;
        var residual = Int128.Zero;
        var start = ballots.Start;
        var candidates = ballots.Candidates;
        for (var b = 0; b < ballots.StrictCount; b++)
        {
            var parcel = ballots.Weights[b];
            var left = One;
            var lost = 0UL;
            var given = Int128.Zero;
            for (var j = start[b]; j < start[b + 1] && left != 0; j++)
            {
                var c = candidates[j];
                var kf = keep[c];
                if (kf == 0) continue;
                if (kf == One)
                {
                    var all = parcel.Times(left);
                    votes[c] += all;
                    given += all;
                    left = 0;
                    break;
                }

                var kept = MeekStvFixedPoint.MulFloor(left, kf);
                var passed = MeekStvFixedPoint.MulFloor(left, One - kf);
                var share = parcel.Times(kept);
                votes[c] += share;
                given += share;
                lost += left - kept - passed;
                left = passed;
            }

            exhausted += parcel.Times(left);
            // With whole-vote parcels this is exactly what truncation dropped; a fractional
            // parcel's shares are truncated again, so take the remainder instead.
            residual += parcel.Fraction == 0 ? parcel.Times(lost) : parcel.Times(One) - given - parcel.Times(left);
        }

        foreach (var (ranks, weight) in ballots.EqualRanked)
        {
            var before = votes.Aggregate(Int128.Zero, (sum, v) => sum + v);
            var (left, lost) = SplitDown(ranks, 0, One, weight, keep, votes);
            var given = votes.Aggregate(Int128.Zero, (sum, v) => sum + v) - before;
            exhausted += weight.Times(left);
            residual += weight.Fraction == 0 ? weight.Times(lost) : weight.Times(One) - given - weight.Times(left);
        }

        return (exhausted, residual);
    }

    /// <summary>
    /// Equal rankings share the value reaching them equally, each share then following the rest
    /// of the ballot on its own (Droop's rule). Returns the value that reached no one and the
    /// value truncation dropped.
    /// </summary>
    private static (ulong Left, ulong Lost) SplitDown(int[][] ranks, int rank, ulong value, MeekStvWeight weight, ulong[] keep, Int128[] votes)
    {
        while (rank < ranks.Length && !ranks[rank].Any(c => keep[c] != 0)) rank++;
        if (value == 0 || rank == ranks.Length) return (value, 0);

        var open = ranks[rank].Where(c => keep[c] != 0).ToArray();
        var share = value / (ulong)open.Length;
        var (left, lost) = (0UL, value - share * (ulong)open.Length);
        foreach (var c in open)
        {
            var kept = MeekStvFixedPoint.MulFloor(share, keep[c]);
            var passed = MeekStvFixedPoint.MulFloor(share, One - keep[c]);
            votes[c] += weight.Times(kept);
            var (onLeft, onLost) = SplitDown(ranks, rank + 1, passed, weight, keep, votes);
            left += onLeft;
            lost += share - kept - passed + onLost;
        }

        return (left, lost);
    }
}
