using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

/// <summary>Calls a meeting. <c>StartsAt</c> carries its offset; <c>NoticeAt</c> defaults to now.</summary>
public sealed record CallMeetingRequest(
    MeetingKind? Kind, string? Title, MeetingFormat? Format, string? Place, string? JoinUrl, DateTimeOffset? StartsAt, string? TimeZone,
    DateTimeOffset? NoticeAt, NoticeMethod? NoticeMethod, IReadOnlyList<AgendaItemRequest>? Agenda, bool BuildAgmAgenda = false);

public sealed record AgendaItemRequest(AgendaItemKind? Kind, string? Title, string? Text, int? Vacancies);

public sealed record AttendanceRequest(Guid? MemberId, AttendanceMode? Mode);

/// <summary>The signed-in member appoints a proxy: <c>HolderMemberId</c> null for the chair; directions by agenda item id.</summary>
public sealed record AppointProxyRequest(Guid? HolderMemberId, IReadOnlyDictionary<Guid, ProxyVote>? Directions);

public sealed record AdjournRequest(DateTimeOffset? ResumesAt);
