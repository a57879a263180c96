using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data;
using Mutual.Data.Societies;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Users;

[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class IndexModel(MutualDbContext db, RoleGrants grants) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public IReadOnlyList<UserRoleRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await UserRoleList.ReadAsync(db, HttpContext.Society().Id, ct);

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, SocietyRole role, CancellationToken ct)
    {
        var society = HttpContext.Society();
        var revoked = await grants.RevokeAsync(society.Id, userId, role, User.UserId(), this.Actor(), ct);
        TempData["Done"] = revoked.Error?.Message ?? (revoked.Value ? "Role removed." : "That role had already been removed.");
        return Redirect($"/s/{society.Society.Slug}/users");
    }
}
