using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Web.Authorization;

/// <summary>
/// The society a request is about and what the signed-in user is in it, worked out once by the
/// authorisation handler so pages and endpoints scope every query by <see cref="Society"/>'s id.
/// </summary>
public sealed record CurrentSociety(Society Society, IReadOnlySet<SocietyRole> Roles, MemberId? MemberId)
{
    public SocietyId Id => Society.Id;

    public bool Has(SocietyRole role) => Roles.Contains(role);

    public bool IsOfficer => Has(SocietyRole.Secretary) || Has(SocietyRole.BoardMember);

    public bool IsSecretary => Has(SocietyRole.Secretary);

    /// <summary>May run a general meeting from the floor (<see cref="SocietyPolicies.Chair"/>).</summary>
    public bool CanChair => SocietyPolicies.ChairRoles.Any(Has);
}
