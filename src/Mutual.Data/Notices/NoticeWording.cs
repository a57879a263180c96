using System.Globalization;

namespace Mutual.Data.Notices;

/// <summary>The phrases a notice shares between its subject, body and calendar entry.</summary>
public static class NoticeWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string KindName(NoticeMeetingKind kind) => kind switch
    {
        NoticeMeetingKind.AnnualGeneralMeeting => "annual general meeting",
        _ => "general meeting",
    };

    public static string Subject(MeetingNotice notice) =>
        $"Notice of {KindName(notice.Kind)}: {notice.SocietyName}, {LocalStart(notice).ToString("d MMMM yyyy", English)}";

    /// <summary>For example "Thursday 10 December 2026, 19:00 to 21:00 (Europe/London time)".</summary>
    public static string When(MeetingNotice notice)
    {
        var start = LocalStart(notice);
        var end = Local(notice, notice.EndsAt);
        var endText = end.Date == start.Date ? end.ToString("HH:mm", English) : end.ToString("dddd d MMMM yyyy, HH:mm", English);
        return $"{start.ToString("dddd d MMMM yyyy, HH:mm", English)} to {endText} ({notice.TimeZone} time)";
    }

    public static string Where(MeetingNotice notice) => notice.Mode switch
    {
        NoticeAttendanceMode.InPerson => $"at {notice.Place}",
        NoticeAttendanceMode.Online => $"online at {notice.JoinUrl}",
        _ => $"at {notice.Place} and online at {notice.JoinUrl}",
    };

    /// <summary>The calendar's LOCATION: the venue, the link, or both.</summary>
    public static string Location(MeetingNotice notice) => notice.Mode switch
    {
        NoticeAttendanceMode.InPerson => notice.Place ?? "",
        NoticeAttendanceMode.Online => notice.JoinUrl?.ToString() ?? "",
        _ => $"{notice.Place} and online: {notice.JoinUrl}",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DateTime(MeetingNotice notice, DateTimeOffset at) =>
        Local(notice, at).ToString("HH:mm 'on' dddd d MMMM yyyy", English);

    public static DateTime LocalStart(MeetingNotice notice) => Local(notice, notice.StartsAt);

    /// <summary>The wall-clock time in the meeting's zone: what members in the room see on the clock.</summary>
    public static DateTime Local(MeetingNotice notice, DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(notice.TimeZone)).DateTime;
}
