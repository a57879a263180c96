using Mutual.Counting.Methods.Simple;

namespace Mutual.Counting.Tests.Simple;

public class ResolutionCountTests
{
    private static ResolutionVote[] Votes(decimal inFavour, decimal against, decimal abstain) =>
    [
        new(ResolutionChoice.For, inFavour),
        new(ResolutionChoice.Against, against),
        new(ResolutionChoice.Abstain, abstain),
    ];

    [Theory]
    [InlineData(51, 49, 0, true)]
    [InlineData(50, 50, 0, false)] // a tie is lost: the chair has no casting vote
    [InlineData(50, 49, 40, true)] // abstentions are not votes cast
    [InlineData(0, 0, 10, false)] // nothing cast, nothing carried
    public void Count_OrdinaryResolution_NeedsMoreThanHalfOfVotesCast(int inFavour, int against, int abstain, bool carried)
    {
        var result = ResolutionCount.Count(Votes(inFavour, against, abstain), ResolutionThreshold.Ordinary);

        Assert.Equal(carried, result.Carried);
        Assert.Equal(inFavour + against, result.Cast);
        Assert.Equal(abstain, result.Abstentions);
    }

    [Theory]
    [InlineData(75, 25, true)] // exactly 75% is enough: "at least"
    [InlineData(74.99, 25.01, false)]
    [InlineData(3, 1, true)]
    [InlineData(2, 1, false)]
    public void Count_SpecialResolution_NeedsAtLeastThreeQuarters(decimal inFavour, decimal against, bool carried)
    {
        var result = ResolutionCount.Count(Votes(inFavour, against, 0m), ResolutionThreshold.Special);

        Assert.Equal(carried, result.Carried);
    }

    [Fact]
    public void Count_TwoThirdsAtLeast_IsExactAtTheBoundary()
    {
        var twoThirds = new ResolutionThreshold(2, 3, ThresholdComparison.AtLeast);

        Assert.True(ResolutionCount.Decide(200m, 100m, 0m, twoThirds).Carried);
        Assert.False(ResolutionCount.Decide(199.999m, 100.001m, 0m, twoThirds).Carried);
        Assert.Equal(new ExactFraction(2, 3), ResolutionCount.Decide(200m, 100m, 0m, twoThirds).ShareFor);
    }

    [Fact]
    public void Count_AbstentionsCountedAsCast_CanDefeatAResolution()
    {
        var threshold = ResolutionThreshold.Ordinary with { AbstentionsCountAsCast = true };

        var result = ResolutionCount.Count(Votes(50m, 40m, 20m), threshold);

        // 50 of 110 cast is less than half.
        Assert.False(result.Carried);
        Assert.Equal(110m, result.Cast);
    }

    [Fact]
    public void Count_WeightedVotes_AddTheirWeights()
    {
        ResolutionVote[] votes =
        [
            new(ResolutionChoice.For, 1.5m), new(ResolutionChoice.For, 1m),
            new(ResolutionChoice.Against, 2m), new(ResolutionChoice.Against, 0.5m),
        ];

        var result = ResolutionCount.Count(votes, ResolutionThreshold.Ordinary);

        // 2.5 for, 2.5 against: a tie, lost.
        Assert.Equal(2.5m, result.For);
        Assert.Equal(2.5m, result.Against);
        Assert.False(result.Carried);
    }

    [Fact]
    public void Decide_AtLeastHalfAndATie_IsStillLost()
    {
        var atLeastHalf = new ResolutionThreshold(1, 2, ThresholdComparison.AtLeast);

        Assert.False(ResolutionCount.Decide(10m, 10m, 0m, atLeastHalf).Carried);
    }
}
