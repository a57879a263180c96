using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>A member in the attendance register, in person or online (DOMAIN C4, C6), with the classes they belong to.</summary>
public sealed class Attendee
{
    // For EF Core.
    private Attendee()
    {
        Name = "";
        ClassKeyList = "";
    }

    internal Attendee(MeetingMember member, AttendanceMode mode, DateTimeOffset arrivedAt)
    {
        MemberId = member.Id;
        Name = member.Name;
        ClassKeyList = string.Join(',', member.ClassKeys);
        Mode = mode;
        ArrivedAt = arrivedAt;
    }

    public MemberId MemberId { get; private set; }

    public string Name { get; private set; }

    public AttendanceMode Mode { get; private set; }

    public DateTimeOffset ArrivedAt { get; private set; }

    /// <summary>The member's classes as the register had them on arrival, comma-separated for storage.</summary>
    public string ClassKeyList { get; private set; }

    public IReadOnlyList<string> ClassKeys => ClassKeyList.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
