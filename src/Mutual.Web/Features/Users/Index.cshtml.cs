using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Users;

public sealed record UserRoleRow(Guid UserId, string Email, SocietyRole Role, int? MemberNumber);

[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class IndexModel(MutualDbContext db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public IReadOnlyList<UserRoleRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var society = HttpContext.Society().Id;
        var assignments = await db.SocietyRoles.AsNoTracking().Where(r => r.SocietyId == society).ToListAsync(ct);
        var userIds = assignments.Select(a => a.UserId).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? "", ct);
        var memberIds = assignments.Where(a => a.MemberId is not null).Select(a => a.MemberId!.Value).Distinct().ToList();
        var numbers = await db.Members.AsNoTracking()
            .Where(m => m.SocietyId == society && memberIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.MembershipNumber, ct);

        Rows = [.. assignments
            .Select(a => new UserRoleRow(a.UserId, emails.GetValueOrDefault(a.UserId, ""), a.Role, a.MemberId is { } m ? numbers.GetValueOrDefault(m) : null))
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Role)];
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, SocietyRole role, CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (userId == User.UserId() && role == SocietyRole.Secretary)
        {
            TempData["Done"] = "You cannot remove your own secretary role: ask another secretary to do it.";
            return Redirect($"/s/{society.Society.Slug}/users");
        }

        await db.SocietyRoles.Where(r => r.SocietyId == society.Id && r.UserId == userId && r.Role == role).ExecuteDeleteAsync(ct);
        TempData["Done"] = "Role removed.";
        return Redirect($"/s/{society.Society.Slug}/users");
    }
}
