using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Simple;
using static Mutual.Counting.Tests.Simple.Ballots;

namespace Mutual.Counting.Tests.Simple;

public class PluralityTests
{
    private static readonly Plurality Method = new();

    [Fact]
    public void Count_OneSeatWeightedBallots_ElectsMostFirstPreferences()
    {
        // Only first preferences count: A 3.5, B 2, C 4.
        var election = Of(1, Ranked(3.5m, A, C), Ranked(2m, B, A), Ranked(4m, C));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([C], result.Elected);
        Assert.Equal([3.5m, 2m, 4m, 0m], result.Stages[0].Totals);
        Assert.Equal(9.5m, result.ValidVotes);
    }

    [Fact]
    public void Count_BlockVoteTwoSeats_EachBallotCountsForItsFirstTwo()
    {
        // The first ballot's third choice (C) is past the two marks and does not count.
        var election = Of(2, Ranked(1m, A, B, C), Ranked(2m, C, A), Ranked(1m, B, D));

        var result = Method.Count(election, new CountOptions());

        // A = 1 + 2 = 3, B = 1 + 1 = 2, C = 2, D = 1: A first, then B and C tie for the second seat.
        Assert.Equal([3m, 2m, 2m, 1m], result.Stages[0].Totals);
        Assert.Equal(A, result.Elected[0]);
        Assert.Contains(result.Elected[1], new[] { B, C });
        Assert.Single(result.Ties);
    }

    [Fact]
    public void Count_TieWithDeclaredTieOrder_FavoursTheFirstListed()
    {
        var election = Of(1, Ranked(2m, A), Ranked(2m, B)) with { TieOrder = [B, A] };

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([B], result.Elected);
        Assert.Contains("tie order", result.Ties[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Count_TieBrokenByLot_SameSeedSameWinnerAndRecorded()
    {
        var election = Of(1, Ranked(5m, A), Ranked(5m, B), Ranked(5m, C));

        var first = Method.Count(election, new CountOptions(Seed: 42));
        var again = Method.Count(election, new CountOptions(Seed: 42));

        Assert.Equal(first.Elected, again.Elected);
        Assert.Contains(first.Elected[0], new[] { A, B, C });
        Assert.Contains("by lot", Assert.Single(first.Ties), StringComparison.Ordinal);
        Assert.Equal(42UL, first.Seed);
    }

    [Fact]
    public void Count_EqualRankingOverTheSeats_IsAnOverVoteAndNotCounted()
    {
        var election = Of(1, EqualFirst(3m, A, B), Ranked(1m, C));

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([0m, 0m, 1m, 0m], result.Stages[0].Totals);
        Assert.Equal(3m, result.Stages[0].NonTransferable);
        Assert.Equal([C], result.Elected);
    }

    [Fact]
    public void Count_FirstChoiceWithdrawn_CountsTheNextChoice()
    {
        var election = Of(1, Ranked(3m, A, B), Ranked(2m, B), Ranked(4m, C)) with { Withdrawn = new HashSet<int> { A } };

        var result = Method.Count(election, new CountOptions());

        Assert.Equal([B], result.Elected);
        Assert.Equal(5m, result.Stages[0].Totals[B]);
    }

    [Fact]
    public void Count_SeatsOverridden_UsesTheOptionNotTheFile()
    {
        var election = Of(1, Ranked(3m, A, B), Ranked(2m, C, B));

        var result = Method.Count(election, new CountOptions(Seats: 2));

        // A 3, B 3 + 2 = 5, C 2: B then A.
        Assert.Equal([B, A], result.Elected);
        Assert.Equal(2, result.Seats);
    }
}
