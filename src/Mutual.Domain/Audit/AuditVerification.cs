namespace Mutual.Domain.Audit;

/// <summary>
/// The outcome of checking a society's audit chain: intact, or the first event that was edited,
/// deleted or moved, with what gave it away.
/// </summary>
public sealed record AuditVerification(int EventCount, long? FirstAlteredSequence, string? Problem)
{
    public bool IsIntact => FirstAlteredSequence is null;

    public static AuditVerification Intact(int eventCount) => new(eventCount, null, null);

    public override string ToString() =>
        IsIntact ? $"Audit chain intact: {EventCount} events." : $"Audit chain broken at event {FirstAlteredSequence}: {Problem}";
}
