using Mutual.Domain.Common;

namespace Mutual.Domain.Rules;

/// <summary>
/// Notice of general meetings (DOMAIN C2): clear days exclude both the day notice is served and
/// the day of the meeting; posted notice counts as served after 48 hours; shorter notice needs
/// the written consent of 90% of members.
/// </summary>
public sealed record NoticeRules
{
    public int ClearDays { get; init; } = 14;

    public int PostedNoticeServedAfterHours { get; init; } = 48;

    public Ratio ShortNoticeConsent { get; init; } = Ratio.Percent(90);

    /// <summary>The earliest day a meeting can be held when notice is served on <paramref name="served"/>.</summary>
    public DateOnly EarliestMeetingDate(DateOnly served) => served.AddDays(ClearDays + 1);

    /// <summary>The last day notice may be served for a meeting on <paramref name="meeting"/>.</summary>
    public DateOnly LatestServiceDate(DateOnly meeting) => meeting.AddDays(-(ClearDays + 1));

    /// <summary>When posted notice counts as served.</summary>
    public DateTimeOffset ServedWhenPosted(DateTimeOffset posted) => posted.AddHours(PostedNoticeServedAfterHours);

    public bool IsSufficient(DateOnly served, DateOnly meeting) => meeting >= EarliestMeetingDate(served);
}
