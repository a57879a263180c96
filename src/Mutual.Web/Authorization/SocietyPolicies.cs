using Mutual.Domain.Societies;

namespace Mutual.Web.Authorization;

/// <summary>
/// Who may do what in a society (DESIGN invariant: every page and endpoint is authorised by role
/// and by society). Each policy needs the user to hold one of its roles in the society that the
/// <c>{slug}</c> route value names.
/// </summary>
public static class SocietyPolicies
{
    /// <summary>Anyone with a role in the society: every <c>/s/{slug}</c> page and endpoint needs at least this.</summary>
    public const string AnyRole = "society-any-role";

    /// <summary>Those who keep or decide on the register: the secretary and the board.</summary>
    public const string Officers = "society-officers";

    /// <summary>The secretary alone: imports, rule changes, users.</summary>
    public const string Secretary = "society-secretary";

    /// <summary>
    /// Who runs a general meeting from the floor (DOMAIN C4–C6): the attendance register and quorum,
    /// adjournment, the show of hands, the chair's proxies. The chair, and the secretary too, since
    /// many small societies have no separate chair and the secretary then runs the meeting; a board
    /// member alone does not.
    /// </summary>
    public const string Chair = "society-chair";

    public static readonly IReadOnlyList<SocietyRole> AnyRoleRoles =
        [SocietyRole.Secretary, SocietyRole.BoardMember, SocietyRole.Member, SocietyRole.ReturningOfficer, SocietyRole.Chair];

    public static readonly IReadOnlyList<SocietyRole> OfficerRoles = [SocietyRole.Secretary, SocietyRole.BoardMember];

    public static readonly IReadOnlyList<SocietyRole> SecretaryRoles = [SocietyRole.Secretary];

    public static readonly IReadOnlyList<SocietyRole> ChairRoles = [SocietyRole.Chair, SocietyRole.Secretary];
}
