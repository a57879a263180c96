namespace Mutual.Domain.Meetings;

/// <summary>What the secretary decides when calling a meeting: its kind, title, where and when (in its own time zone), and its business.</summary>
public sealed record MeetingPlan(
    MeetingKind Kind,
    string Title,
    MeetingFormat Format,
    string? Place,
    string? JoinUrl,
    DateTimeOffset StartsAt,
    string TimeZoneId,
    IReadOnlyList<AgendaItemDraft> Agenda);
