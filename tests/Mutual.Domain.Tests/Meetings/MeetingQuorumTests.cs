using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;

namespace Mutual.Domain.Tests.Meetings;

public sealed class MeetingQuorumTests
{
    private static readonly DateTimeOffset At = SampleMeeting.StartsAt;

    private static Meeting WithAttendance(IReadOnlyList<MeetingMember> members, int present, MeetingRules? rules = null)
    {
        var meeting = SampleMeeting.Call(rules);
        foreach (var m in members.Take(present)) Assert.True(meeting.RecordAttendance(m, AttendanceMode.InPerson, At).IsSuccess);
        return meeting;
    }

    // GD r.39: max(3, 25%). With 10 members 25% is 2.5, rounded up to 3, and 3 is the minimum anyway.
    [Theory]
    [InlineData(10, 2, 3, false)]
    [InlineData(10, 3, 3, true)]
    [InlineData(100, 24, 25, false)]
    [InlineData(100, 25, 25, true)]
    [InlineData(101, 25, 26, false)]
    public void Evaluate_ModelRuleQuorum_NeedsGreaterOfThreeAndQuarter(int memberCount, int present, int required, bool met)
    {
        var members = SampleMeeting.Members(memberCount);

        var report = MeetingQuorum.Evaluate(WithAttendance(members, present), Electorate.Of(members), SampleMeeting.Rules());

        Assert.Equal(required, report.Required);
        Assert.Equal(present, report.Present);
        Assert.Equal(met, report.IsMet);
    }

    [Fact]
    public void Evaluate_OnlineAttendance_CountsAsPresent()
    {
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call();
        meeting.RecordAttendance(members[0], AttendanceMode.InPerson, At);
        meeting.RecordAttendance(members[1], AttendanceMode.Online, At);
        meeting.RecordAttendance(members[2], AttendanceMode.Online, At);

        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules());

        Assert.Equal((1, 2, 3), (report.InPerson, report.Online, report.Present));
        Assert.True(report.IsMet);
    }

    // 20 members: 8 workers, 12 users. Overall max(3, 5) = 5; workers max(3, 2) = 3; users max(3, 3) = 3.
    [Fact]
    public void Evaluate_PerClassQuorum_FailsWhenOneClassIsShort()
    {
        var rules = SampleMeeting.Rules() with { Quorum = new QuorumRule { EachClass = true } };
        var workers = SampleMeeting.Members(8, "worker");
        var users = SampleMeeting.Members(12, "user");
        var meeting = SampleMeeting.Call(rules);
        foreach (var m in workers.Take(2).Concat(users.Take(4))) meeting.RecordAttendance(m, AttendanceMode.InPerson, At);

        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of([.. workers, .. users]), rules);

        Assert.Equal(5, report.Required);
        Assert.Equal(6, report.Present);
        var worker = Assert.Single(report.Classes, c => c.ClassKey == "worker");
        Assert.Equal((2, 8, 3, false), (worker.Present, worker.Members, worker.Required, worker.IsMet));
        var user = Assert.Single(report.Classes, c => c.ClassKey == "user");
        Assert.Equal((4, 12, 3, true), (user.Present, user.Members, user.Required, user.IsMet));
        Assert.False(report.IsMet);
    }

    [Fact]
    public void Evaluate_PresentProxyHolder_CountsTheirAppointer()
    {
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call();
        meeting.AppointProxy(members[5], members[0], new Dictionary<Guid, ProxyVote>(), SampleMeeting.Rules(), SampleMeeting.NoticeAt);
        meeting.RecordAttendance(members[0], AttendanceMode.InPerson, At);
        meeting.RecordAttendance(members[1], AttendanceMode.InPerson, At);

        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules());

        Assert.Equal((2, 1, 3), (report.InPerson, report.ByProxy, report.Present));
        Assert.True(report.IsMet);
    }

    [Fact]
    public void Evaluate_ProxiesNotCountingByRules_LeavesMeetingInquorate()
    {
        var rules = SampleMeeting.Rules() with { ProxiesCountTowardsQuorum = false };
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call(rules);
        meeting.AppointProxy(members[5], null, new Dictionary<Guid, ProxyVote>(), rules, SampleMeeting.NoticeAt);
        meeting.RecordAttendance(members[0], AttendanceMode.InPerson, At);
        meeting.RecordAttendance(members[1], AttendanceMode.InPerson, At);

        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), rules);

        Assert.Equal(0, report.ByProxy);
        Assert.False(report.IsMet);
    }

    [Fact]
    public void Evaluate_AbsentHolder_DoesNotCountTheProxy()
    {
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call();
        meeting.AppointProxy(members[5], members[9], new Dictionary<Guid, ProxyVote>(), SampleMeeting.Rules(), SampleMeeting.NoticeAt);
        meeting.RecordAttendance(members[0], AttendanceMode.InPerson, At);

        Assert.Equal(0, MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules()).ByProxy);
    }

    // C4: at the adjourned meeting those present are the quorum, however few of 100.
    [Fact]
    public void Evaluate_AdjournedMeeting_ThosePresentAreTheQuorum()
    {
        var members = SampleMeeting.Members(100);
        var first = WithAttendance(members, 2);
        var report = MeetingQuorum.Evaluate(first, Electorate.Of(members), SampleMeeting.Rules());
        var adjourned = first.AdjournForWantOfQuorum(report, At.AddDays(7), SampleMeeting.Rules(), At.AddMinutes(31)).Value;
        adjourned.RecordAttendance(members[50], AttendanceMode.InPerson, At.AddDays(7));
        adjourned.RecordAttendance(members[51], AttendanceMode.Online, At.AddDays(7));

        var resumed = MeetingQuorum.Evaluate(adjourned, Electorate.Of(members), SampleMeeting.Rules());

        Assert.False(report.IsMet);
        Assert.True(resumed.IsAdjourned);
        Assert.True(resumed.IsMet);
    }
}
