using Mutual.Data.Meetings;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

/// <summary>Which nomination form field (or API body field) a refusal concerns.</summary>
public static class NominationFields
{
    public static string For(DomainError error, string prefix = "Input.") => error switch
    {
        StatementRequired or StatementTooLong => prefix + "Statement",
        CandidateNotAMember or AlreadyNominated => prefix + "CandidateNumber",
        _ => MeetingFields.For(error, prefix),
    };

    /// <summary>The API names the candidate by member id, not membership number.</summary>
    public static string ForApi(DomainError error) => For(error, "") switch
    {
        "Statement" => "statement",
        "CandidateNumber" => "candidateMemberId",
        _ => MeetingFields.ForApi(error),
    };

    public static bool IsNotFound(DomainError? error) => error is MeetingNotFound or NominationNotFound or AgendaItemNotFound;
}
