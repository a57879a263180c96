using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;

namespace Mutual.Web.Features.Societies;

/// <summary>The societies in which the signed-in user holds a role, and which roles.</summary>
public static class MySocieties
{
    public static async Task<IReadOnlyList<SocietyResponse>> ListAsync(MutualDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return [];

        var roles = await db.SocietyRoles.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(ct);
        var ids = roles.Select(r => r.SocietyId).Distinct().ToList();
        var societies = await db.Societies.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        return [.. societies
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(s => new SocietyResponse(s.Slug, s.Name, s.CreatedAt, [.. roles.Where(r => r.SocietyId == s.Id).Select(r => r.Role).Distinct().Order()]))];
    }
}
