using Mutual.Counting.Methods.Simple;
using Mutual.Domain.Polls;

namespace Mutual.Domain.Tests.Polls;

public sealed class ResolutionDecisionTests
{
    private static ResolutionOutcome Decide(ResolutionKind kind, decimal inFavour, decimal against, decimal abstain = 0, bool abstentionsCount = false) =>
        ResolutionDecision.Decide(kind, PollRules.Plain(abstentionsCount), [new ClassVoteTotals("member", inFavour, against, abstain)], 100, 50);

    [Theory]
    [InlineData(6, 4, true)] // 60% > 50%
    [InlineData(5, 5, false)] // a tie is lost (C5)
    [InlineData(51, 49, true)]
    [InlineData(0, 0, false)] // nothing cast
    public void Decide_Ordinary_NeedsMoreThanHalf(int inFavour, int against, bool carried) =>
        Assert.Equal(carried, Decide(ResolutionKind.Ordinary, inFavour, against).Carried);

    [Fact]
    public void Decide_AbstentionsByDefault_AreReportedNotCast()
    {
        // 6 for, 5 against: 6/11 is more than half; the 10 abstentions are reported only.
        var outcome = Decide(ResolutionKind.Ordinary, 6, 5, 10);

        Assert.True(outcome.Carried);
        Assert.Equal(11m, outcome.Cast);
        Assert.Equal(10m, outcome.Abstain);
        Assert.Equal(new ExactFraction(6, 11), outcome.ShareFor);
    }

    [Fact]
    public void Decide_RulesCountAbstentions_AbstentionsDefeatIt()
    {
        // 6 of 21 cast is less than half.
        var outcome = Decide(ResolutionKind.Ordinary, 6, 5, 10, abstentionsCount: true);

        Assert.False(outcome.Carried);
        Assert.Equal(21m, outcome.Cast);
        Assert.Equal(new ExactFraction(6, 21), outcome.ShareFor);
    }

    [Theory]
    [InlineData(3, 1, true)] // exactly 75% is "at least 75%"
    [InlineData(74, 26, false)]
    public void Decide_Special_NeedsThreeQuarters(int inFavour, int against, bool carried) =>
        Assert.Equal(carried, Decide(ResolutionKind.Special, inFavour, against).Carried);

    [Theory]
    [InlineData(2, 1, true)] // exactly two thirds (C8)
    [InlineData(66, 34, false)] // 66% falls short of 2/3
    public void Decide_Amalgamation_NeedsTwoThirds(int inFavour, int against, bool carried) =>
        Assert.Equal(carried, Decide(ResolutionKind.Amalgamation, inFavour, against).Carried);

    [Theory]
    [InlineData(20, 10, true)] // 80% of votes, half the members voted
    [InlineData(21, 10, false)] // 10 of 21 is under half (C9)
    public void Decide_ConversionToCompany_NeedsHalfTheMembersVoting(int eligible, int voted, bool carried)
    {
        var outcome = ResolutionDecision.Decide(
            ResolutionKind.ConversionToCompany, PollRules.Plain(), [new ClassVoteTotals("member", 8, 2, 0)], eligible, voted);

        Assert.Equal(carried, outcome.Carried);
        Assert.Equal(eligible, outcome.Eligible);
    }

    [Fact]
    public void Decide_ConversionToCompany_SeventyFourPercentFails() =>
        Assert.False(ResolutionDecision.Decide(
            ResolutionKind.ConversionToCompany, PollRules.Plain(), [new ClassVoteTotals("member", 74, 26, 0)], 100, 100).Carried);

    [Fact]
    public void Decide_Weighted_CarriesOnClassSharesThoughHeadsAreAgainst()
    {
        // Workers 2–0 (share 1), users 1–1 (1/2), supporters 0–3, investors 0–3:
        // 50%×1 + 25%×1/2 + 10%×0 + 15%×0 = 5/8, though only 3 of 10 heads are for.
        ClassVoteTotals[] totals =
        [
            new("worker", 2, 0, 0), new("user", 1, 1, 0), new("supporter", 0, 3, 0), new("investor", 0, 3, 0),
        ];

        var outcome = ResolutionDecision.Decide(ResolutionKind.Ordinary, PollRules.Weighted(), totals, 10, 10);

        Assert.True(outcome.Carried);
        Assert.Equal(new ExactFraction(5, 8), outcome.ShareFor);
        Assert.Equal(3m, outcome.For);
        Assert.Equal(7m, outcome.Against);
        Assert.Equal(["worker", "user", "supporter", "investor"], outcome.Classes.Select(c => c.Key));
        Assert.Equal(1m, outcome.Classes.Single(c => c.Key == "user").For);
    }

    [Fact]
    public void Decide_WeightedExactHalf_IsATieAndLost()
    {
        // Workers all for (50% × 1), everyone else against: exactly one half.
        ClassVoteTotals[] totals = [new("worker", 2, 0, 0), new("user", 0, 3, 0), new("supporter", 0, 3, 0), new("investor", 0, 3, 0)];

        var outcome = ResolutionDecision.Decide(ResolutionKind.Ordinary, PollRules.Weighted(), totals, 11, 11);

        Assert.False(outcome.Carried);
        Assert.Equal(new ExactFraction(1, 2), outcome.ShareFor);
    }

    [Fact]
    public void Decide_WeightedClassThatDidNotVote_AddsNothing()
    {
        // Only workers voted, all for: 50% × 1 = 1/2, a tie, so not carried.
        var outcome = ResolutionDecision.Decide(ResolutionKind.Ordinary, PollRules.Weighted(), [new ClassVoteTotals("worker", 5, 0, 0)], 5, 5);

        Assert.Equal(new ExactFraction(1, 2), outcome.ShareFor);
        Assert.False(outcome.Carried);
    }
}
