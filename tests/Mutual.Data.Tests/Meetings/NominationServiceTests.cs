using Microsoft.EntityFrameworkCore;
using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;

namespace Mutual.Data.Tests.Meetings;

public sealed class NominationServiceTests
{
    private static readonly AgendaItemDraft Election = new(AgendaItemKind.BoardElection, "Election of directors: 2 seats", "", 2);

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task NominateAsync_CurrentMember_StoresTheStatementAndAudits(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var ann = await data.AdmitAsync("Ann", "Jones");
        var bob = await data.AdmitAsync("Bob", "Singh");
        var meeting = await data.CallAsync(MeetingKind.Annual, Election);

        var made = await data.Meetings.NominateAsync(data.Society.Id, meeting.Id, meeting.Agenda[0].Id, ann.Id, " I keep the books. ", bob.Id, "bob@example.org", MeetingData.Cancel);

        Assert.True(made.IsSuccess);
        var stored = Assert.Single(await data.Meetings.NominationsAsync(data.Society.Id, meeting.Id, MeetingData.Cancel));
        Assert.Equal(("Ann Jones", "I keep the books.", bob.Id, true), (stored.CandidateName, stored.Statement, stored.ProposerId, stored.IsActive));
        var actions = await data.Fresh<MutualDbContext>().AuditEvents.Where(e => e.SocietyId == data.Society.Id).Select(e => e.Action).ToListAsync(MeetingData.Cancel);
        Assert.Contains("meeting.nominated", actions);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task NominateAsync_SimultaneousNominations_EachCandidateStandsOnceAndNoneIsLost(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var ann = await data.AdmitAsync("Ann", "Jones");
        var bob = await data.AdmitAsync("Bob", "Singh");
        var cat = await data.AdmitAsync("Cat", "Okafor");
        var meeting = await data.CallAsync(MeetingKind.Annual, Election);
        var item = meeting.Agenda[0].Id;
        // Six proposers put Ann forward at once, while Bob and Cat are nominated too.
        var candidates = new[] { ann, ann, ann, bob, ann, cat, ann, ann };

        var made = await Task.WhenAll(candidates.Select(c =>
            data.Fresh<MeetingService>().NominateAsync(data.Society.Id, meeting.Id, item, c.Id, "Statement", null, "secretary", MeetingData.Cancel)));

        var stored = await data.Meetings.NominationsAsync(data.Society.Id, meeting.Id, MeetingData.Cancel);
        Assert.Equal(["Ann Jones", "Bob Singh", "Cat Okafor"], stored.Select(n => n.CandidateName).Order(StringComparer.Ordinal));
        Assert.Equal(3, made.Count(m => m.IsSuccess));
        Assert.Equal(5, made.Count(m => m.Error is AlreadyNominated));
        var audited = await data.Fresh<MutualDbContext>().AuditEvents.CountAsync(e => e.SocietyId == data.Society.Id && e.Action == "meeting.nominated", MeetingData.Cancel);
        Assert.Equal(3, audited);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task NominateAsync_FormerMember_IsRefusedAndStoresNothing(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var meeting = await data.CallAsync(MeetingKind.Annual, Election);

        var made = await data.Meetings.NominateAsync(
            data.Society.Id, meeting.Id, meeting.Agenda[0].Id, Domain.Members.MemberId.New(), "Statement", null, "secretary", MeetingData.Cancel);

        Assert.IsType<CandidateNotAMember>(made.Error);
        Assert.Empty(await data.Meetings.NominationsAsync(data.Society.Id, meeting.Id, MeetingData.Cancel));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task NominateAsync_AfterNoticeSent_IsRefused(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var ann = await data.AdmitAsync("Ann", "Jones");
        var meeting = await data.CallAsync(MeetingKind.Annual, Election);
        await data.Meetings.RecordNoticeSentAsync(data.Society.Id, meeting.Id, MeetingData.NoticeAt, NoticeMethod.Electronic, "secretary", MeetingData.Cancel);

        var made = await data.Meetings.NominateAsync(data.Society.Id, meeting.Id, meeting.Agenda[0].Id, ann.Id, "Statement", null, "secretary", MeetingData.Cancel);

        Assert.IsType<NominationsClosed>(made.Error);
    }

    // Cat neither stands nor proposed Ann, so she cannot withdraw Ann; Ann can; the secretary (null) can too.
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WithdrawNominationAsync_OnlyCandidateProposerOrSecretary_Withdraws(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var ann = await data.AdmitAsync("Ann", "Jones");
        var cat = await data.AdmitAsync("Cat", "Evans");
        var meeting = await data.CallAsync(MeetingKind.Annual, Election);
        var nomination = (await data.Meetings.NominateAsync(data.Society.Id, meeting.Id, meeting.Agenda[0].Id, ann.Id, "Statement", ann.Id, "ann", MeetingData.Cancel)).Value;

        var byCat = await data.Meetings.WithdrawNominationAsync(data.Society.Id, meeting.Id, nomination.Id, cat.Id, "cat", MeetingData.Cancel);
        var byAnn = await data.Meetings.WithdrawNominationAsync(data.Society.Id, meeting.Id, nomination.Id, ann.Id, "ann", MeetingData.Cancel);
        var again = await data.Meetings.WithdrawNominationAsync(data.Society.Id, meeting.Id, nomination.Id, null, "secretary", MeetingData.Cancel);

        Assert.IsType<NotYourNomination>(byCat.Error);
        Assert.True(byAnn.IsSuccess);
        Assert.IsType<NominationAlreadyWithdrawn>(again.Error);
        Assert.False(Assert.Single(await data.Meetings.NominationsAsync(data.Society.Id, meeting.Id, MeetingData.Cancel)).IsActive);
    }
}
