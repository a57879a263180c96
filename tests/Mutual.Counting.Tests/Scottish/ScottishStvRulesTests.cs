using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Counting.Results;

namespace Mutual.Counting.Tests.Scottish;

/// <summary>Small counts worked by hand against the rules of SSI 2007/42.</summary>
public class ScottishStvRulesTests
{
    private static CountResult Count(string blt, ulong seed = 1, int? seats = null) =>
        new ScottishStv().Count(BltReader.Read(new StringReader(blt)), new CountOptions(seats, seed));

    [Fact]
    public void Count_SurplusTransfer_UsesTruncatedTransferValues()
    {
        // 2 seats, 10 votes: quota floor(10/3)+1 = 4. A has 7: surplus 3, each paper 3/7 = 0.42857.
        // 4 papers go on to B (1.71428), 3 to C (1.28571); 3 - 2.99999 = 0.00001 is lost to truncation.
        var result = Count("3 2\n4 1 2 0\n3 1 3 0\n3 3 0\n0\nA\nB\nC\nT\n");

        var surplus = result.Stages[1];
        Assert.Equal(4m, result.Quota);
        Assert.Equal(StageKind.Surplus, surplus.Kind);
        Assert.Equal([4m, 1.71428m, 4.28571m], surplus.Totals);
        Assert.Equal([-3m, 1.71428m, 1.28571m], surplus.Transfers);
        Assert.Equal(0.00001m, surplus.Residual);
        Assert.Equal([2], surplus.Elected);
        Assert.Equal([0, 2], result.Elected);
    }

    [Fact]
    public void Count_ExclusionWithEveryStageEqual_BreaksTheTieByLotAndRecordsIt()
    {
        // A and B tie at every stage: rule 51(2)(b), by lot. SplitMix64(1)'s first draw is odd, picking B.
        var byLot = Count("2 1\n1 1 0\n1 2 0\n0\nA\nB\nT\n", seed: 1);
        var otherSeed = Count("2 1\n1 1 0\n1 2 0\n0\nA\nB\nT\n", seed: 2);

        Assert.Equal([0], byLot.Elected);
        Assert.Equal([1], otherSeed.Elected);
        Assert.Equal(1UL, byLot.Seed);
        var tie = Assert.Single(byLot.Ties);
        Assert.Contains("by lot (seed 1)", tie, StringComparison.Ordinal);
        Assert.Equal(tie, byLot.Stages[1].Note);
    }

    [Fact]
    public void Count_TieOrderGiven_ChoosesTheFirstListedInsteadOfLot()
    {
        var result = Count("2 1\n[tie 1 2]\n1 1 0\n1 2 0\n0\nA\nB\nT\n", seed: 1);

        Assert.Equal([1], result.Elected);
        Assert.Contains("tie order", Assert.Single(result.Ties), StringComparison.Ordinal);
    }

    [Fact]
    public void Count_ExclusionTie_GoesByTheMostRecentStageWhereVotesDiffered()
    {
        // Droop's weak-defeat case: after A goes, B (2+1) and C (3) tie; B had fewer at stage 1.
        var result = Count("5 2\n1 1 2 0\n2 2 0\n3 3 0\n4 4 0\n5 5 0\n0\nA\nB\nC\nD\nE\nT\n");

        Assert.Equal("Exclusion of B", result.Stages[2].Description);
        Assert.Contains("votes at stage 1", result.Ties[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Count_ContinuingEqualSeatsLeft_ElectsThemWithoutFurtherTransfer()
    {
        // Quota floor(9/3)+1 = 4: A has exactly 4, so no surplus stage. C is excluded; then B alone
        // continues for the one seat left and is elected below the quota (rule 52).
        var result = Count("3 2\n4 1 0\n3 2 0\n2 3 1 0\n0\nA\nB\nC\nT\n");

        Assert.Equal(4m, result.Quota);
        Assert.Equal(2, result.Stages.Count);
        Assert.Equal([0], result.Stages[0].Elected);
        Assert.Equal([1], result.Stages[1].Elected);
        Assert.Equal([2], result.Stages[1].Excluded);
        Assert.Equal(2m, result.Stages[1].NonTransferable);
    }

    [Fact]
    public void Count_WithdrawnCandidate_IsSkippedOnEveryPaper()
    {
        var result = Count("3 1\n-2\n2 2 3 0\n1 1 0\n0\nA\nB\nC\nT\n");

        Assert.Equal(CandidateState.Withdrawn, result.Stages[0].States[1]);
        Assert.Equal([1m, 0m, 2m], result.Stages[0].Totals);
        Assert.Equal([2], result.Elected);
    }

    [Fact]
    public void Count_SeatsOption_OverridesTheFile()
    {
        var result = Count("3 1\n4 1 0\n3 2 0\n2 3 0\n0\nA\nB\nC\nT\n", seats: 2);

        Assert.Equal(2, result.Seats);
        Assert.Equal(4m, result.Quota);
        Assert.Equal([0, 1], result.Elected);
    }

    [Fact]
    public void Count_WeightedBallots_CountTheirWeight()
    {
        var result = Count("2 1\n2.5 1 0\n2 2 0\n0\nA\nB\nT\n");

        Assert.Equal(4.5m, result.ValidVotes);
        Assert.Equal(3m, result.Quota);
        Assert.Equal([2.5m, 2m], result.Stages[0].Totals);
    }
}
