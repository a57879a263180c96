using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

public sealed partial class MeetingService
{
    public Task<Result<AgendaItem>> AddItemAsync(SocietyId societyId, MeetingId id, AgendaItemDraft draft, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.agenda-item-added", actor, (m, r) => m.AddItem(draft, r.Meetings),
            i => new { i.Id, i.Number, Kind = i.Kind.ToString(), i.Title, i.Text, i.Vacancies }, cancellationToken);

    public Task<Result<AgendaItem>> RemoveItemAsync(SocietyId societyId, MeetingId id, Guid itemId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.agenda-item-removed", actor, (m, _) => m.RemoveItem(itemId),
            i => new { i.Id, i.Title }, cancellationToken);

    /// <summary>Links the poll that decides a resolution or the board election.</summary>
    public Task<Result<AgendaItem>> LinkPollAsync(SocietyId societyId, MeetingId id, Guid itemId, Guid pollId, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.poll-linked", actor, (m, _) => m.LinkPoll(itemId, pollId),
            i => new { i.Id, i.PollId }, cancellationToken);

    /// <summary>C2: notice has gone out (by the notices mailer, or posted by hand).</summary>
    public Task<Result<Meeting>> RecordNoticeSentAsync(
        SocietyId societyId, MeetingId id, DateTimeOffset sentAt, NoticeMethod method, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.notice-sent", actor, (m, r) => m.RecordNoticeSent(sentAt, method, r.Meetings),
            m => new { SentAt = sentAt, Method = method.ToString() }, cancellationToken);

    /// <summary>
    /// C1, D2: the AGM's business, with the directors retiring by rotation drawn from the register of
    /// directors; the first AGM is one with no earlier AGM held. The seed makes the lot repeatable.
    /// </summary>
    public async Task<(RotationDraw Rotation, IReadOnlyList<AgendaItemDraft> Agenda)> AgmAgendaAsync(
        SocietyId societyId, int seed, IEnumerable<AgendaItemDraft> resolutions, CancellationToken cancellationToken = default)
    {
        var rules = await rulesStore.CurrentAsync(societyId, cancellationToken);
        var directors = await db.Directors.AsNoTracking().Where(d => d.SocietyId == societyId && d.LeftOn == null).ToListAsync(cancellationToken);
        var heldAgm = await db.Meetings.AnyAsync(
            m => m.SocietyId == societyId && m.Kind == MeetingKind.Annual && m.State == MeetingState.Closed, cancellationToken);
        var board = rules.IsSuccess ? rules.Value.Board : new Domain.Rules.BoardRules();
        var rotation = BoardRotation.Draw([.. directors.Select(d => d.ToDirector())], !heldAgm, board, seed);
        return (rotation, AgmAgenda.Build(rotation, resolutions));
    }

    public async Task<IReadOnlyList<Director>> DirectorsAsync(SocietyId societyId, CancellationToken cancellationToken = default) =>
        [.. (await db.Directors.AsNoTracking().Where(d => d.SocietyId == societyId && d.LeftOn == null).ToListAsync(cancellationToken))
            .Select(d => d.ToDirector()).OrderBy(d => d.ElectedOn)];

    /// <summary>Enters a serving director and the date of their last election (the minimal register rotation needs).</summary>
    public async Task<Result<Director>> RecordDirectorAsync(
        SocietyId societyId, Domain.Members.MemberId memberId, DateOnly electedOn, string actor, CancellationToken cancellationToken = default)
    {
        if (await MeetingMembers.CurrentAsync(db, societyId, memberId, cancellationToken) is not { } member) return new NotACurrentMember();
        var record = new DirectorRecord(societyId, member.Id, member.Name, electedOn);
        db.Directors.Add(record);
        await audit.AppendAsync(societyId, actor, "director.recorded", member.Id.ToString(), null, new { member.Name, ElectedOn = electedOn }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return record.ToDirector();
    }
}
