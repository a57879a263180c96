using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;

namespace Mutual.Web.Authorization;

public static class CurrentSocietyAccess
{
    private static readonly object Key = new();

    /// <summary>
    /// The society named by the route's <c>{slug}</c> and the user's roles in it, loaded once per
    /// request; null when the society does not exist or the user holds no role in it.
    /// </summary>
    public static async Task<CurrentSociety?> LoadSocietyAsync(this HttpContext http, MutualDbContext db)
    {
        if (http.Items.TryGetValue(Key, out var cached)) return cached as CurrentSociety;

        var found = await FindAsync(http, db);
        http.Items[Key] = found;
        return found;
    }

    /// <summary>The society of an authorised request (every <c>/s/{slug}</c> page and endpoint is one).</summary>
    public static CurrentSociety Society(this HttpContext http) =>
        http.Items.TryGetValue(Key, out var found) && found is CurrentSociety society
            ? society
            : throw new InvalidOperationException("The society is known only after the society authorisation policy has run.");

    /// <summary>The society of this request if authorisation has loaded it (the layout uses it to show only links the user may follow).</summary>
    public static CurrentSociety? SocietyOrNull(this HttpContext http) =>
        http.Items.TryGetValue(Key, out var found) ? found as CurrentSociety : null;

    private static async Task<CurrentSociety?> FindAsync(HttpContext http, MutualDbContext db)
    {
        if (http.GetRouteValue("slug") is not string slug) return null;
        if (!Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;

        var society = await db.Societies.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, http.RequestAborted);
        if (society is null) return null;

        var roles = await db.SocietyRoles.AsNoTracking()
            .Where(r => r.UserId == userId && r.SocietyId == society.Id)
            .ToListAsync(http.RequestAborted);
        if (roles.Count == 0) return null;

        return new CurrentSociety(society, roles.Select(r => r.Role).ToHashSet(), roles.Select(r => r.MemberId).FirstOrDefault(id => id is not null));
    }
}
