namespace Mutual.Data.Notices;

/// <summary>How members attend; remote attendees count as present (DOMAIN C6).</summary>
public enum NoticeAttendanceMode
{
    InPerson,
    Online,
    Hybrid,
}
