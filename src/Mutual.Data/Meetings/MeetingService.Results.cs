using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

public sealed partial class MeetingService
{
    public async Task<DirectorRegister> DirectorRegisterAsync(SocietyId societyId, CancellationToken cancellationToken = default)
    {
        var all = await db.Directors.AsNoTracking().Where(d => d.SocietyId == societyId).ToListAsync(cancellationToken);
        return new DirectorRegister(
            [.. all.Where(d => d.LeftOn is null).OrderBy(d => d.ElectedOn).ThenBy(d => d.Name, StringComparer.Ordinal)],
            [.. all.Where(d => d.LeftOn is not null).OrderByDescending(d => d.LeftOn).ThenBy(d => d.Name, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The meeting that sits to decide a poll's business: the meeting itself, or, when it stood
    /// adjourned (C4), the meeting it was adjourned to, which carries the same agenda.
    /// </summary>
    public async Task<Meeting?> SittingAsync(SocietyId societyId, MeetingId id, CancellationToken cancellationToken = default)
    {
        var meeting = await GetAsync(societyId, id, cancellationToken);
        while (meeting?.AdjournedTo is { } next) meeting = await GetAsync(societyId, next, cancellationToken);
        return meeting;
    }

    /// <summary>C5, C7–C10: a certified resolution's verdict, with its numbers and threshold, goes into the minutes.</summary>
    public Task<Result<Minute>> MinuteResolutionAsync(
        SocietyId societyId, MeetingId id, Guid itemId, ResolutionOutcome outcome, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.minuted", actor, (m, _) => m.RecordResolution(itemId, outcome, clock.GetUtcNow()),
            Minuted, cancellationToken);

    /// <summary>
    /// D1, D2: the board election's result goes into the minutes and the register of directors, in one
    /// save: the elected join (or, already serving, start a new term) from the meeting's date, and the
    /// retiring directors whose seats they filled leave (<see cref="BoardChanges"/>).
    /// </summary>
    public Task<Result<Minute>> RecordBoardElectionAsync(
        SocietyId societyId, MeetingId id, Guid itemId, IReadOnlyList<Candidate> elected, bool unopposed, string actor,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "meeting.minuted", actor, async (m, _) =>
            {
                var minute = m.RecordElection(itemId, [.. elected.Select(c => c.Name)], clock.GetUtcNow(), unopposed);
                if (minute.IsSuccess) await ChangeBoardAsync(m, m.Agenda.Single(i => i.Id == itemId), elected, unopposed, actor, cancellationToken);
                return minute;
            },
            Minuted, cancellationToken);

    private async Task ChangeBoardAsync(Meeting meeting, AgendaItem item, IReadOnlyList<Candidate> elected, bool unopposed, string actor, CancellationToken ct)
    {
        var serving = await db.Directors.Where(d => d.SocietyId == meeting.SocietyId && d.LeftOn == null).ToListAsync(ct);
        var members = elected.Where(c => c.MemberId is not null).ToList();
        var changes = BoardChanges.After([.. serving.Select(d => d.MemberId)], item.Retiring(), [.. members.Select(c => c.MemberId!.Value)]);
        var how = $"{(unopposed ? "Elected unopposed" : "Elected")} at {meeting.Title}";
        var on = meeting.Date;

        foreach (var id in changes.Joining)
        {
            var name = members.First(c => c.MemberId == id).Name;
            db.Directors.Add(new DirectorRecord(meeting.SocietyId, id, name, on, meeting.Id, how));
            await audit.AppendAsync(meeting.SocietyId, actor, "director.elected", id.ToString(), null, new { Name = name, ElectedOn = on, How = how }, ct);
        }

        foreach (var record in serving.Where(d => changes.Reelected.Contains(d.MemberId)))
        {
            var before = new { record.ElectedOn, How = record.ElectedBy };
            record.Reelect(on, meeting.Id, how);
            await audit.AppendAsync(meeting.SocietyId, actor, "director.re-elected", record.MemberId.ToString(), before, new { ElectedOn = on, How = how }, ct);
        }

        foreach (var record in serving.Where(d => changes.Leaving.Contains(d.MemberId)))
        {
            record.Leave(on, $"Retired by rotation at {meeting.Title}");
            await audit.AppendAsync(meeting.SocietyId, actor, "director.term-ended", record.MemberId.ToString(), null, new { record.Name, LeftOn = on, record.LeftBecause }, ct);
        }
    }
}
