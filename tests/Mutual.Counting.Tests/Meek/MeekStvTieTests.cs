using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;

namespace Mutual.Counting.Tests.Meek;

public class MeekStvTieTests
{
    // Droop's "42": 4 Castor>Pollux, 2 Helen; 2 seats; quota 2. Castor is elected, keeps half
    // of each ballot and passes 2 to Pollux, who then ties Helen at 2 with no surplus left.
    private static Election FortyTwo(IReadOnlyList<int>? tieOrder = null) =>
        new("42", ["Castor", "Pollux", "Helen"], 2, [Ballot.Ranked(4, 0, 1), Ballot.Ranked(2, 2)]) { TieOrder = tieOrder };

    [Fact]
    public void Count_TieAtTheLowest_ExcludesWhoeverWasLowerAtAnEarlierStage()
    {
        // At the stage before, Pollux had 0 and Helen 2, so Pollux goes.
        var result = new MeekStv().Count(FortyTwo(), new CountOptions());

        Assert.Equal([0, 2], result.Elected);
        Assert.Contains(result.Ties, t => t.Contains("Pollux had fewest votes", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_DroopRuleWithDeclaredTieOrder_DecidesWithoutLookingBack()
    {
        // Droop's 42t declares [tie 3 2 1]: under Droop's rule Helen, first in that order, goes.
        var result = new MeekStv(MeekStvTies.Droop).Count(FortyTwo([2, 1, 0]), new CountOptions());

        Assert.Equal([0, 1], result.Elected);
    }

    [Fact]
    public void Count_DeclaredTieOrder_OnlyStandsInForTheLot()
    {
        // By default the earlier stage still decides 42t (Pollux had 0, Helen 2)...
        Assert.Equal([0, 2], new MeekStv().Count(FortyTwo([2, 1, 0]), new CountOptions()).Elected);

        // ...and the declared order decides only a tie no stage breaks: 2 A, 2 B, 1 seat,
        // order [B, A], so B is excluded.
        var never = new Election("lot", ["A", "B"], 1, [Ballot.Ranked(2, 0), Ballot.Ranked(2, 1)]) { TieOrder = [1, 0] };
        var result = new MeekStv().Count(never, new CountOptions());
        Assert.Equal([0], result.Elected);
        Assert.Contains(result.Ties, t => t.Contains("declared tie order", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_TiedAtEveryStage_LotDecidesAndTheSeedReproducesIt()
    {
        // 2 A, 2 B; 1 seat: quota 2, neither exceeds it, and they were never apart.
        var election = new Election("lot", ["A", "B"], 1, [Ballot.Ranked(2, 0), Ballot.Ranked(2, 1)]);
        var winners = Enumerable.Range(1, 16)
            .Select(seed => new MeekStv().Count(election, new CountOptions(Seed: (ulong)seed)))
            .ToList();

        Assert.All(winners, r => Assert.Contains(r.Ties, t => t.Contains("by lot", StringComparison.Ordinal)));
        Assert.Equal(2, winners.Select(r => r.Elected.Single()).Distinct().Count());
        Assert.Equal(winners[4].Elected, new MeekStv().Count(election, new CountOptions(Seed: 5)).Elected);
    }
}
