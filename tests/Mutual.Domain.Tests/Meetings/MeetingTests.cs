using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Tests.Meetings;

public sealed class MeetingTests
{
    [Fact]
    public void Call_TooSoonForNotice_IsRefusedWithTheEarliestDate()
    {
        // Notice on 10 June leaves 11..24 June as the 14 clear days: 25 June at the earliest.
        var plan = SampleMeeting.Plan();
        var noticeAt = new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);

        var result = Meeting.Call(SocietyId.New(), plan, SampleMeeting.Rules(), noticeAt, NoticeMethod.Electronic, noticeAt);

        var error = Assert.IsType<NoticeTooShort>(result.Error);
        Assert.Equal(new DateOnly(2026, 6, 25), error.Earliest);
        Assert.Contains("notice sent on 10 June 2026 allows 25 June 2026 at the earliest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_OnlineWithoutJoinAddress_IsRefused()
    {
        var plan = SampleMeeting.Plan() with { Format = MeetingFormat.Online, Place = null, JoinUrl = "not a link" };

        Assert.IsType<JoinUrlRequired>(Meeting.Call(SocietyId.New(), plan, SampleMeeting.Rules(), SampleMeeting.NoticeAt, NoticeMethod.Electronic, SampleMeeting.NoticeAt).Error);
    }

    [Fact]
    public void Call_UnknownTimeZone_IsRefused()
    {
        var plan = SampleMeeting.Plan() with { TimeZoneId = "Mars/Olympus" };

        Assert.IsType<UnknownTimeZone>(Meeting.Call(SocietyId.New(), plan, SampleMeeting.Rules(), SampleMeeting.NoticeAt, NoticeMethod.Electronic, SampleMeeting.NoticeAt).Error);
    }

    // Notice on 1 May: two clear months run 2 May..1 July, so a conversion resolution cannot be taken on 20 June.
    [Fact]
    public void AddItem_ConversionResolutionWithoutTwoMonths_IsRefusedAndAgendaUnchanged()
    {
        var meeting = SampleMeeting.Call();

        var result = meeting.AddItem(new AgendaItemDraft(AgendaItemKind.ConversionResolution, "Convert to a company"), SampleMeeting.Rules());

        var error = Assert.IsType<NoticeTooShort>(result.Error);
        Assert.Equal(new DateOnly(2026, 7, 2), error.Earliest);
        Assert.Empty(meeting.Agenda);
    }

    [Fact]
    public void AddItem_AfterNoticeSent_IsRefused()
    {
        var meeting = SampleMeeting.Call();
        Assert.True(meeting.RecordNoticeSent(SampleMeeting.NoticeAt, NoticeMethod.Electronic, SampleMeeting.Rules()).IsSuccess);

        Assert.IsType<AgendaFixedOnceNoticeSent>(meeting.AddItem(SampleMeeting.Resolution(), SampleMeeting.Rules()).Error);
    }

    [Fact]
    public void RemoveItem_Middle_RenumbersTheRest()
    {
        var meeting = SampleMeeting.Call(null, SampleMeeting.Resolution("A"), SampleMeeting.Resolution("B"), SampleMeeting.Resolution("C"));

        meeting.RemoveItem(meeting.Agenda[1].Id);

        Assert.Equal([(1, "A"), (2, "C")], meeting.Agenda.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void RecordNoticeSent_PostedTooLate_IsRefused()
    {
        var meeting = SampleMeeting.Call();
        // Posted 4 June, served 6 June; the clear days 7..20 June would need the meeting on 21 June.
        var posted = new DateTimeOffset(2026, 6, 4, 12, 0, 0, TimeSpan.Zero);

        Assert.IsType<NoticeTooShort>(meeting.RecordNoticeSent(posted, NoticeMethod.Posted, SampleMeeting.Rules()).Error);
        Assert.False(meeting.NoticeSent);
    }

    [Fact]
    public void AdjournForWantOfQuorum_BeforeThirtyMinutes_IsRefused()
    {
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call();
        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules());

        var result = meeting.AdjournForWantOfQuorum(report, SampleMeeting.StartsAt.AddDays(7), SampleMeeting.Rules(), SampleMeeting.StartsAt.AddMinutes(29));

        Assert.IsType<AdjournmentTooSoon>(result.Error);
        Assert.Equal(MeetingState.Called, meeting.State);
    }

    [Fact]
    public void AdjournForWantOfQuorum_Quorate_IsRefused()
    {
        var members = SampleMeeting.Members(4);
        var meeting = SampleMeeting.Call();
        foreach (var m in members) meeting.RecordAttendance(m, AttendanceMode.InPerson, SampleMeeting.StartsAt);
        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules());

        Assert.IsType<MeetingIsQuorate>(meeting.AdjournForWantOfQuorum(report, SampleMeeting.StartsAt.AddDays(7), SampleMeeting.Rules(), SampleMeeting.StartsAt.AddHours(1)).Error);
    }

    [Fact]
    public void AdjournForWantOfQuorum_CarriesBusinessAndProxiesAndMinutesIt()
    {
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call(null, SampleMeeting.Resolution());
        meeting.AppointProxy(members[3], null, new Dictionary<Guid, ProxyVote> { [meeting.Agenda[0].Id] = ProxyVote.For }, SampleMeeting.Rules(), SampleMeeting.NoticeAt);
        meeting.RecordAttendance(members[0], AttendanceMode.InPerson, SampleMeeting.StartsAt);
        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules());

        var adjourned = meeting.AdjournForWantOfQuorum(report, SampleMeeting.StartsAt.AddDays(7), SampleMeeting.Rules(), SampleMeeting.StartsAt.AddMinutes(30)).Value;

        Assert.Equal(MeetingState.Adjourned, meeting.State);
        Assert.Equal(adjourned.Id, meeting.AdjournedTo);
        Assert.Equal(meeting.Id, adjourned.AdjournedFrom);
        Assert.Equal(meeting.Agenda[0].Id, Assert.Single(adjourned.Agenda).Id);
        Assert.Equal(ProxyVote.For, Assert.Single(adjourned.Proxies).Directions[meeting.Agenda[0].Id]);
        var minute = Assert.Single(meeting.Minutes);
        Assert.Equal(MinuteKind.Adjourned, minute.Kind);
        Assert.StartsWith("No quorum: 2 present (1 in person, 0 online, 1 by proxy), 3 needed.", minute.Text, StringComparison.Ordinal);
    }

