using Mutual.Domain.Common;
using Mutual.Domain.Members;

namespace Mutual.Domain.Meetings;

public sealed record MeetingTitleRequired() : DomainError("Enter a title for the meeting, like \"Annual general meeting 2026\".");

public sealed record PlaceRequired() : DomainError("Enter where the meeting is held: members attending in person need an address.");

public sealed record JoinUrlRequired() : DomainError("Enter the web address members use to join online, starting https://.");

public sealed record UnknownTimeZone(string TimeZoneId) : DomainError($"\"{TimeZoneId}\" is not a time zone. Enter one like Europe/London.");

public sealed record NoticeTooShort(DateOnly Meeting, DateOnly Earliest, string Why) : DomainError($"The meeting cannot be on {NoticeDates.Day(Meeting)}: {Why}");

public sealed record MeetingNotInState(MeetingState State, string Action)
    : DomainError($"You cannot {Action} now: the meeting is {State.ToString().ToLowerInvariant()}.");

public sealed record AgendaFixedOnceNoticeSent()
    : DomainError("The agenda cannot change once notice has been sent: no business may be transacted that the notice did not give (DOMAIN C2).");

public sealed record AgendaItemTitleRequired() : DomainError("Enter a title for the agenda item.");

public sealed record AgendaItemNotFound(Guid Id) : DomainError("This meeting has no such agenda item.");

public sealed record AlreadyAttending(MemberId Member) : DomainError("This member is already in the attendance register.");

public sealed record ProxiesNotAllowed() : DomainError("The society's rules do not allow voting by proxy (DOMAIN C6).");

public sealed record ProxyDeadlinePassed(DateTimeOffset Deadline)
    : DomainError($"Proxies had to be appointed by {Deadline:d MMMM yyyy HH:mm} UTC, the deadline the rules set before the meeting.");

public sealed record ProxyForSelf() : DomainError("A member cannot appoint themselves as their own proxy: choose the chair or another member.");

public sealed record ProxyAlreadyAppointed() : DomainError("This member already has a proxy for the meeting. Revoke it first to appoint another.");

public sealed record ProxyLimitReached(string Holder, int Limit)
    : DomainError($"{Holder} already holds {Limit} proxies, the most the rules allow one member to hold.");

public sealed record ProxyNotFound() : DomainError("There is no current proxy appointment to revoke.");

public sealed record ProxyDirectionNotResolution(Guid ItemId) : DomainError("A proxy can only be directed how to vote on a resolution on the agenda.");

public sealed record MeetingIsQuorate() : DomainError("The meeting is quorate, so it cannot be adjourned for want of a quorum.");

public sealed record AdjournmentTooSoon(DateTimeOffset WaitUntil)
    : DomainError($"The meeting can be adjourned for want of a quorum only after waiting until {WaitUntil:HH:mm} UTC (DOMAIN C4).");

public sealed record ResumeNotAfterAdjournment() : DomainError("The adjourned meeting must resume after the time it is adjourned.");

public sealed record MinuteTextRequired() : DomainError("Enter the text of the minute.");
