namespace Mutual.Domain.Meetings;

/// <summary>How a member attends. Online attendance counts as present (DOMAIN C6); a proxy is counted apart.</summary>
public enum AttendanceMode
{
    InPerson,
    Online,
}