    // 20 June to 10 July is 20 days, so 7 clear days' notice: sent 20 June, the earliest is 28 June; 5 July is lawful.
    [Fact]
    public void AdjournForWantOfQuorum_FortnightOrMoreWithTooLittleNotice_IsRefused()
    {
        var members = SampleMeeting.Members(10);
        var meeting = SampleMeeting.Call();
        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(members), SampleMeeting.Rules());
        var now = SampleMeeting.StartsAt.AddHours(1);

        var lawful = SampleMeeting.Call().AdjournForWantOfQuorum(report, new DateTimeOffset(2026, 7, 5, 18, 0, 0, TimeSpan.Zero), SampleMeeting.Rules(), now);
        var tooSoon = meeting.AdjournForWantOfQuorum(report, new DateTimeOffset(2026, 7, 5, 18, 0, 0, TimeSpan.Zero), SampleMeeting.Rules(), new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));

        Assert.True(lawful.IsSuccess);
        Assert.Equal(new DateOnly(2026, 7, 8), Assert.IsType<NoticeTooShort>(tooSoon.Error).Earliest);
    }

    [Theory]
    [InlineData(3, 3, 0, false)] // C5: a tie is lost.
    [InlineData(6, 4, 10, true)] // Abstentions are not votes cast: 6 of 10 is 60%.
    [InlineData(4, 4, 1, false)]
    public void ResolutionVotes_Ordinary_NeedsMoreThanHalfOfVotesCast(int inFavour, int against, int abstaining, bool passed) =>
        Assert.Equal(passed, new ResolutionVotes(inFavour, against, abstaining, new ResolutionRules().Ordinary).Passed);

    [Theory]
    [InlineData(75, 25, true)]
    [InlineData(74, 26, false)]
    public void ResolutionVotes_Special_NeedsThreeQuarters(int inFavour, int against, bool passed) =>
        Assert.Equal(passed, new ResolutionVotes(inFavour, against, 0, new ResolutionRules().Special).Passed);

    [Fact]
    public void RecordResolution_OpenMeeting_MinutesTheNumbers()
    {
        var meeting = SampleMeeting.Call(null, SampleMeeting.Resolution("Adopt new rules"));
        var report = MeetingQuorum.Evaluate(meeting, Electorate.Of(SampleMeeting.Members(3)), SampleMeeting.Rules());
        meeting.Open(report, SampleMeeting.StartsAt);

        var minute = meeting.RecordResolution(meeting.Agenda[0].Id, new ResolutionVotes(80, 15, 5, new ResolutionRules().Special), SampleMeeting.StartsAt.AddHours(1)).Value;

        Assert.Equal(
            "1. Adopt new rules: carried, 80 for and 15 against (84.2% of votes cast; at least 75% needed), 5 abstaining.",
            minute.Text);
        Assert.Equal([1, 2], meeting.Minutes.Select(m => m.Number));
    }

    [Fact]
    public void Close_CalledMeeting_IsRefused() =>
        Assert.IsType<MeetingNotInState>(SampleMeeting.Call().Close(SampleMeeting.StartsAt).Error);
}
