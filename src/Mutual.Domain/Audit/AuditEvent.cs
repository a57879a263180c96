using Mutual.Domain.Societies;

namespace Mutual.Domain.Audit;

/// <summary>
/// One change to a society's registers (DESIGN invariant: every change is an append-only,
/// hash-chained audit event). Events are numbered from 1 within a society; each carries the hash
/// of the one before, so editing, deleting or reordering any of them breaks the chain.
/// Build them with <see cref="AuditChain.Next"/>, never by hand.
/// </summary>
/// <param name="Action">What happened, such as <c>member.admitted</c>.</param>
/// <param name="Subject">What it happened to, such as a member id.</param>
/// <param name="Details">The facts of the change as text (usually JSON); store it verbatim, not as jsonb.</param>
public sealed record AuditEvent(
    SocietyId SocietyId,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Actor,
    string Action,
    string Subject,
    string Details,
    string PreviousHash,
    string Hash)
{
    public override string ToString() => $"event {Sequence} ({Action} {Subject} at {OccurredAt:yyyy-MM-dd HH:mm:ss}Z)";
}
