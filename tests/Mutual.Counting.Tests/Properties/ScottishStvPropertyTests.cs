using CsCheck;
using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Results;

namespace Mutual.Counting.Tests.Properties;

public class ScottishStvPropertyTests
{
    private static readonly CountOptions Options = new(Seed: 7);

    private static CountResult Count(Election election) => new ScottishStv().Count(election, Options);

    [Fact]
    public void Count_BallotsInAnyOrder_GivesTheSameResult()
    {
        var elections = from election in RandomElections.Any
                        from keys in Gen.Int.Array[election.Ballots.Count]
                        select (election, keys);

        elections.Sample(pair =>
        {
            var (election, keys) = pair;
            var shuffled = election with { Ballots = [.. election.Ballots.Select((b, i) => (b, i)).OrderBy(p => keys[p.i]).Select(p => p.b)] };

            AssertSameCount(Count(election), Count(shuffled));
        }, iter: 300);
    }

    [Fact]
    public void Count_WeightedBallotsSplitIntoSingleBallots_GivesTheSameResult()
    {
        RandomElections.Any.Sample(election =>
        {
            var split = election with
            {
                Ballots = [.. election.Ballots.SelectMany(b => Enumerable.Repeat(b with { Weight = 1 }, (int)b.Weight))],
            };

            AssertSameCount(Count(election), Count(split));
        }, iter: 300);
    }

    [Fact]
    public void Count_CandidateWithAQuotaOfFirstPreferences_IsElected()
    {
        RandomElections.Any.Sample(election =>
        {
            var valid = election.Ballots.Sum(b => b.Weight);
            var quota = Math.Floor(valid / (election.Seats + 1)) + 1;
            var firsts = election.Ballots.GroupBy(b => b.Ranks[0][0]).Where(g => g.Sum(b => b.Weight) >= quota);

            var result = Count(election);

            Assert.All(firsts, g => Assert.Contains(g.Key, result.Elected));
        }, iter: 300);
    }

    [Fact]
    public void Count_EveryStage_ConservesTheValidVote()
    {
        RandomElections.Any.Sample(election =>
        {
            var valid = election.Ballots.Sum(b => b.Weight);
            var result = Count(election);

            Assert.Equal(valid, result.ValidVotes);
            Assert.Equal(Math.Min(election.Seats, election.Candidates.Count), result.Elected.Count);
            foreach (var stage in result.Stages)
            {
                var counted = stage.Totals.Sum() + stage.NonTransferable;
                // Truncation to 5 places may lose at most 0.00001 per paper moved; the residual says exactly how much.
                Assert.Equal(valid, counted + stage.Residual);
                Assert.InRange(stage.Residual, 0m, 0.00001m * valid * stage.Number);
            }
        }, iter: 300);
    }

    private static void AssertSameCount(CountResult expected, CountResult actual)
    {
        Assert.Equal(expected.Elected, actual.Elected);
        Assert.Equal(expected.Stages.Count, actual.Stages.Count);
        foreach (var (a, b) in expected.Stages.Zip(actual.Stages))
        {
            Assert.Equal(a.Totals, b.Totals);
            Assert.Equal(a.NonTransferable, b.NonTransferable);
        }
    }
}
