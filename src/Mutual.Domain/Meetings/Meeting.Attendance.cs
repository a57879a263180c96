using Mutual.Domain.Common;
using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

public sealed partial class Meeting
{
    /// <summary>
    /// C4, C6: a member arrives, in the room or online (which counts as present). Attending in
    /// person revokes their proxy: they speak and vote for themselves.
    /// </summary>
    public Result<Attendee> RecordAttendance(MeetingMember member, AttendanceMode mode, DateTimeOffset now)
    {
        if (State is not (MeetingState.Called or MeetingState.Open)) return new MeetingNotInState(State, "record attendance");
        if (_attendees.Exists(a => a.MemberId == member.Id)) return new AlreadyAttending(member.Id);

        var attendee = new Attendee(member, mode, now);
        _attendees.Add(attendee);
        ActiveProxyOf(member.Id)?.Revoke(now, "attended the meeting");
        return attendee;
    }

    public bool IsAttending(MemberId member) => _attendees.Exists(a => a.MemberId == member);
}
