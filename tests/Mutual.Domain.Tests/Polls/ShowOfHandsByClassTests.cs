using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Polls;

/// <summary>DOMAIN C6 with C10: where the rules weight the classes, hands are counted class by class.</summary>
public sealed class ShowOfHandsByClassTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static Poll OpenResolution()
    {
        var draft = new PollDraft { Title = "Adopt the budget", RecordDate = new DateOnly(2026, 4, 1), OpensAt = Now, ClosesAt = Now.AddDays(7) };
        var poll = Poll.Create(SocietyId.New(), draft, PollRules.Weighted(), Now).Value;
        poll.Open(20, Now);
        return poll;
    }

    [Fact]
    public void RecordShowOfHands_ByClassInWeightedSociety_KeepsEachClassAndTheirSum()
    {
        var poll = OpenResolution();

        var recorded = poll.RecordShowOfHands([new("worker", 1, 3, 0), new("user", 4, 0, 1)], PollRules.Weighted());

        Assert.True(recorded.IsSuccess);
        Assert.Equal(new ShowOfHands(5, 3, 1), poll.ShowOfHands);
        Assert.Equal([new ClassShowOfHands("user", 4, 0, 1), new ClassShowOfHands("worker", 1, 3, 0)], poll.HandsByClass);
    }

    [Fact]
    public void RecordShowOfHands_TotalsInWeightedSociety_AreRefused()
    {
        var poll = OpenResolution();

        Assert.IsType<ShowOfHandsByClassRequired>(poll.RecordShowOfHands(new ShowOfHands(5, 3, 1), PollRules.Weighted()).Error);
        Assert.Null(poll.ShowOfHands);
    }

    [Fact]
    public void RecordShowOfHands_ByClassInUnweightedSociety_IsRefused()
    {
        var poll = OpenResolution();

        Assert.IsType<ShowOfHandsByClassNotUsed>(poll.RecordShowOfHands([new("member", 1, 0, 0)], PollRules.Plain()).Error);
        Assert.Null(poll.ShowOfHands);
    }

    [Theory]
    [InlineData("director", "no class \"director\"")]
    [InlineData("worker", "given twice")]
    public void RecordShowOfHands_UnknownOrRepeatedClass_IsRefusedAndKeepsTheLastHands(string secondKey, string reason)
    {
        var poll = OpenResolution();
        poll.RecordShowOfHands([new("user", 2, 2, 0)], PollRules.Weighted());

        var refused = poll.RecordShowOfHands([new("worker", 1, 0, 0), new(secondKey, 1, 0, 0)], PollRules.Weighted());

        Assert.Contains(reason, Assert.IsType<ShowOfHandsInvalid>(refused.Error).Message, StringComparison.Ordinal);
        Assert.Equal([new ClassShowOfHands("user", 2, 2, 0)], poll.HandsByClass);
    }

    [Fact]
    public void RecordShowOfHands_NegativeCountInAClass_IsRefused()
    {
        var poll = OpenResolution();

        Assert.IsType<ShowOfHandsInvalid>(poll.RecordShowOfHands([new("worker", 1, -1, 0)], PollRules.Weighted()).Error);
        Assert.Empty(poll.HandsByClass);
    }
}
