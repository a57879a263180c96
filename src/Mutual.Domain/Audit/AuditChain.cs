using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mutual.Domain.Societies;

namespace Mutual.Domain.Audit;

/// <summary>
/// The SHA-256 hash chain over a society's audit events (DESIGN invariant: a verification detects
/// any edit to history). Each hash covers the event's fields and the previous event's hash.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of a society's first event.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// The event that follows <paramref name="previous"/> (null for a society's first event). The
    /// time is cut to whole microseconds, the finest PostgreSQL keeps, so the hash survives storage.
    /// </summary>
    public static AuditEvent Next(
        AuditEvent? previous, SocietyId societyId, DateTimeOffset occurredAt, string actor, string action, string subject, string details)
    {
        var at = new DateTimeOffset(occurredAt.UtcTicks - occurredAt.UtcTicks % 10, TimeSpan.Zero);
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? GenesisHash;
        var draft = new AuditEvent(societyId, sequence, at, actor, action, subject, details, previousHash, "");
        return draft with { Hash = ComputeHash(draft) };
    }

    /// <summary>The hash an event should carry, from every field but the hash itself.</summary>
    public static string ComputeHash(AuditEvent e)
    {
        var text = new StringBuilder();
        // Each field is length-prefixed so no two different events can produce the same text.
        foreach (var field in Fields(e)) text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Checks events in sequence order (as stored for one society): numbering from 1 without gaps,
    /// each linked to the one before, each hash matching its contents. Names the first that fails.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEvent> events)
    {
        var count = 0;
        AuditEvent? previous = null;
        foreach (var e in events)
        {
            count++;
            var problem = FindProblem(e, previous, count);
            if (problem is not null) return new AuditVerification(count, count, problem);
            previous = e;
        }

        return AuditVerification.Intact(count);
    }

    private static string? FindProblem(AuditEvent e, AuditEvent? previous, long expectedSequence)
    {
        if (previous is not null && e.SocietyId != previous.SocietyId)
            return $"{e} belongs to another society.";
        if (e.Sequence != expectedSequence)
            return $"expected event {expectedSequence} but found {e}: an event was deleted, inserted or moved.";
        if (e.PreviousHash != (previous?.Hash ?? GenesisHash))
            return $"{e} does not follow the event before it: an event was deleted, inserted or moved.";
        if (e.Hash != ComputeHash(e))
            return $"{e} was edited: its contents no longer match its hash.";
        return null;
    }

    private static IEnumerable<string> Fields(AuditEvent e) =>
    [
        e.SocietyId.Value.ToString("D"),
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.Actor,
        e.Action,
        e.Subject,
        e.Details,
        e.PreviousHash,
    ];
}
