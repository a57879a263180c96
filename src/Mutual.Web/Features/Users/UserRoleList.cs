using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Domain.Societies;

namespace Mutual.Web.Features.Users;

public sealed record UserRoleRow(Guid UserId, string Email, SocietyRole Role, int? MemberNumber);

/// <summary>Who holds which role in a society, by email then role: the users page and the API list the same rows.</summary>
public static class UserRoleList
{
    public static async Task<IReadOnlyList<UserRoleRow>> ReadAsync(MutualDbContext db, SocietyId society, CancellationToken ct)
    {
        var assignments = await db.SocietyRoles.AsNoTracking().Where(r => r.SocietyId == society).ToListAsync(ct);
        var userIds = assignments.Select(a => a.UserId).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? "", ct);
        var memberIds = assignments.Where(a => a.MemberId is not null).Select(a => a.MemberId!.Value).Distinct().ToList();
        var numbers = await db.Members.AsNoTracking()
            .Where(m => m.SocietyId == society && memberIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.MembershipNumber, ct);

        return [.. assignments
            .Select(a => new UserRoleRow(a.UserId, emails.GetValueOrDefault(a.UserId, ""), a.Role, a.MemberId is { } m ? numbers.GetValueOrDefault(m) : null))
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Role)];
    }
}
