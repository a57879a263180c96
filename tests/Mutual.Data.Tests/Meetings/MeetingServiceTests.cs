using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Meetings;

namespace Mutual.Data.Tests.Meetings;

public sealed class MeetingServiceTests
{
    private static readonly AgendaItemDraft Rules = new(AgendaItemKind.SpecialResolution, "Adopt new rules", "That the rules attached be adopted.");

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CallAsync_LawfulNotice_StoresMeetingWithAgendaAndAudits(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);

        var called = await data.CallAsync(agenda: Rules);

        var stored = await data.Meetings.GetAsync(data.Society.Id, called.Id, MeetingData.Cancel);
        Assert.Equal(MeetingState.Called, stored!.State);
        Assert.Equal(MeetingData.StartsAt, stored.StartsAt);
        Assert.Equal(new DateOnly(2026, 6, 20), stored.Date);
        var item = Assert.Single(stored.Agenda);
        Assert.Equal((1, AgendaItemKind.SpecialResolution, "Adopt new rules"), (item.Number, item.Kind, item.Title));
        var events = await data.Fresh<MutualDbContext>().AuditEvents.Where(e => e.SocietyId == data.Society.Id).Select(e => e.Action).ToListAsync(MeetingData.Cancel);
        Assert.Contains("meeting.called", events);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CallAsync_NoticeTooShort_IsRefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var lateNotice = new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero);

        var called = await data.Meetings.CallAsync(data.Society.Id, MeetingData.Plan(), lateNotice, NoticeMethod.Electronic, "test", MeetingData.Cancel);

        Assert.Equal(new DateOnly(2026, 6, 25), Assert.IsType<NoticeTooShort>(called.Error).Earliest);
        Assert.Empty(await data.Meetings.ListAsync(data.Society.Id, MeetingData.Cancel));
    }

    // Four members: the quorum is max(3, 25% of 4 = 1) = 3. Two present and one represented by a present holder make 3.
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task QuorumAsync_AttendanceAndProxy_CountTowardsQuorum(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var members = await data.AdmitManyAsync(4);
        var meeting = await data.CallAsync(agenda: Rules);
        var itemId = meeting.Agenda[0].Id;
        var appointed = await data.Meetings.AppointProxyAsync(
            data.Society.Id, meeting.Id, members[2].Id, members[0].Id, new Dictionary<Guid, ProxyVote> { [itemId] = ProxyVote.Against }, "test", MeetingData.Cancel);
        data.Clock.Now = MeetingData.StartsAt;

        await data.Meetings.RecordAttendanceAsync(data.Society.Id, meeting.Id, members[0].Id, AttendanceMode.InPerson, "chair", MeetingData.Cancel);
        var before = (await data.Meetings.QuorumAsync(data.Society.Id, meeting.Id, MeetingData.Cancel)).Value;
        await data.Meetings.RecordAttendanceAsync(data.Society.Id, meeting.Id, members[1].Id, AttendanceMode.Online, "chair", MeetingData.Cancel);
        var after = (await data.Meetings.QuorumAsync(data.Society.Id, meeting.Id, MeetingData.Cancel)).Value;

        Assert.True(appointed.IsSuccess);
        Assert.Equal((2, 4, 3, false), (before.Present, before.Members, before.Required, before.IsMet));
        Assert.Equal((1, 1, 1, true), (after.InPerson, after.Online, after.ByProxy, after.IsMet));
        var stored = await data.Meetings.GetAsync(data.Society.Id, meeting.Id, MeetingData.Cancel);
        Assert.Equal(ProxyVote.Against, Assert.Single(stored!.Proxies).Directions[itemId]);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task AppointProxyAsync_AfterDeadline_IsRefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var members = await data.AdmitManyAsync(2);
        var meeting = await data.CallAsync();
        data.Clock.Now = MeetingData.StartsAt.AddHours(-47);

        var appointed = await data.Meetings.AppointProxyAsync(data.Society.Id, meeting.Id, members[0].Id, null, new Dictionary<Guid, ProxyVote>(), "test", MeetingData.Cancel);

        Assert.IsType<ProxyDeadlinePassed>(appointed.Error);
        Assert.Empty((await data.Meetings.GetAsync(data.Society.Id, meeting.Id, MeetingData.Cancel))!.Proxies);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task RecordAttendanceAsync_TwoChairsAtOnce_BothArrivalsKept(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var members = await data.AdmitManyAsync(6);
        var meeting = await data.CallAsync();
        data.Clock.Now = MeetingData.StartsAt;

        var results = await Task.WhenAll(members.Select(m =>
            data.Meetings.RecordAttendanceAsync(data.Society.Id, meeting.Id, m.Id, AttendanceMode.InPerson, "chair", MeetingData.Cancel)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Equal(6, (await data.Meetings.GetAsync(data.Society.Id, meeting.Id, MeetingData.Cancel))!.Attendees.Count);
        Assert.True((await data.Fresh<Mutual.Data.Audit.AuditLog>().VerifyAsync(data.Society.Id, MeetingData.Cancel)).IsIntact);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task AdjournAsync_InquorateAfterWait_StoresAdjournedMeetingWithBusinessAndProxies(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var members = await data.AdmitManyAsync(10);
        var meeting = await data.CallAsync(agenda: Rules);
        await data.Meetings.AppointProxyAsync(data.Society.Id, meeting.Id, members[5].Id, null, new Dictionary<Guid, ProxyVote>(), "test", MeetingData.Cancel);
        data.Clock.Now = MeetingData.StartsAt.AddMinutes(31);
        await data.Meetings.RecordAttendanceAsync(data.Society.Id, meeting.Id, members[0].Id, AttendanceMode.InPerson, "chair", MeetingData.Cancel);

        var adjourned = await data.Meetings.AdjournAsync(data.Society.Id, meeting.Id, MeetingData.StartsAt.AddDays(7), "chair", MeetingData.Cancel);

        Assert.True(adjourned.IsSuccess, adjourned.Error?.Message);
        var original = await data.Meetings.GetAsync(data.Society.Id, meeting.Id, MeetingData.Cancel);
        var resumed = await data.Meetings.GetAsync(data.Society.Id, adjourned.Value.Id, MeetingData.Cancel);
        Assert.Equal(MeetingState.Adjourned, original!.State);
        Assert.Equal(MinuteKind.Adjourned, Assert.Single(original.Minutes).Kind);
        Assert.Equal(meeting.Id, resumed!.AdjournedFrom);
        Assert.Equal(meeting.Agenda[0].Id, Assert.Single(resumed.Agenda).Id);
        Assert.Single(resumed.Proxies);
        Assert.Equal(2, (await data.Meetings.ListAsync(data.Society.Id, MeetingData.Cancel)).Count);
    }

    // D2 with five directors: all five stand down at the first AGM; after an AGM is held, 1/3 of 5 = 1.67 → 2.
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task AgmAgendaAsync_FirstAgmThenLater_VacanciesFollowRotation(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var members = await data.AdmitManyAsync(5);
        for (var i = 0; i < 5; i++)
            Assert.True((await data.Meetings.RecordDirectorAsync(data.Society.Id, members[i].Id, new DateOnly(2021 + i, 6, 1), "test", MeetingData.Cancel)).IsSuccess);

        var (first, firstAgenda) = await data.Meetings.AgmAgendaAsync(data.Society.Id, 1, [], MeetingData.Cancel);
        var agm = await data.CallAsync(MeetingKind.Annual, [.. firstAgenda]);
        data.Clock.Now = MeetingData.StartsAt;
        await data.Meetings.OpenAsync(data.Society.Id, agm.Id, "chair", MeetingData.Cancel);
        await data.Meetings.CloseAsync(data.Society.Id, agm.Id, "chair", MeetingData.Cancel);
        var (later, laterAgenda) = await data.Meetings.AgmAgendaAsync(data.Society.Id, 1, [], MeetingData.Cancel);

        Assert.Equal(5, first.Vacancies);
        Assert.Equal(2, later.Vacancies);
        Assert.Equal(["Member1 Test", "Member2 Test"], later.Retiring.Select(d => d.Name));
        Assert.Equal("Election of directors: 2 seats", laterAgenda.Single(i => i.Kind == AgendaItemKind.BoardElection).Title);
    }
}
