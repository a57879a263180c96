using Mutual.Data.Notices;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Tests.Notices;

/// <summary>An AGM notice with two resolutions, held in summer (British Summer Time, UTC+1).</summary>
internal static class SampleNotice
{
    public static readonly Guid MeetingId = Guid.Parse("5b0f3c7e-8d2a-4f61-9c3e-2a7d1e4b6f80");

    public const string SpecialText = "That rule 12 be amended so that the board has nine members.\nThe amendment takes effect at the close of this meeting.";

    public static MeetingNotice For(SocietyId societyId, Guid? meetingId = null, int revision = 0) => new()
    {
        MeetingId = meetingId ?? MeetingId,
        SocietyId = societyId,
        SocietyName = "Riverside Co-operative Limited",
        RegisteredOffice = "Mill House, 3 Canal Street, Leeds LS1 4AB",
        Title = "Annual general meeting 2026",
        Kind = NoticeMeetingKind.AnnualGeneralMeeting,
        // 17:30 and 19:30 UTC are 18:30 and 20:30 in London in June.
        StartsAt = new DateTimeOffset(2026, 6, 18, 17, 30, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 6, 18, 19, 30, 0, TimeSpan.Zero),
        TimeZone = "Europe/London",
        Mode = NoticeAttendanceMode.Hybrid,
        Place = "The Old Library, 12 Bridge Road, Leeds",
        JoinUrl = new Uri("https://meet.example.org/riverside-agm"),
        NoticeDate = new DateOnly(2026, 5, 28),
        Business = ["To receive the accounts and reports for 2025", "To appoint the auditor", "To elect three directors"],
        Resolutions =
        [
            new("Interest on share capital", "Ordinary resolution", "That interest of 3% be paid on share capital for 2025."),
            new("Board size", "Special resolution (at least 75% of votes cast)", SpecialText),
        ],
        Proxies = new NoticeProxies(new DateTimeOffset(2026, 6, 16, 17, 30, 0, TimeSpan.Zero), "Use the proxy form on the society's website or ask the secretary for one."),
        SecretaryName = "Grace Hopper",
        Revision = revision,
    };

    public static NoticeRecipient Ada(string email = "ada@example.org") =>
        new(MemberId.New(), "Ada Lovelace", "Flat 2\n10 Park Lane\nLeeds", "LS2 9JT", email);
}
