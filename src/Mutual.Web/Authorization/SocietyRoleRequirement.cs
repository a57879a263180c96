using Microsoft.AspNetCore.Authorization;
using Mutual.Domain.Societies;

namespace Mutual.Web.Authorization;

/// <summary>The user must hold one of <see cref="Roles"/> in the society named by the route's <c>{slug}</c>.</summary>
public sealed record SocietyRoleRequirement(IReadOnlyList<SocietyRole> Roles) : IAuthorizationRequirement;
