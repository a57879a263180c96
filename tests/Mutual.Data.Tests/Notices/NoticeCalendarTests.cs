using Ical.Net;
using Mutual.Data.Notices;
using Mutual.Domain.Societies;

namespace Mutual.Data.Tests.Notices;

public sealed class NoticeCalendarTests
{
    private static readonly NoticeOrganizer Organizer = new("Riverside Co-operative", "secretary@riverside.example");
    private static readonly DateTimeOffset Stamp = new(2026, 5, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_Notice_IsARequestWithOneEventAtTheMeetingsTime()
    {
        var ics = NoticeCalendar.Create(SampleNotice.For(SocietyId.New()), Organizer, SampleNotice.Ada(), Stamp);

        var calendar = Calendar.Load(ics)!;
        Assert.Equal("REQUEST", calendar.Method);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("Europe/London", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 6, 18, 18, 30, 0), meeting.DtStart.Value);
        Assert.Equal(new DateTime(2026, 6, 18, 17, 30, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 6, 18, 19, 30, 0, DateTimeKind.Utc), meeting.DtEnd!.AsUtc);
        Assert.Contains("TZID:Europe/London", ics, StringComparison.Ordinal); // the VTIMEZONE a calendar needs to place it
    }

    [Fact]
    public void Create_Notice_CarriesSummaryPlaceLinkOrganiserAndAttendee()
    {
        var meeting = Calendar.Load(NoticeCalendar.Create(SampleNotice.For(SocietyId.New()), Organizer, SampleNotice.Ada(), Stamp))!.Events.Single();

        Assert.Equal("Annual general meeting 2026: Riverside Co-operative Limited", meeting.Summary);
        Assert.Equal("The Old Library, 12 Bridge Road, Leeds and online: https://meet.example.org/riverside-agm", meeting.Location);
        Assert.Equal(new Uri("https://meet.example.org/riverside-agm"), meeting.Url);
        Assert.Equal(new Uri("mailto:secretary@riverside.example"), meeting.Organizer!.Value);
        Assert.Equal("Riverside Co-operative", meeting.Organizer.CommonName);
        var attendee = Assert.Single(meeting.Attendees);
        Assert.Equal(new Uri("mailto:ada@example.org"), attendee.Value);
        Assert.Contains(SampleNotice.SpecialText.Split('\n')[0], meeting.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AmendedNotice_KeepsTheUidAndRaisesTheSequence()
    {
        var societyId = SocietyId.New();
        var first = Calendar.Load(NoticeCalendar.Create(SampleNotice.For(societyId), Organizer, null, Stamp))!.Events.Single();
        var amended = Calendar.Load(NoticeCalendar.Create(SampleNotice.For(societyId, revision: 1) with { Place = "Town Hall, Leeds" }, Organizer, null, Stamp))!.Events.Single();
        var other = Calendar.Load(NoticeCalendar.Create(SampleNotice.For(societyId, Guid.NewGuid()), Organizer, null, Stamp))!.Events.Single();

        Assert.Equal(first.Uid, amended.Uid);
        Assert.Equal(0, first.Sequence);
        Assert.Equal(1, amended.Sequence);
        Assert.NotEqual(first.Uid, other.Uid);
        Assert.Empty(amended.Attendees);
    }
}
