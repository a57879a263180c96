namespace Mutual.Web.Features.Meetings;

/// <summary>Turns a date and time typed for a place into an instant, and back, in that place's time zone.</summary>
public static class MeetingClock
{
    public static DateTimeOffset? At(DateOnly? date, TimeOnly? time, string timeZoneId)
    {
        if (date is null || time is null || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)) return null;
        var local = date.Value.ToDateTime(time.Value, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public static DateOnly Today(TimeProvider clock, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime
            : clock.GetUtcNow().UtcDateTime);

    /// <summary>Notice sent today goes out now; notice planned for a later day counts from 09:00 that day.</summary>
    public static DateTimeOffset NoticeAt(DateOnly noticeOn, TimeProvider clock, string timeZoneId) =>
        noticeOn <= Today(clock, timeZoneId) ? clock.GetUtcNow() : At(noticeOn, new TimeOnly(9, 0), timeZoneId) ?? clock.GetUtcNow();
}
