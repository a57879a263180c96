using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Simple;
using Mutual.Counting.Results;
using static Mutual.Counting.Tests.Simple.Ballots;

namespace Mutual.Counting.Tests.Simple;

public class IrvTests
{
    private static readonly Irv Method = new();

    [Fact]
    public void Count_NoFirstRoundMajority_ExcludesLowestUntilMajority()
    {
        // 20 votes. Stage 1: A 8, B 5, C 4, D 3, no one over 10. D out -> C 7.
        // Stage 2: A 8, B 5, C 7. B out -> C 12. Stage 3: A 8, C 12 > 10: C elected.
        var election = Of(1, Ranked(8m, A), Ranked(5m, B, C), Ranked(4m, C, B), Ranked(3m, D, C));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([C], result.Elected);
        Assert.Equal(3, result.Stages.Count);
        Assert.Equal([D], result.Stages[1].Excluded);
        Assert.Equal([B], result.Stages[2].Excluded);
        Assert.Equal([8m, 0m, 12m, 0m], result.Stages[2].Totals);
        Assert.Equal([0m, -5m, 5m, 0m], result.Stages[2].Transfers);
        Assert.Equal(CandidateState.Elected, result.Stages[2].States[C]);
    }

    [Fact]
    public void Count_ExhaustedBallots_MajorityOfVotesStillInTheCount()
    {
        // Stage 1: A 6, B 5, C 4, D 0 of 15, no one over 7.5. D out, then C, whose ballots go
        // nowhere. Stage 3: A 6 of the 11 left, more than 5.5: A elected, 4 non-transferable.
        var election = Of(1, Ranked(6m, A), Ranked(5m, B), Ranked(4m, C));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([A], result.Elected);
        Assert.Equal(4m, result.Stages[^1].NonTransferable);
        Assert.Equal(4m, result.Stages[^1].NonTransferableChange);
    }

    [Fact]
    public void Count_TieForLowest_ExcludesTheOneLowerAtAnEarlierStage()
    {
        // Stage 1: A 6, B 4, C 3, D 1; D out -> C 4. Stage 2: B and C tie on 4; at stage 1 C had 3 < 4: C out.
        var election = Of(1, Ranked(6m, A), Ranked(4m, B), Ranked(3m, C), Ranked(1m, D, C));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([C], result.Stages[2].Excluded);
        Assert.Contains("stage 1", Assert.Single(result.Ties), StringComparison.Ordinal);
        Assert.Equal([A], result.Elected);
    }

    [Fact]
    public void Count_TieWithNoHistory_BrokenByLotAndRecorded()
    {
        var election = new Mutual.Counting.Ballots.Election("tie", ["A", "B"], 1, [Ranked(2m, A), Ranked(2m, B)]);

        var first = Method.Count(election, new CountOptions(Seed: 7));
        var again = Method.Count(election, new CountOptions(Seed: 7));

        Assert.Single(first.Elected);
        Assert.Equal(first.Elected, again.Elected);
        Assert.Contains("by lot", Assert.Single(first.Ties), StringComparison.Ordinal);
    }

    [Fact]
    public void Count_NextRankHoldsEqualCandidates_BallotBecomesNonTransferable()
    {
        // Stage 1: A 5, B 4, C 2, D 0 of 11. D out (nothing moves), then C; C's ballot ranks
        // A = B next, so it goes nowhere. Stage 3: A 5 of 9 left, more than 4.5: A elected.
        var equalNext = new Mutual.Counting.Ballots.Ballot(2m, [[C], [A, B]]);
        var election = Of(1, Ranked(5m, A), Ranked(4m, B), equalNext);

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([A], result.Elected);
        Assert.Equal(3, result.Stages.Count);
        Assert.Equal([C], result.Stages[2].Excluded);
        Assert.Equal(2m, result.Stages[2].NonTransferable);
    }

    [Fact]
    public void Count_MoreThanOneSeat_RefusesAndNamesStv()
    {
        var election = Of(2, Ranked(1m, A));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Method.Count(election, new CountOptions()));

        Assert.Contains("STV", error.Message, StringComparison.Ordinal);
    }
}
