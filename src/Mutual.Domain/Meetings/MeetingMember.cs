using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

/// <summary>A current member as a meeting needs them: who, by what name, and in which classes (for a per-class quorum, DOMAIN C4).</summary>
public sealed record MeetingMember(MemberId Id, string Name, IReadOnlyList<string> ClassKeys);
