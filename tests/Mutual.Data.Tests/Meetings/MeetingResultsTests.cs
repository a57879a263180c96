using Microsoft.EntityFrameworkCore;
using Mutual.Data.Polls;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;

namespace Mutual.Data.Tests.Meetings;

/// <summary>Certifying a poll that decides an agenda item minutes the decision; a board election also changes the register of directors.</summary>
public sealed class MeetingResultsTests
{
    private static readonly DateTimeOffset Voting = MeetingData.NoticeAt.AddDays(2);

    // Board: Ann (2021), Bob (2022), Cat (2023). Ann and Bob retire, in that order, for 2 seats;
    // Bob, Dev and Eve stand. Six members vote: three rank Dev first, three Bob. Scottish STV,
    // quota floor(6 / 3) + 1 = 3, so Dev and Bob reach it in the first stage. Bob is re-elected, Dev
    // joins, and Dev's seat is the next retiring director's: Ann leaves. Cat was not retiring.
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CertifyAsync_AgmBoardElection_MinutesTheElectedAndChangesTheBoard(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var (ann, bob, cat, dev, eve, fay) = (await data.AdmitAsync("Ann", "Jones"), await data.AdmitAsync("Bob", "Singh"), await data.AdmitAsync("Cat", "Evans"),
            await data.AdmitAsync("Dev", "Patel"), await data.AdmitAsync("Eve", "Brown"), await data.AdmitAsync("Fay", "Green"));
        foreach (var (member, year) in new[] { (ann, 2021), (bob, 2022), (cat, 2023) })
            await data.Meetings.RecordDirectorAsync(data.Society.Id, member.Id, new DateOnly(year, 6, 1), "secretary", MeetingData.Cancel);
        var meeting = await data.CallAsync(MeetingKind.Annual,
            new AgendaItemDraft(AgendaItemKind.BoardElection, "Election of directors: 2 seats", "", 2, [ann.Id, bob.Id]));
        var itemId = meeting.Agenda[0].Id;
        var polls = data.Fresh<PollService>();
        var poll = (await polls.CreateAsync(data.Society.Id, Draft(meeting, itemId, PollKind.Election) with
        {
            Seats = 2,
            Candidates = [new("Bob Singh", "Again", bob.Id), new("Dev Patel", "New", dev.Id), new("Eve Brown", "New", eve.Id)],
        }, "secretary", MeetingData.Cancel)).Value;
        await polls.OpenAsync(data.Society.Id, poll, "returning officer", MeetingData.Cancel);
        data.Clock.Now = Voting;
        foreach (var (voter, first) in new[] { (ann, 2), (cat, 2), (fay, 2), (bob, 1), (dev, 1), (eve, 1) })
            Assert.True((await polls.CastAsync(data.Society.Id, poll, new VoterCredential.Member(voter.Id), BallotContent.Rank(first, 3), "x", MeetingData.Cancel)).IsSuccess);
        await OpenMeetingAsync(data, meeting);

        var certified = await CloseCountCertifyAsync(data, poll);

        Assert.True(certified.IsSuccess, certified.Error?.Message);
        var minutes = (await data.Meetings.GetAsync(data.Society.Id, meeting.Id, MeetingData.Cancel))!.Minutes;
        var election = Assert.Single(minutes, m => m.Kind == MinuteKind.Election);
        Assert.StartsWith("1. Election of directors: 2 seats: elected ", election.Text, StringComparison.Ordinal);
        Assert.Equal(["Bob Singh", "Dev Patel"], election.Text["1. Election of directors: 2 seats: elected ".Length..].TrimEnd('.').Split(", ").Order());
        var register = await data.Meetings.DirectorRegisterAsync(data.Society.Id, MeetingData.Cancel);
        var agmDay = new DateOnly(2026, 6, 20);
        Assert.Equal(
            [(cat.Id, new DateOnly(2023, 6, 1)), (bob.Id, agmDay), (dev.Id, agmDay)],
            register.Current.Select(d => (d.MemberId, d.ElectedOn)));
        Assert.Equal(meeting.Id.Value, register.Current.Single(d => d.MemberId == dev.Id).ElectedAtMeeting);
        var gone = Assert.Single(register.Past);
        Assert.Equal((ann.Id, agmDay), (gone.MemberId, gone.LeftOn!.Value));
        var actions = await data.Fresh<MutualDbContext>().AuditEvents.Where(e => e.SocietyId == data.Society.Id).Select(e => e.Action).ToListAsync(MeetingData.Cancel);
        Assert.Contains("director.elected", actions);
        Assert.Contains("director.re-elected", actions);
        Assert.Contains("director.term-ended", actions);
    }

