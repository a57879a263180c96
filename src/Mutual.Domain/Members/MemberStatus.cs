namespace Mutual.Domain.Members;

/// <summary>
/// Where a person stands with the society (DOMAIN B10, B11): an applicant awaiting the board, an
/// admitted member, an applicant the board turned down, or a former member whose entry is kept (B7).
/// </summary>
public enum MemberStatus
{
    Applicant,
    Active,
    Rejected,
    Ceased,
}
