namespace Mutual.Domain.Societies;

/// <summary>
/// What a user may do in one society (DESIGN "who uses it"): the secretary keeps the registers,
/// board members decide admissions, members see their own record, and a returning officer runs
/// an election. A user may hold different roles in different societies.
/// </summary>
public enum SocietyRole
{
    Secretary,
    BoardMember,
    Member,
    ReturningOfficer,
}
