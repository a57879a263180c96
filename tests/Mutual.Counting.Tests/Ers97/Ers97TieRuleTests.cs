using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Parsing;
using Mutual.Counting.Results;

namespace Mutual.Counting.Tests.Ers97;

/// <summary>
/// ERS97 breaks ties by looking forward from the start: "the candidate who had the fewest
/// [for a surplus: the greatest] votes at the first stage or at the earliest point in the count,
/// after the transfer of a batch of papers, where they had unequal votes" (5.2.3 for surpluses,
/// 5.2.5 for exclusions, 5.6.2 for election). The Scottish rules look back instead, to the most
/// recent stage at which the votes differed. These elections are built so that the two differ:
/// Xavier is behind Yvonne at the first stage, ahead after the first exclusion, and level with
/// her when the tie has to be broken. The counts were worked by hand; the working is below.
/// </summary>
public class Ers97TieRuleTests
{
    private static Election Read(string blt) => BltReader.Read(new StringReader(blt));

    // 1 seat. First preferences: Xavier 6, Yvonne 7, Zed 4, Walter 5, Beth 15; total 37, so the
    // quota is 37/2 = 18.50 (5.1.6) and nobody has it.
    // Stage 2: Zed (4) is lowest; Zed + Walter (9) would pass Xavier (6), so Zed goes alone (5.2.5)
    // and his 4 papers go to Xavier: X 10, Y 7, W 5, B 15.
    // Stage 3: Walter (5) is lowest; Walter + Yvonne (12) would pass Xavier (10), so he goes alone:
    // 4 papers to Yvonne, 1 to Xavier: X 11, Y 11, B 15. Still nobody has 18.50.
    // Stage 4: Xavier and Yvonne tie for exclusion (together, 22, they pass Beth, so one goes).
    // The earliest point where they differ is the first stage, X 6 < Y 7: Xavier is excluded, and
    // his 11 papers all go to Yvonne: 22 ≥ 18.50, Yvonne elected. (Looking back instead, the latest
    // difference is after stage 2, X 10 > Y 7: Yvonne would go and Xavier win with 22.)
    private const string ExclusionTie = """
        5 1
        4 3 1 2 0
        4 4 2 1 0
        1 4 1 2 0
        6 1 2 0
        7 2 1 0
        15 5 0
        0
        "Xavier"
        "Yvonne"
        "Zed"
        "Walter"
        "Beth"
        "Exclusion tie"
        """;

    // 3 seats. First preferences: Xavier 6, Yvonne 7, Zed 4, Walter 5, Beth 9, Carol 10; total 41,
    // quota 41/4 = 10.25 (5.1.6), nobody has it.
    // Stage 2: Zed (4) goes alone (Zed + Walter, 9, would pass Xavier's 6); his 4 papers go to
    // Xavier: X 10, Y 7, W 5, B 9, C 10. Nobody has 10.25.
    // Stage 3: Walter (5) goes alone (with Yvonne, 12, he would pass Beth's 9): 4 papers W>Y>C
    // to Yvonne, 1 paper W>X>B to Xavier: X 11, Y 11, both elected with equal surpluses of 0.75.
    // The surpluses (1.50) exceed the gap between Beth and Carol (1) and Beth + 1.50 passes Carol,
    // so they are not deferred (5.2.2). Stage 4 transfers one of them: the earliest point where X and
    // Y differ is the first stage, Y 7 > X 6, so Yvonne's goes first (5.2.3). Her last parcel is the
    // 4 papers from Walter, next preference Carol: 0.75 / 4 = 0.1875, so 0.18 a paper, Carol
    // +0.72 = 10.72 ≥ 10.25, elected, and all three places are filled. (Looking back, X 10 > Y 7
    // after stage 2 would send Xavier's surplus first: his one paper from Walter, to Beth.)
    private const string SurplusTie = """
        6 3
        4 3 1 0
        4 4 2 6 0
        1 4 1 5 0
        6 1 0
        7 2 0
        9 5 0
        10 6 0
        0
        "Xavier"
        "Yvonne"
        "Zed"
        "Walter"
        "Beth"
        "Carol"
        "Surplus tie"
        """;

    [Fact]
    public void Count_ExclusionTieThatDifferedFirstOneWayThenTheOther_ExcludesTheOneLowerAtTheFirstStage()
    {
        var result = new Ers97Stv().Count(Read(ExclusionTie), new CountOptions());

        Assert.Equal([10m, 7m, 0m, 5m, 15m], result.Stages[1].Totals);
        Assert.Equal([11m, 11m, 0m, 0m, 15m], result.Stages[2].Totals);
        var tie = result.Stages[3];
        Assert.Equal(StageKind.Exclusion, tie.Kind);
        Assert.Equal([0], tie.Excluded);
        Assert.Equal([0m, 22m, 0m, 0m, 15m], tie.Totals);
        Assert.Equal([1], result.Elected);
        Assert.Contains(result.Ties, t => t.Contains("point 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_SameElectionUnderScottishRules_LooksBackAndExcludesTheOther()
    {
        // SSI 2007/42 rule 51(2): the most recent stage with unequal votes, stage 2 (X 10 > Y 7),
        // so Yvonne is excluded and her 11 papers elect Xavier. Quota floor(37/2) + 1 = 19.
        var result = new ScottishStv().Count(Read(ExclusionTie), new CountOptions());

        Assert.Equal([0], result.Elected);
    }

    [Fact]
    public void Count_EqualSurplusesThatDifferedFirstOneWayThenTheOther_TransfersTheOneAheadAtTheFirstStage()
    {
        var result = new Ers97Stv().Count(Read(SurplusTie), new CountOptions());

        Assert.Equal([11m, 11m, 0m, 0m, 9m, 10m], result.Stages[2].Totals);
        Assert.Equal([0, 1], result.Stages[2].Elected);
        var surplus = result.Stages[3];
        Assert.Equal(StageKind.Surplus, surplus.Kind);
        Assert.Equal([1], surplus.From);
        Assert.Equal([11m, 10.25m, 0m, 0m, 9m, 10.72m], surplus.Totals);
        Assert.Equal([0, 1, 5], result.Elected);
        Assert.Contains(result.Ties, t => t.Contains("point 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_TwoReachTheThresholdForOnePlaceEqualAtEveryPoint_NeitherIsElectedAtThatStage()
    {
        // 1 seat: Ann 4, Bob 4, Cat 1; quota 9/2 = 4.50. Cat is excluded and her paper names no one,
        // so the quota is recalculated on 8 votes: 4.00 (5.4.8). Ann and Bob both reach it, with one
        // place, and were equal at every point: under 5.6.2 neither is deemed elected at that stage
        // (no lot for the place). The count goes on: one of them is excluded (by lot, 5.2.5), and
        // the other, alone, is elected on the quota recalculated again.
        var result = new Ers97Stv().Count(Read("3 1\n4 1 0\n4 2 0\n1 3 0\n0\n\"Ann\"\n\"Bob\"\n\"Cat\"\n\"Always equal\"\n"), new CountOptions());

        Assert.Equal(4m, result.Stages[1].Quota);
        Assert.Equal([4m, 4m, 0m], result.Stages[1].Totals);
        Assert.Empty(result.Stages[1].Elected);
        Assert.Contains(result.Ties, t => t.Contains("none is deemed elected", StringComparison.Ordinal));
        var excluded = Assert.Single(result.Stages[2].Excluded);
        var winner = Assert.Single(result.Elected);
        Assert.Equal([0, 1], new[] { excluded, winner }.Order());
    }
}
