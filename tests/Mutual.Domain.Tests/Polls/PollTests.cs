using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Polls;

public sealed class PollTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static PollDraft Draft => new()
    {
        Title = "Approve the accounts",
        RecordDate = new DateOnly(2026, 4, 1),
        OpensAt = Now,
        ClosesAt = Now.AddDays(7),
    };

    private static Poll Create(PollDraft draft) => Poll.Create(SocietyId.New(), draft, PollRules.Plain(), Now).Value;

    [Fact]
    public void Create_ClosesBeforeItOpens_IsRefused() =>
        Assert.IsType<PollWindowInvalid>(Poll.Create(SocietyId.New(), Draft with { ClosesAt = Now.AddHours(-1) }, PollRules.Plain(), Now).Error);

    [Fact]
    public void Create_RecordDateAfterOpening_IsRefused() =>
        Assert.IsType<RecordDateAfterOpening>(
            Poll.Create(SocietyId.New(), Draft with { RecordDate = new DateOnly(2026, 5, 2) }, PollRules.Plain(), Now).Error);

    [Fact]
    public void Create_ElectionWithUnknownMethod_NamesTheChoices()
    {
        var error = Poll.Create(SocietyId.New(), Draft with
        {
            Kind = PollKind.Election,
            Candidates = [new CandidateDraft("Ash")],
            CountingMethod = "borda",
        }, PollRules.Plain(), Now).Error;

        Assert.Contains("scottish-stv", Assert.IsType<UnknownCountingMethod>(error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ElectionWithoutMethod_UsesTheRulesMethodAndNumbersCandidates()
    {
        var poll = Create(Draft with { Kind = PollKind.Election, Seats = 2, Candidates = [new("Ash", "I will..."), new("Birch")] });

        Assert.Equal("scottish-stv", poll.CountingMethod);
        Assert.Equal([1, 2], poll.Candidates.Select(c => c.Number));
        Assert.Equal(PollState.Draft, poll.State);
    }

    [Fact]
    public void Lifecycle_CertifyBeforeCount_IsRefused()
    {
        var poll = Create(Draft);
        poll.Open(10, Now);
        poll.Close(Now.AddDays(7));

        Assert.IsType<PollNotCounted>(poll.Certify(Now.AddDays(7)).Error);
        Assert.True(poll.ResultsVisible);
    }

    [Fact]
    public void Lifecycle_OpenPoll_HidesResultsAndAcceptsBallotsOnlyInTheWindow()
    {
        var poll = Create(Draft);
        poll.Open(10, Now);

        Assert.False(poll.ResultsVisible);
        Assert.True(poll.AcceptsBallotsAt(Now.AddDays(1)));
        Assert.False(poll.AcceptsBallotsAt(Now.AddDays(7)));
        Assert.IsType<PollNotInState>(poll.Certify(Now).Error);
    }

    [Fact]
    public void RecordShowOfHands_AfterCount_NeedsANewCount()
    {
        var poll = Create(Draft);
        poll.Open(10, Now);
        poll.Close(Now);
        poll.MarkCounted(Now);

        poll.RecordShowOfHands(new ShowOfHands(3, 1, 0));

        Assert.False(poll.IsCounted);
        Assert.IsType<ShowOfHandsInvalid>(poll.RecordShowOfHands(new ShowOfHands(-1, 0, 0)).Error);
    }
}
