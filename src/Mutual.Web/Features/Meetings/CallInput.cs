using System.ComponentModel.DataAnnotations;
using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

/// <summary>The call-a-meeting form. DataAnnotations say which fields are needed; the domain decides the rest.</summary>
public sealed class CallInput
{
    public MeetingKind Kind { get; set; } = MeetingKind.General;

    [Required(ErrorMessage = "Enter a title for the meeting, like \"Annual general meeting 2026\"")]
    public string? Title { get; set; }

    public MeetingFormat Format { get; set; } = MeetingFormat.InPerson;

    public string? Place { get; set; }

    public string? JoinUrl { get; set; }

    [Required(ErrorMessage = "Enter the date of the meeting, like 2026-06-20")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the time the meeting starts, like 18:30")]
    public TimeOnly? Time { get; set; } = new(18, 30);

    [Required(ErrorMessage = "Enter the time zone, like Europe/London")]
    public string TimeZone { get; set; } = "Europe/London";

    [Required(ErrorMessage = "Enter the date notice goes out, like 2026-05-01")]
    public DateOnly? NoticeOn { get; set; }

    public NoticeMethod NoticeMethod { get; set; } = NoticeMethod.Electronic;
}
