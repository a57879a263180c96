using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Audit;
using Mutual.Domain.Societies;

namespace Mutual.Data.Audit;

/// <summary>
/// Appends to and verifies a society's hash-chained audit log. <see cref="AppendAsync"/> only adds the
/// event to the context: the caller's single <c>SaveChanges</c> writes it in the same transaction as
/// the change it records, and the (society, sequence) key makes a concurrent append of the same
/// sequence fail rather than fork the chain.
/// </summary>
public sealed class AuditLog(MutualDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AuditEvent> AppendAsync(
        SocietyId societyId, string actor, string action, string subject, object? before, object? after, CancellationToken cancellationToken = default)
    {
        var previous = PendingLast(societyId) ?? await LastAsync(societyId, cancellationToken);
        var next = AuditChain.Next(previous, societyId, clock.GetUtcNow(), actor, action, subject, Details(before, after));
        db.AuditEvents.Add(next);
        return next;
    }

    public Task<AuditEvent?> LastAsync(SocietyId societyId, CancellationToken cancellationToken = default) =>
        db.AuditEvents.AsNoTracking()
            .Where(e => e.SocietyId == societyId)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Reads the society's events in order, streaming, and names the first that was altered.</summary>
    public async Task<AuditVerification> VerifyAsync(SocietyId societyId, CancellationToken cancellationToken = default)
    {
        var events = db.AuditEvents.AsNoTracking().Where(e => e.SocietyId == societyId).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var buffered = new List<AuditEvent>();
        await foreach (var e in events.WithCancellation(cancellationToken)) buffered.Add(e);
        return AuditChain.Verify(buffered);
    }

    public static string Details(object? before, object? after) =>
        JsonSerializer.Serialize(new { before, after }, Json);

    private AuditEvent? PendingLast(SocietyId societyId) =>
        db.ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added && e.Entity.SocietyId == societyId)
            .Select(e => e.Entity)
            .MaxBy(e => e.Sequence);
}
