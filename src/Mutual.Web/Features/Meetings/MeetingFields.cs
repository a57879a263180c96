using Mutual.Data.Meetings;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

/// <summary>Which form field (or API body field) a meeting refusal concerns, so the message sits beside it.</summary>
public static class MeetingFields
{
    public static string For(DomainError error, string prefix = "Input.") => error switch
    {
        MeetingTitleRequired => prefix + "Title",
        PlaceRequired => prefix + "Place",
        JoinUrlRequired => prefix + "JoinUrl",
        UnknownTimeZone => prefix + "TimeZone",
        NoticeTooShort => prefix + "Date",
        AgendaItemTitleRequired => prefix + "ItemTitle",
        ProxyLimitReached or ProxyForSelf or NotACurrentMember => prefix + "HolderNumber",
        ResumeNotAfterAdjournment => prefix + "ResumesOn",
        _ => "",
    };

    /// <summary>The same field named as the JSON body names it ("date", "joinUrl").</summary>
    public static string ForApi(DomainError error)
    {
        var field = For(error, "");
        return field.Length == 0 ? "" : char.ToLowerInvariant(field[0]) + field[1..];
    }
}
