using Microsoft.AspNetCore.Authorization;
using Mutual.Data;

namespace Mutual.Web.Authorization;

/// <summary>
/// Grants a <see cref="SocietyRoleRequirement"/> when the user holds one of its roles in the
/// society that the request's <c>{slug}</c> names. An unknown society and a society the user has
/// no part in look the same, so the answer tells an outsider nothing.
/// </summary>
public sealed class SocietyRoleHandler(IHttpContextAccessor accessor, MutualDbContext db) : AuthorizationHandler<SocietyRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SocietyRoleRequirement requirement)
    {
        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        if (http is null) return;

        var society = await http.LoadSocietyAsync(db);
        if (society is not null && requirement.Roles.Any(society.Has)) context.Succeed(requirement);
    }
}
