using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Results;

namespace Mutual.Counting.Tests.Meek;

/// <summary>Small elections counted by hand; the working is in the comments.</summary>
public class MeekStvHandCountTests
{
    private static MeekStvResult Count(int seats, params Ballot[] ballots)
    {
        var candidates = ballots.SelectMany(b => b.Ranks).SelectMany(r => r).Max() + 1;
        var names = "ABCDE"[..candidates].Select(c => c.ToString()).ToArray();
        return new MeekStv().CountWithKeepFactors(new Election("hand", names, seats, ballots), new CountOptions());
    }

    [Fact]
    public void Count_SurplusPassesOn_KeepFactorIsQuotaOverVoteRoundedUp()
    {
        // 7 A>B, 2 B, 3 C; 2 seats. Valid 12, quota 12/3 = 4. A (7) is elected in round 1.
        // Round 2: kf(A) = ceil(4/7) at 18 places = 0.571428571428571429; A keeps 7 × kf =
        // 4.000000000000000003 and passes 7 × 0.428571428571428571 = 2.999999999999999997 to B,
        // who then has 4.999999999999999997 > 4 and is elected.
        var result = Count(2, Ballot.Ranked(7, 0, 1), Ballot.Ranked(2, 1), Ballot.Ranked(3, 2));

        Assert.Equal([0, 1], result.Count.Elected);
        var round2 = result.Count.Stages.Single(s => s.Description.StartsWith("Round 2", StringComparison.Ordinal));
        var index = result.Count.Stages.ToList().IndexOf(round2);
        Assert.Equal(0.571428571428571429m, result.KeepFactors[index][0]);
        Assert.Equal(4.000000000000000003m, round2.Totals[0]);
        Assert.Equal(4.999999999999999997m, round2.Totals[1]);
        Assert.Equal(4m, round2.Quota);
        Assert.Equal([1], round2.Elected);
    }

    [Fact]
    public void Count_VotesExhaust_QuotaShrinks()
    {
        // 4 A, 3 B, 2 C; 1 seat. Quota 9/2 = 4.5: nobody has it and there is no surplus, so C
        // (lowest) is excluded. C's ballots name no one else: the active vote is now 7 and the
        // quota 3.5, which A's 4 exceeds.
        var result = Count(1, Ballot.Ranked(4, 0), Ballot.Ranked(3, 1), Ballot.Ranked(2, 2));

        Assert.Equal([0], result.Count.Elected);
        var stages = result.Count.Stages;
        Assert.Equal(4.5m, stages[0].Quota);
        Assert.Equal([2], stages[1].Excluded);
        Assert.Equal(3.5m, stages[2].Quota);
        Assert.Equal(2m, stages[2].NonTransferable);
        Assert.Equal([0], stages[2].Elected);
        Assert.Equal(3.5m, result.Count.Quota);
    }

    [Fact]
    public void Count_SureLosers_AreExcludedTogether()
    {
        // 11 A, 9 B, 8 C, 2 D, 1 E; 2 seats. Quota 31/3 = 10.333333333333333333; A is elected
        // with a surplus of 0.666666666666666667. E (1) plus the surplus is below D (2), and
        // E + D (3) plus the surplus is below C (8), while adding C would pass B: so D and E
        // go together as sure losers, before any keep factor is computed.
        var result = Count(2, Ballot.Ranked(11, 0), Ballot.Ranked(9, 1), Ballot.Ranked(8, 2), Ballot.Ranked(2, 3), Ballot.Ranked(1, 4));

        var batch = result.Count.Stages[2];
        Assert.Equal(StageKind.Exclusion, batch.Kind);
        Assert.Equal([3, 4], batch.Excluded);
        Assert.Contains("sure losers after 1 iteration", batch.Description, StringComparison.Ordinal);
        Assert.Equal(10.333333333333333333m, batch.Quota);
        Assert.Equal([0, 1], result.Count.Elected);
    }

    [Fact]
    public void Count_EqualRanking_SplitsTheVoteEqually()
    {
        // Droop's eq1: 5 A>B, 1 B=C, 3 C; 2 seats. The B=C ballot gives B and C half each:
        // first preferences A 5, B 0.5, C 3.5; quota 9/3 = 3, so A and C are elected at once.
        var result = Count(2, Ballot.Ranked(5, 0, 1), new Ballot(1, [[1, 2]]), Ballot.Ranked(3, 2));

        Assert.Equal([5m, 0.5m, 3.5m], result.Count.Stages[0].Totals);
        Assert.Equal([0, 2], result.Count.Elected);
    }

    [Fact]
    public void Count_ExcludedCandidate_VotesMoveToNextPreference()
    {
        // 4 C>A, 5 A, 6 B; 1 seat. Quota 15/2 = 7.5 and nobody has it; C (4) is excluded and
        // the count restarts as if C had never stood: A 9, B 6, quota still 7.5, A elected.
        var result = Count(1, Ballot.Ranked(4, 2, 0), Ballot.Ranked(5, 0), Ballot.Ranked(6, 1));

        Assert.Equal([2], result.Count.Stages[1].Excluded);
        Assert.Equal([9m, 6m, 0m], result.Count.Stages[2].Totals);
        Assert.Equal([0], result.Count.Elected);
    }
}
