namespace Mutual.Domain.Members;

/// <summary>
/// One dated entry in a member's status history (DOMAIN B4: date entered, date ceased; B7: kept
/// after cessation). Entries are only ever appended: a correction is a new entry.
/// </summary>
public sealed record MemberStatusChange(
    MemberStatus Status,
    DateOnly EffectiveOn,
    DateTimeOffset RecordedAt,
    CessationReason? CessationReason = null,
    string? Note = null);
