using Mutual.Domain.Societies;

namespace Mutual.Data.Notices;

/// <summary>
/// Everything a notice of a general meeting must tell members (DOMAIN C2: date, time, place,
/// business and resolutions; no other business may be transacted), filled by the meetings feature
/// from its meeting. <see cref="Revision"/> starts at 0 and goes up each time a changed notice is
/// sent, so a calendar that holds the invite replaces it rather than adding a second entry.
/// </summary>
public sealed record MeetingNotice
{
    public required Guid MeetingId { get; init; }

    public required SocietyId SocietyId { get; init; }

    public required string SocietyName { get; init; }

    public required string RegisteredOffice { get; init; }

    /// <summary>For example "Annual general meeting 2026".</summary>
    public required string Title { get; init; }

    public required NoticeMeetingKind Kind { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>The IANA time zone the meeting is held in (e.g. "Europe/London"); times are shown in it.</summary>
    public required string TimeZone { get; init; }

    public required NoticeAttendanceMode Mode { get; init; }

    /// <summary>The venue; required unless the meeting is online only.</summary>
    public string? Place { get; init; }

    /// <summary>Where to join online; required unless the meeting is in person only.</summary>
    public Uri? JoinUrl { get; init; }

    public required DateOnly NoticeDate { get; init; }

    /// <summary>The business (agenda items) in order.</summary>
    public required IReadOnlyList<string> Business { get; init; }

    public IReadOnlyList<NoticeResolution> Resolutions { get; init; } = [];

    /// <summary>How and by when to appoint a proxy; null where the rules allow no proxies.</summary>
    public NoticeProxies? Proxies { get; init; }

    public required string SecretaryName { get; init; }

    public int Revision { get; init; }
}
