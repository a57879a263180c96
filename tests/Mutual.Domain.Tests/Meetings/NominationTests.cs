using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Meetings;

public sealed class NominationTests
{
    private static readonly DateTimeOffset Now = SampleMeeting.NoticeAt.AddDays(-1);

    private static readonly AgendaItemDraft Election = new(AgendaItemKind.BoardElection, "Election of directors: 2 seats", "", 2);

    private static Meeting Agm() => SampleMeeting.Call(null, Election, SampleMeeting.Resolution());

    [Fact]
    public void Make_OpenNominations_TrimsTheStatement()
    {
        var meeting = Agm();
        var ann = SampleMeeting.Member("Ann Jones");

        var made = Nomination.Make(meeting, meeting.Agenda[0].Id, ann, "  I keep the books.  ", null, "secretary", [], Now);

        Assert.Equal(("Ann Jones", "I keep the books.", true), (made.Value.CandidateName, made.Value.Statement, made.Value.IsActive));
    }

    [Fact]
    public void Make_ResolutionItem_IsRefused()
    {
        var meeting = Agm();
        Assert.IsType<NotABoardElection>(Nomination.Make(meeting, meeting.Agenda[1].Id, SampleMeeting.Member("Ann"), "Yes", null, "s", [], Now).Error);
    }

    [Fact]
    public void Make_AfterNoticeSent_IsRefused()
    {
        var meeting = Agm();
        meeting.RecordNoticeSent(SampleMeeting.NoticeAt, NoticeMethod.Electronic, SampleMeeting.Rules());

        var made = Nomination.Make(meeting, meeting.Agenda[0].Id, SampleMeeting.Member("Ann"), "Yes", null, "s", [], Now);

        Assert.IsType<NominationsClosed>(made.Error);
    }

    [Theory]
    [InlineData("   ", typeof(StatementRequired))]
    [InlineData(null, typeof(StatementRequired))]
    public void Make_BlankStatement_IsRefused(string? statement, Type error)
    {
        var meeting = Agm();
        Assert.IsType(error, Nomination.Make(meeting, meeting.Agenda[0].Id, SampleMeeting.Member("Ann"), statement, null, "s", [], Now).Error);
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2001, false)]
    public void Make_StatementLength_LimitedTo2000(int length, bool accepted)
    {
        var meeting = Agm();
        var made = Nomination.Make(meeting, meeting.Agenda[0].Id, SampleMeeting.Member("Ann"), new string('x', length), null, "s", [], Now);
        Assert.Equal(accepted, made.IsSuccess);
        if (!accepted) Assert.Equal("The statement is 2001 characters long; keep it to 2000 at most.", made.Error!.Message);
    }

    [Fact]
    public void Make_SameCandidateTwice_IsRefusedUntilWithdrawn()
    {
        var meeting = Agm();
        var ann = SampleMeeting.Member("Ann Jones");
        var first = Nomination.Make(meeting, meeting.Agenda[0].Id, ann, "One", null, "s", [], Now).Value;

        var again = Nomination.Make(meeting, meeting.Agenda[0].Id, ann, "Two", null, "s", [first], Now);
        first.Withdraw(meeting, Now);
        var afterWithdrawal = Nomination.Make(meeting, meeting.Agenda[0].Id, ann, "Three", null, "s", [first], Now);

        Assert.IsType<AlreadyNominated>(again.Error);
        Assert.True(afterWithdrawal.IsSuccess);
    }

    [Fact]
    public void Withdraw_OnceThePollIsLinked_IsRefused()
    {
        var meeting = Agm();
        var nomination = Nomination.Make(meeting, meeting.Agenda[0].Id, SampleMeeting.Member("Ann"), "Yes", null, "s", [], Now).Value;
        meeting.LinkPoll(meeting.Agenda[0].Id, Guid.NewGuid());

        Assert.IsType<ElectionAlreadyCreated>(nomination.Withdraw(meeting, Now).Error);
        Assert.True(nomination.IsActive);
    }

    [Fact]
    public void Withdraw_Twice_IsRefused()
    {
        var meeting = Agm();
        var nomination = Nomination.Make(meeting, meeting.Agenda[0].Id, SampleMeeting.Member("Ann"), "Yes", null, "s", [], Now).Value;

        nomination.Withdraw(meeting, Now);

        Assert.Equal(Now, nomination.WithdrawnAt);
        Assert.IsType<NominationAlreadyWithdrawn>(nomination.Withdraw(meeting, Now).Error);
    }

    [Fact]
    public void RecordElection_Unopposed_SaysSoInTheMinutes()
    {
        var meeting = Agm();
        meeting.Open(MeetingQuorum.Evaluate(meeting, Electorate.Of(SampleMeeting.Members(3)), new MeetingRules()), SampleMeeting.StartsAt);

        var minute = meeting.RecordElection(meeting.Agenda[0].Id, ["Ann Jones", "Bob Singh"], SampleMeeting.StartsAt, unopposed: true).Value;

        Assert.Equal("1. Election of directors: 2 seats: elected unopposed Ann Jones, Bob Singh.", minute.Text);
    }
}
