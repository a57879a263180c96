namespace Mutual.Domain.Societies;

/// <summary>
/// What a user may do in one society (DESIGN "who uses it"): the secretary keeps the registers,
/// board members decide admissions, members see their own record, a returning officer runs an
/// election, and the chair presides at general meetings (DOMAIN C5, D6). A user may hold
/// different roles in different societies. Stored as its number: add new roles at the end.
/// </summary>
public enum SocietyRole
{
    Secretary,
    BoardMember,
    Member,
    ReturningOfficer,
    Chair,
}
