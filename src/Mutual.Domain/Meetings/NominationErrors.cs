using Mutual.Domain.Common;

namespace Mutual.Domain.Meetings;

public sealed record NotABoardElection() : DomainError("Candidates can only be nominated for the election of directors on the agenda.");

public sealed record NominationsClosed()
    : DomainError("Nominations have closed: they close when the notice of the meeting goes out, because the notice names the candidates (DOMAIN C2).");

public sealed record StatementRequired() : DomainError("Enter the candidate's statement: a few lines members read before they vote.");

public sealed record StatementTooLong(int Length)
    : DomainError($"The statement is {Length} characters long; keep it to {Nomination.StatementMaxLength} at most.");

public sealed record AlreadyNominated(string Name) : DomainError($"{Name} is already standing in this election.");

public sealed record NominationNotFound() : DomainError("There is no such nomination for this meeting.");

public sealed record NominationAlreadyWithdrawn() : DomainError("This nomination has already been withdrawn.");

public sealed record ElectionAlreadyCreated()
    : DomainError("The election poll has already been created from the nominations, so the list of candidates is fixed.");

public sealed record NominationsStillOpen()
    : DomainError("Nominations are still open. Send the notice of the meeting first: it closes nominations and names the candidates.");

public sealed record NoCandidates() : DomainError("Nobody has been nominated, so there is no election to hold; the seats stay vacant for the board to fill by co-option (DOMAIN D3).");

public sealed record UnopposedAtMeeting(int Candidates, int Seats)
    : DomainError($"{Candidates} candidate(s) for {Seats} seat(s): they are elected unopposed, with no poll, and the chair declares it at the meeting. Open the meeting first.");

public sealed record MeetingNotYetOpen()
    : DomainError("The poll decides business of a meeting that has not opened yet; its result goes into the minutes, so open the meeting before certifying.");

public sealed record CandidateNotAMember()
    : DomainError("A candidate must be a current member of the society: directors are elected from the members (DOMAIN D1).");

public sealed record NotYourNomination() : DomainError("Only the candidate, the member who nominated them, or the secretary can withdraw a nomination.");
