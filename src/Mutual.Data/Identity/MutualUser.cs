using Microsoft.AspNetCore.Identity;

namespace Mutual.Data.Identity;

/// <summary>
/// Someone who can log in. What they may do is per society, in <see cref="Societies.SocietyRoleAssignment"/>;
/// a user who is also a member is linked to their register entry there.
/// </summary>
public sealed class MutualUser : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }
}
