using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Notices;

/// <summary>
/// One attempt to serve a meeting's notice on a member (DOMAIN C2): by email, with its outcome, or
/// by post when the paper batch was printed. Rows are only added, so the secretary can show who was
/// served, how and when.
/// </summary>
public sealed class NoticeDelivery
{
    // For EF Core.
    private NoticeDelivery()
    {
        Address = "";
    }

    public NoticeDelivery(SocietyId societyId, Guid meetingId, MemberId memberId, string address, DateTimeOffset at, NoticeDeliveryOutcome outcome, string? error)
    {
        Id = Guid.CreateVersion7(at);
        SocietyId = societyId;
        MeetingId = meetingId;
        MemberId = memberId;
        Address = address;
        At = at;
        Outcome = outcome;
        Error = error;
    }

    public Guid Id { get; private set; }

    public SocietyId SocietyId { get; private set; }

    public Guid MeetingId { get; private set; }

    public MemberId MemberId { get; private set; }

    /// <summary>The email address, or the postal address for a posted notice.</summary>
    public string Address { get; private set; }

    public DateTimeOffset At { get; private set; }

    public NoticeDeliveryOutcome Outcome { get; private set; }

    public string? Error { get; private set; }
}
