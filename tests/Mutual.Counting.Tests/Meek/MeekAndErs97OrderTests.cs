using CsCheck;
using Mutual.Counting.Ballots;
using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Stv;
using Mutual.Counting.Results;
using Mutual.Counting.Tests.Properties;

namespace Mutual.Counting.Tests.Meek;

/// <summary>
/// Neither Meek nor ERS97 depends on the order of the papers or on how they are bundled: a
/// parcel of n identical ballots counts as n single ballots, in any order.
/// </summary>
public class MeekAndErs97OrderTests
{
    public static TheoryData<string> Methods() => ["meek", "ers97"];

    private static ICountingMethod Method(string name) => name == "meek" ? new MeekStv() : new Ers97Stv();

    private static Election SplitAndReverse(Election election) => election with
    {
        Ballots = [.. election.Ballots
            .SelectMany(b => Enumerable.Repeat(new Ballot(1, b.Ranks), (int)b.Weight))
            .Reverse()],
    };

    private static string Sheet(CountResult result) =>
        string.Join(" | ", result.Stages.Select(s => string.Join(' ', s.Totals) + " nt " + s.NonTransferable))
        + " elected " + string.Join(' ', result.Elected);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_BallotsSplitAndReordered_GivesTheSameSheet(string method)
    {
        RandomElections.Any.Sample(election =>
        {
            var counter = Method(method);
            Assert.Equal(
                Sheet(counter.Count(election, new CountOptions())),
                Sheet(counter.Count(SplitAndReverse(election), new CountOptions())));
        }, iter: 200);
    }
}
