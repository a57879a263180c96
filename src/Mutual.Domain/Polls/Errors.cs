using Mutual.Domain.Common;

namespace Mutual.Domain.Polls;

public sealed record PollTitleRequired() : DomainError("Enter a title for the poll, like \"Approve the annual accounts\".");

public sealed record PollWindowInvalid(DateTimeOffset OpensAt, DateTimeOffset ClosesAt)
    : DomainError($"The poll must close after it opens: it opens {OpensAt:yyyy-MM-dd HH:mm} but closes {ClosesAt:yyyy-MM-dd HH:mm}.");

public sealed record RecordDateAfterOpening(DateOnly RecordDate, DateTimeOffset OpensAt)
    : DomainError($"The record date {RecordDate:yyyy-MM-dd} is after the poll opens ({OpensAt:yyyy-MM-dd}); the voter roll must be fixed first.");

public sealed record CandidatesRequired(int Seats, int Candidates)
    : DomainError($"An election for {Seats} seat(s) needs more candidates than seats, or at least one; it has {Candidates}.");

public sealed record CandidateNameRequired(int Number) : DomainError($"Enter a name for candidate {Number}.");

public sealed record SeatsOutOfRange(int Seats) : DomainError($"Seats must be a whole number from 1 up; {Seats} is not.");

public sealed record UnknownCountingMethod(string Method, IReadOnlyList<string> Known)
    : DomainError($"There is no counting method \"{Method}\". Choose one of: {string.Join(", ", Known)}.");

public sealed record PollNotFound(PollId Id) : DomainError("There is no such poll in this society.");

public sealed record PollNotInState(PollId Id, PollState State, PollState Needed)
    : DomainError($"The poll is {State.ToString().ToLowerInvariant()}; this needs it {Needed.ToString().ToLowerInvariant()}.");

public sealed record PollNotCounted(PollId Id) : DomainError("The poll has not been counted yet; count it before certifying.");

public sealed record VotingNotOpen(DateTimeOffset OpensAt, DateTimeOffset ClosesAt)
    : DomainError($"Voting is open from {OpensAt:yyyy-MM-dd HH:mm} until {ClosesAt:yyyy-MM-dd HH:mm} (UTC) only.");

public sealed record NotOnVoterRoll() : DomainError("You are not on the voter roll for this poll (members admitted by the record date).");

public sealed record UnknownBallotCode() : DomainError("That ballot code is not valid for this poll. Check it and type it again.");

public sealed record AlreadyVoted() : DomainError("A ballot has already been cast for this voter in this poll; each voter has one ballot.");

public sealed record BallotDoesNotFitPoll(PollKind Kind)
    : DomainError(Kind == PollKind.Resolution
        ? "This poll is a resolution: vote for, against or abstain."
        : "This poll is an election: rank the candidates by number.");

public sealed record InvalidRanking(string Reason) : DomainError($"The ranking is not valid: {Reason}");

public sealed record ShowOfHandsInvalid(string Reason) : DomainError($"The show of hands is not valid: {Reason}");

public sealed record ShowOfHandsByClassRequired()
    : DomainError("The rules weight the membership classes (C10), so count the hands in each class.");

public sealed record ShowOfHandsByClassNotUsed()
    : DomainError("The rules do not weight the membership classes, so give one set of totals: for, against and abstaining.");
