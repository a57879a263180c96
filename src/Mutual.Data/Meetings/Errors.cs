using Mutual.Domain.Common;

namespace Mutual.Data.Meetings;

public sealed record MeetingNotFound() : DomainError("There is no such meeting in this society.");

public sealed record NotACurrentMember() : DomainError("Only a current member of the society can attend, appoint a proxy or hold one.");

public sealed record MeetingBusy() : DomainError("Someone else changed this meeting at the same moment. Try again.");