    // A special resolution: 3 for, 1 against, 1 abstaining. 3 / 4 = 75% of votes cast, which meets
    // "at least 75%". Certified before the meeting opens, it is refused and the poll stays closed.
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CertifyAsync_ResolutionOfMeeting_MinutesVotesThresholdAndVerdictOnceOpen(DatabaseProvider provider)
    {
        await using var data = await MeetingData.StartAsync(provider);
        var members = await data.AdmitManyAsync(5);
        var meeting = await data.CallAsync(MeetingKind.General, new AgendaItemDraft(AgendaItemKind.SpecialResolution, "Adopt new rules"));
        var polls = data.Fresh<PollService>();
        var poll = (await polls.CreateAsync(data.Society.Id, Draft(meeting, meeting.Agenda[0].Id, PollKind.Resolution) with { ResolutionKind = ResolutionKind.Special },
            "secretary", MeetingData.Cancel)).Value;
        await polls.OpenAsync(data.Society.Id, poll, "returning officer", MeetingData.Cancel);
        data.Clock.Now = Voting;
        VoteChoice[] votes = [VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.Abstain];
        for (var i = 0; i < 5; i++)
            await polls.CastAsync(data.Society.Id, poll, new VoterCredential.Member(members[i].Id), BallotContent.Vote(votes[i]), "x", MeetingData.Cancel);

        var early = await CloseCountCertifyAsync(data, poll);
        var stateAfterRefusal = (await data.Fresh<PollService>().GetAsync(data.Society.Id, poll, MeetingData.Cancel))!.State;
        await OpenMeetingAsync(data, meeting);
        var certified = await data.Fresh<PollService>().CertifyAsync(data.Society.Id, poll, "returning officer", MeetingData.Cancel);

        Assert.IsType<MeetingNotYetOpen>(early.Error);
        Assert.Equal(PollState.Closed, stateAfterRefusal);
        Assert.True(certified.IsSuccess);
        var minute = Assert.Single((await data.Meetings.GetAsync(data.Society.Id, meeting.Id, MeetingData.Cancel))!.Minutes, m => m.Kind == MinuteKind.Decision);
        Assert.StartsWith("1. Adopt new rules: carried, 3 for and 1 against, 1 abstaining.", minute.Text, StringComparison.Ordinal);
        Assert.Contains("75%", minute.Text, StringComparison.Ordinal);
        Assert.Equal(meeting.Agenda[0].Id, minute.AgendaItemId);
    }

    private static PollDraft Draft(Meeting meeting, Guid itemId, PollKind kind) => new()
    {
        Title = meeting.Agenda.Single(i => i.Id == itemId).Title,
        Kind = kind,
        RecordDate = DateOnly.FromDateTime(MeetingData.NoticeAt.UtcDateTime),
        OpensAt = MeetingData.NoticeAt.AddDays(1),
        ClosesAt = MeetingData.StartsAt.AddHours(3),
        MeetingId = meeting.Id.Value,
        AgendaItemId = itemId,
    };

    private static async Task OpenMeetingAsync(MeetingData data, Meeting meeting)
    {
        data.Clock.Now = MeetingData.StartsAt;
        Assert.True((await data.Meetings.OpenAsync(data.Society.Id, meeting.Id, "chair", MeetingData.Cancel)).IsSuccess);
    }

    private static async Task<Domain.Common.Result<PollResults>> CloseCountCertifyAsync(MeetingData data, PollId poll)
    {
        var polls = data.Fresh<PollService>();
        Assert.True((await polls.CloseAsync(data.Society.Id, poll, "returning officer", MeetingData.Cancel)).IsSuccess);
        Assert.True((await polls.CountAsync(data.Society.Id, poll, "returning officer", MeetingData.Cancel)).IsSuccess);
        return await polls.CertifyAsync(data.Society.Id, poll, "returning officer", MeetingData.Cancel);
    }
}
