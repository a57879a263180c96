using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

public sealed partial class MeetingService
{
    public async Task<Result<QuorumReport>> QuorumAsync(SocietyId societyId, MeetingId id, CancellationToken cancellationToken = default)
    {
        var rules = await rulesStore.CurrentAsync(societyId, cancellationToken);
        if (rules.Error is { } noRules) return noRules;
        if (await GetAsync(societyId, id, cancellationToken) is not { } meeting) return new MeetingNotFound();
        return MeetingQuorum.Evaluate(meeting, await MeetingMembers.ElectorateAsync(db, societyId, rules.Value, cancellationToken), rules.Value.Meetings);
    }

    /// <summary>C4, C6: the chair records a current member arriving, in person or online.</summary>
    public Task<Result<Attendee>> RecordAttendanceAsync(
        SocietyId societyId, MeetingId id, MemberId memberId, AttendanceMode mode, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.attendance-recorded", actor, async (m, _) =>
                await MeetingMembers.CurrentAsync(db, societyId, memberId, cancellationToken) is { } member
                    ? m.RecordAttendance(member, mode, clock.GetUtcNow())
                    : new NotACurrentMember(),
            a => new { MemberId = a.MemberId.Value, a.Name, Mode = a.Mode.ToString() }, cancellationToken);

    public Task<Result<Meeting>> OpenAsync(SocietyId societyId, MeetingId id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.opened", actor, async (m, r) =>
                m.Open(MeetingQuorum.Evaluate(m, await MeetingMembers.ElectorateAsync(db, societyId, r, cancellationToken), r.Meetings), clock.GetUtcNow()),
            m => new { State = m.State.ToString(), Minute = m.Minutes[^1].Text }, cancellationToken);

    public Task<Result<Meeting>> CloseAsync(SocietyId societyId, MeetingId id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.closed", actor, (m, _) => m.Close(clock.GetUtcNow()),
            m => new { State = m.State.ToString() }, cancellationToken);

    /// <summary>C4: inquorate after the wait, so the meeting stands adjourned; returns the adjourned meeting.</summary>
    public Task<Result<Meeting>> AdjournAsync(
        SocietyId societyId, MeetingId id, DateTimeOffset resumesAt, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.adjourned", actor, async (m, r) =>
            {
                var quorum = MeetingQuorum.Evaluate(m, await MeetingMembers.ElectorateAsync(db, societyId, r, cancellationToken), r.Meetings);
                var adjourned = m.AdjournForWantOfQuorum(quorum, resumesAt, r.Meetings, clock.GetUtcNow());
                if (adjourned.IsSuccess) db.Meetings.Add(adjourned.Value);
                return adjourned;
            },
            a => new { AdjournedTo = a.Id.Value, a.StartsAt }, cancellationToken);

    public Task<Result<Minute>> RecordNoteAsync(SocietyId societyId, MeetingId id, string text, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.minuted", actor, (m, _) => m.RecordNote(text, clock.GetUtcNow()),
            Minuted, cancellationToken);

    public Task<Result<Minute>> RecordResolutionAsync(
        SocietyId societyId, MeetingId id, Guid itemId, ResolutionVotes votes, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.minuted", actor, (m, _) => m.RecordResolution(itemId, votes, clock.GetUtcNow()),
            Minuted, cancellationToken);

    private static object Minuted(Minute minute) => new { minute.Number, Kind = minute.Kind.ToString(), minute.Text };
}
