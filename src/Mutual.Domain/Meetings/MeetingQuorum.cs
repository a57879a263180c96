using Mutual.Domain.Rules;

namespace Mutual.Domain.Meetings;

/// <summary>
/// Works out a meeting's quorum from the attendance register and the current members (DOMAIN C4,
/// C6). A proxy counts when the rules say proxies count, its appointer is not there themselves, and
/// its holder is: a member holder who is in the register, or the chair, who is there while the
/// meeting sits.
/// </summary>
public static class MeetingQuorum
{
    public static QuorumReport Evaluate(Meeting meeting, Electorate members, MeetingRules rules)
    {
        var attending = meeting.Attendees.Select(a => a.MemberId).ToHashSet();
        var byProxy = rules.ProxiesCountTowardsQuorum
            ? meeting.Proxies.Where(p => p.IsActive && !attending.Contains(p.AppointerId) && (p.IsChair || attending.Contains(p.HolderId!.Value))).ToList()
            : [];

        // Those present are the quorum at an adjourned meeting, so long as someone is there.
        var required = meeting.IsAdjournment ? 1 : rules.Quorum.Required(members.Members);
        var classes = rules.Quorum.EachClass && !meeting.IsAdjournment ? PerClass(meeting, byProxy, members, rules.Quorum) : [];
        return new QuorumReport(
            meeting.Attendees.Count(a => a.Mode == AttendanceMode.InPerson),
            meeting.Attendees.Count(a => a.Mode == AttendanceMode.Online),
            byProxy.Count, members.Members, required, meeting.IsAdjournment, classes);
    }

    private static List<ClassQuorum> PerClass(Meeting meeting, List<ProxyAppointment> byProxy, Electorate members, QuorumRule rule)
    {
        var present = meeting.Attendees.SelectMany(a => a.ClassKeys).Concat(byProxy.SelectMany(p => p.AppointerClassKeys))
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. members.ClassMembers
            .Where(c => c.Value > 0)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ClassQuorum(c.Key, present.GetValueOrDefault(c.Key), c.Value, rule.Required(c.Value)))];
    }
}
