using Mutual.Domain.Common;
using Mutual.Domain.Polls;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// Where a poll refusal belongs: the JSON field (and form field) it concerns, and the HTTP status
/// an API caller gets: 404 for a poll that is not there, 409 when the poll's state or the voter's
/// earlier ballot stands in the way, 403 for a voter not on the roll, 400 for anything to fix in the body.
/// </summary>
public static class PollErrors
{
    public static string Field(DomainError error) => error switch
    {
        PollTitleRequired => "title",
        PollWindowInvalid => "closesAt",
        RecordDateAfterOpening => "recordDate",
        CandidatesRequired or CandidateNameRequired => "candidates",
        SeatsOutOfRange => "seats",
        UnknownCountingMethod => "countingMethod",
        UnknownBallotCode => "code",
        BallotDoesNotFitPoll { Kind: PollKind.Resolution } => "choice",
        BallotDoesNotFitPoll or InvalidRanking => "ranking",
        ShowOfHandsInvalid => "for",
        ShowOfHandsByClassRequired or ShowOfHandsByClassNotUsed => "classes",
        _ => "body",
    };

    public static int Status(DomainError error) => error switch
    {
        PollNotFound => StatusCodes.Status404NotFound,
        AlreadyVoted or PollNotInState or PollNotCounted or VotingNotOpen => StatusCodes.Status409Conflict,
        NotOnVoterRoll => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    public static IResult ToHttpResult(DomainError error) => Status(error) switch
    {
        StatusCodes.Status400BadRequest => Missing(Field(error), error.Message),
        var status => TypedResults.Problem(title: error.Message, statusCode: status),
    };

    public static IResult Missing(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: message);
}
