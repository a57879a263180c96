using Mutual.Domain.Meetings;

namespace Mutual.Data.Meetings;

/// <summary>A meeting as a list shows it, without its agenda, attendance or proxies.</summary>
public sealed record MeetingSummary(
    MeetingId Id, MeetingKind Kind, string Title, MeetingFormat Format, MeetingState State, DateTimeOffset StartsAt, string TimeZoneId, bool IsAdjournment);
