using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Mutual.Data.Notices;

/// <summary>
/// The calendar invite sent with a notice: an iCalendar REQUEST holding one VEVENT. Its UID comes
/// from the meeting alone and its SEQUENCE from the notice's revision, so a calendar that already
/// holds the meeting updates that entry when an amended notice arrives (RFC 5546 section 2.1.5).
/// </summary>
public static class NoticeCalendar
{
    public const string Method = "REQUEST";

    public static string Uid(Guid meetingId) => $"meeting-{meetingId:D}@mutual";

    /// <param name="stamp">When this invite was made (DTSTAMP).</param>
    public static string Create(MeetingNotice notice, NoticeOrganizer organizer, NoticeRecipient? attendee, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//Mutual//Meeting notices//EN", Method = Method };
        calendar.AddTimeZone(notice.TimeZone);
        var meeting = new CalendarEvent
        {
            Uid = Uid(notice.MeetingId),
            Sequence = notice.Revision,
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC", true),
            DtStart = new CalDateTime(NoticeWording.Local(notice, notice.StartsAt), notice.TimeZone, true),
            DtEnd = new CalDateTime(NoticeWording.Local(notice, notice.EndsAt), notice.TimeZone, true),
            Summary = $"{notice.Title}: {notice.SocietyName}",
            Description = NoticeBodies.Text(NoticeContent.Build(notice)),
            Location = NoticeWording.Location(notice),
            Url = notice.JoinUrl,
            Status = "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizer.Email}") { CommonName = organizer.Name },
        };
        if (attendee is { HasEmail: true })
        {
            var invited = new Attendee($"mailto:{attendee.Email}") { CommonName = attendee.Name, Rsvp = false, Role = "REQ-PARTICIPANT" };
            meeting.Attendees.Add(invited);
        }

        calendar.Events.Add(meeting);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
