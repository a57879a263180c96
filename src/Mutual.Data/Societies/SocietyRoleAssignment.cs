using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Societies;

/// <summary>
/// A role a user holds in one society (a row of <c>society_roles</c>). A user holding the
/// <see cref="SocietyRole.Member"/> role is linked to their own register entry by <see cref="MemberId"/>.
/// </summary>
public sealed record SocietyRoleAssignment(Guid UserId, SocietyId SocietyId, SocietyRole Role, MemberId? MemberId = null);
