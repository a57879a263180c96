using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

public sealed partial class MeetingService
{
    /// <summary>Every nomination for the meeting's board election, withdrawn ones included, in the order they were made.</summary>
    public async Task<IReadOnlyList<Nomination>> NominationsAsync(SocietyId societyId, MeetingId id, CancellationToken cancellationToken = default)
    {
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.SocietyId == societyId && n.MeetingId == id).ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by a date with an offset.
        return [.. nominations.OrderBy(n => n.NominatedAt).ThenBy(n => n.CandidateName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// D1: nominates a current member for the board election on the agenda, with their statement;
    /// <paramref name="proposerId"/> is the member proposing them, null when the secretary enters it.
    /// </summary>
    public async Task<Result<Nomination>> NominateAsync(
        SocietyId societyId, MeetingId id, Guid itemId, MemberId candidateId, string? statement, MemberId? proposerId, string actor,
        CancellationToken cancellationToken = default)
    {
        // A nomination made at the same moment by someone else takes the next audit sequence first;
        // trying again re-reads the nominations, so the same candidate twice is refused as such.
        for (var attempt = 1; ; attempt++)
        {
            if (await GetAsync(societyId, id, cancellationToken) is not { } meeting) return new MeetingNotFound();
            if (await MeetingMembers.CurrentAsync(db, societyId, candidateId, cancellationToken) is not { } candidate) return new CandidateNotAMember();
            if (proposerId is { } p && await MeetingMembers.CurrentAsync(db, societyId, p, cancellationToken) is null) return new NotACurrentMember();
            var made = Nomination.Make(meeting, itemId, candidate, statement, proposerId, actor, await NominationsAsync(societyId, id, cancellationToken), clock.GetUtcNow());
            if (made.Error is { } error) return error;

            var nomination = made.Value;
            db.Nominations.Add(nomination);
            await audit.AppendAsync(societyId, actor, "meeting.nominated", id.ToString(), null, Audited(nomination), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return nomination;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 20) * attempt, cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return new MeetingBusy();
            }
        }
    }

    /// <summary>Withdraws a nomination for <paramref name="by"/> (the candidate or their proposer), or for the secretary when null.</summary>
    public async Task<Result<Nomination>> WithdrawNominationAsync(
        SocietyId societyId, MeetingId id, Guid nominationId, MemberId? by, string actor, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(societyId, id, cancellationToken) is not { } meeting) return new MeetingNotFound();
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.SocietyId == societyId && n.MeetingId == id && n.Id == nominationId, cancellationToken);
        if (nomination is null) return new NominationNotFound();
        if (by is { } member && member != nomination.CandidateId && member != nomination.ProposerId) return new NotYourNomination();
        var withdrawn = nomination.Withdraw(meeting, clock.GetUtcNow());
        if (withdrawn.Error is { } error)
        {
            db.ChangeTracker.Clear();
            return error;
        }

        await audit.AppendAsync(societyId, actor, "meeting.nomination-withdrawn", id.ToString(), null, Audited(nomination), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return nomination;
    }

    private static object Audited(Nomination n) => new
    {
        n.Id,
        n.AgendaItemId,
        Candidate = n.CandidateId.Value,
        n.CandidateName,
        Proposer = n.ProposerId?.Value,
        n.Statement,
        n.WithdrawnAt,
    };
}
