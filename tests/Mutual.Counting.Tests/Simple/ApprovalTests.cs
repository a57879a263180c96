using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Simple;
using static Mutual.Counting.Tests.Simple.Ballots;

namespace Mutual.Counting.Tests.Simple;

public class ApprovalTests
{
    private static readonly Approval Method = new();

    [Fact]
    public void Count_WeightedApprovals_ElectsMostApprovedInOrder()
    {
        // A 2; B 2 + 1 = 3; C 1 + 3 = 4; D 0.
        var election = Of(2, Ranked(2m, A, B), Ranked(1m, B, C), Ranked(3m, C));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([2m, 3m, 4m, 0m], result.Stages[0].Totals);
        Assert.Equal([C, B], result.Elected);
    }

    [Fact]
    public void Count_EqualRanks_ApproveEveryCandidateOnce()
    {
        var election = Of(1, EqualFirst(2m, A, B), Ranked(1m, C, A));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([3m, 2m, 1m, 0m], result.Stages[0].Totals);
        Assert.Equal([A], result.Elected);
    }

    [Fact]
    public void Count_BlankBallot_IsCountedAsUnused()
    {
        var election = Of(1, new Mutual.Counting.Ballots.Ballot(4m, []), Ranked(1m, D));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal(4m, result.Stages[0].NonTransferable);
        Assert.Equal([D], result.Elected);
    }
}
