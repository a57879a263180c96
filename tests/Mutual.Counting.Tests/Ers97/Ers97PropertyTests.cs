using CsCheck;
using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;

namespace Mutual.Counting.Tests.Ers97;

public class Ers97PropertyTests
{
    private static readonly Gen<Election> Elections =
        from candidates in Gen.Int[3, 7]
        from seats in Gen.Int[1, candidates - 1]
        from ballots in Gen.Select(Gen.Int[1, 40], Gen.Int[0, candidates - 1].Array[1, candidates])
            .Select((weight, ranking) => Ballot.Ranked(weight, ranking.Distinct().ToArray()))
            .Array[1, 30]
        select new Election("random", Enumerable.Range(0, candidates).Select(c => $"C{c}").ToArray(), seats, ballots);

    [Fact]
    public void Count_AnyElection_VotesAreConservedAndNeverRecovered()
    {
        Elections.Sample(election =>
        {
            var result = new Ers97Stv().Count(election, new CountOptions());
            var nonTransferable = 0m;
            foreach (var stage in result.Stages)
            {
                Assert.Equal(election.TotalWeight, stage.Totals.Sum() + stage.NonTransferable);
                Assert.True(stage.NonTransferable >= nonTransferable, $"stage {stage.Number} recovered non-transferable votes");
                Assert.All(stage.Totals, t => Assert.Equal(t, decimal.Round(t, 2)));
                nonTransferable = stage.NonTransferable;
            }

            Assert.Equal(election.Seats, result.Elected.Distinct().Count());
        }, iter: 300);
    }

    [Fact]
    public void Count_TiedAtEveryPoint_LotDecidesAndTheSeedReproducesIt()
    {
        // 2 A, 2 B; 1 seat: both reach the quota of 2.00 at once and were never apart.
        var election = new Election("lot", ["A", "B"], 1, [Ballot.Ranked(2, 0), Ballot.Ranked(2, 1)]);
        var results = Enumerable.Range(1, 16)
            .Select(seed => new Ers97Stv().Count(election, new CountOptions(Seed: (ulong)seed)))
            .ToList();

        Assert.All(results, r => Assert.Contains(r.Ties, t => t.Contains("by lot", StringComparison.Ordinal)));
        Assert.Equal(2, results.Select(r => r.Elected.Single()).Distinct().Count());
        Assert.Equal(results[6].Elected, new Ers97Stv().Count(election, new CountOptions(Seed: 7)).Elected);
    }
}
