using CsCheck;
using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;

namespace Mutual.Counting.Tests.Meek;

public class MeekStvConservationTests
{
    private static readonly Gen<Election> Elections =
        from candidates in Gen.Int[3, 7]
        from seats in Gen.Int[1, candidates - 1]
        from ballots in Gen.Select(Gen.Int[1, 40], Gen.Int[0, candidates - 1].Array[1, candidates])
            .Select((weight, ranking) => Ballot.Ranked(weight, ranking.Distinct().ToArray()))
            .Array[1, 30]
        select new Election("random", Enumerable.Range(0, candidates).Select(c => $"C{c}").ToArray(), seats, ballots);

    [Fact]
    public void Count_AnyElection_EveryStageAccountsForEveryVote()
    {
        Elections.Sample(election =>
        {
            var result = new MeekStv().Count(election, new CountOptions());
            foreach (var stage in result.Stages)
                Assert.Equal(election.TotalWeight, stage.Totals.Sum() + stage.NonTransferable + stage.Residual);
            Assert.Equal(election.Seats, result.Elected.Count);
        }, iter: 300);
    }
}
