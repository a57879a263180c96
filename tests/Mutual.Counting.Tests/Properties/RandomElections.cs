using CsCheck;
using Mutual.Counting.Ballots;

namespace Mutual.Counting.Tests.Properties;

/// <summary>Small random elections: 2-7 candidates, 1-3 seats, up to 40 weighted ranked ballots.</summary>
public static class RandomElections
{
    public static readonly Gen<Election> Any =
        from candidates in Gen.Int[2, 7]
        from seats in Gen.Int[1, 3]
        from ballots in Ballot(candidates).List[1, 40]
        select new Election("random", [.. Enumerable.Range(1, candidates).Select(i => $"C{i}")], seats, ballots);

    private static Gen<Ballot> Ballot(int candidates) =>
        from keys in Gen.Int.Array[candidates]
        from length in Gen.Int[1, candidates]
        from weight in Gen.Int[1, 6]
        select Ballots.Ballot.Ranked(weight,
            [.. Enumerable.Range(0, candidates).OrderBy(c => keys[c]).ThenBy(c => c).Take(length)]);
}
