using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Data.Configurations;
using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

/// <summary>
/// A society's general meetings (DOMAIN C1–C6, D2): call, agenda, notice, attendance, quorum,
/// proxies, adjournment, closing and minutes. Each change loads the meeting, lets the
/// <see cref="Meeting"/> decide under the current rules, and saves it with an audit event in one
/// transaction; two simultaneous changes to one meeting retry rather than overwrite each other.
/// </summary>
public sealed partial class MeetingService(MutualDbContext db, RulesStore rulesStore, AuditLog audit, TimeProvider clock)
{
    private const int Attempts = 8;

    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(SocietyId societyId, CancellationToken cancellationToken = default)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.SocietyId == societyId)
            .Select(m => new MeetingSummary(m.Id, m.Kind, m.Title, m.Format, m.State, m.StartsAt, m.TimeZoneId, m.AdjournedFrom != null))
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by a date with an offset.
        return [.. meetings.OrderByDescending(m => m.StartsAt)];
    }

    public Task<Meeting?> GetAsync(SocietyId societyId, MeetingId id, CancellationToken cancellationToken = default) =>
        db.Meetings.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(m => m.SocietyId == societyId && m.Id == id, cancellationToken);

    /// <summary>C2: calls a meeting with notice going out at <paramref name="noticeAt"/> (now when null).</summary>
    public async Task<Result<Meeting>> CallAsync(
        SocietyId societyId, MeetingPlan plan, DateTimeOffset? noticeAt, NoticeMethod method, string actor, CancellationToken cancellationToken = default)
    {
        var rules = await rulesStore.CurrentAsync(societyId, cancellationToken);
        if (rules.Error is { } noRules) return noRules;
        var now = clock.GetUtcNow();
        var called = Meeting.Call(societyId, plan, rules.Value.Meetings, noticeAt ?? now, method, now);
        if (called.Error is { } error) return error;

        db.Meetings.Add(called.Value);
        await audit.AppendAsync(societyId, actor, "meeting.called", called.Value.Id.ToString(), null, Snapshot(called.Value), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return called;
    }

    /// <summary>C2, C9: the earliest lawful date for a meeting whose notice goes out at <paramref name="noticeAt"/>.</summary>
    public async Task<Result<DateOnly>> EarliestDateAsync(
        SocietyId societyId, DateTimeOffset noticeAt, NoticeMethod method, string timeZoneId, bool convertsToCompany, CancellationToken cancellationToken = default)
    {
        var rules = await rulesStore.CurrentAsync(societyId, cancellationToken);
        if (rules.Error is { } noRules) return noRules;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)) return new UnknownTimeZone(timeZoneId);
        var notice = rules.Value.Meetings.Notice;
        return NoticeDates.Earliest(NoticeRequirement.For(notice, convertsToCompany), noticeAt, method, notice, zone);
    }

    public async Task<Result<MeetingRules>> RulesAsync(SocietyId societyId, CancellationToken cancellationToken = default)
    {
        var rules = await rulesStore.CurrentAsync(societyId, cancellationToken);
        return rules.Error is { } error ? error : rules.Value.Meetings;
    }

    private async Task<Result<T>> ChangeAsync<T>(
        SocietyId societyId, MeetingId id, string action, string actor,
        Func<Meeting, SocietyRules, Task<Result<T>>> change, Func<T, object?> details, CancellationToken cancellationToken)
    {
        var rules = await rulesStore.CurrentAsync(societyId, cancellationToken);
        if (rules.Error is { } noRules) return noRules;
        for (var attempt = 1; ; attempt++)
        {
            var meeting = await db.Meetings.AsSplitQuery().SingleOrDefaultAsync(m => m.SocietyId == societyId && m.Id == id, cancellationToken);
            if (meeting is null) return new MeetingNotFound();
            var changed = await change(meeting, rules.Value);
            if (changed.Error is { } error)
            {
                db.ChangeTracker.Clear();
                return error;
            }

            var version = db.Entry(meeting).Property<int>(MeetingConfiguration.Version);
            version.CurrentValue = version.OriginalValue + 1;
            await audit.AppendAsync(societyId, actor, action, id.ToString(), null, details(changed.Value), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return changed;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                // Spread the retries so simultaneous writers do not collide again in step.
                await Task.Delay(Random.Shared.Next(5, 20) * attempt, cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return new MeetingBusy();
            }
        }
    }

    private Task<Result<T>> ChangeAsync<T>(
        SocietyId societyId, MeetingId id, string action, string actor, Func<Meeting, SocietyRules, Result<T>> change, Func<T, object?> details,
        CancellationToken cancellationToken) =>
        ChangeAsync(societyId, id, action, actor, (m, r) => Task.FromResult(change(m, r)), details, cancellationToken);

    internal static object Snapshot(Meeting m) => new
    {
        Id = m.Id.Value,
        m.Title,
        Kind = m.Kind.ToString(),
        Format = m.Format.ToString(),
        m.Place,
        m.JoinUrl,
        m.StartsAt,
        m.TimeZoneId,
        State = m.State.ToString(),
        Agenda = m.Agenda.Select(i => new { i.Id, i.Number, Kind = i.Kind.ToString(), i.Title }),
    };
}
