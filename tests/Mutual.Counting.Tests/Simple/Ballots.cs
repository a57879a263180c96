using Mutual.Counting.Ballots;

namespace Mutual.Counting.Tests.Simple;

/// <summary>Small hand-made elections for the simple methods: candidates A, B, C, D are 0, 1, 2, 3.</summary>
internal static class Ballots
{
    public const int A = 0, B = 1, C = 2, D = 3;

    public static Election Of(int seats, params Ballot[] ballots) =>
        new("test", ["A", "B", "C", "D"], seats, ballots);

    public static Ballot Ranked(decimal weight, params int[] preferences) => Ballot.Ranked(weight, preferences);

    /// <summary>A ballot whose first rank holds several equal candidates.</summary>
    public static Ballot EqualFirst(decimal weight, params int[] equal) => new(weight, [equal]);
}
