using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Data.Identity;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Users;

/// <summary>A problem with a role request, naming the field (<c>Email</c>, <c>Password</c>, <c>MembershipNumber</c>).</summary>
public sealed record RoleRequestProblem(string Field, string Message);

/// <summary>
/// The secretary gives someone a role, creating their login if they have none: shared by the users
/// page and the API, so both check the same things and both leave the same audit event.
/// </summary>
public sealed class RoleInvitation(MutualDbContext db, UserManager<MutualUser> users, RoleGrants grants)
{
    public async Task<IReadOnlyList<RoleRequestProblem>> RunAsync(
        CurrentSociety society, string email, string? password, SocietyRole role, int? membershipNumber, string actor, CancellationToken ct)
    {
        MemberId? memberId = null;
        if (membershipNumber is { } number)
        {
            memberId = await db.Members.Where(m => m.SocietyId == society.Id && m.MembershipNumber == number)
                .Select(m => (MemberId?)m.Id).SingleOrDefaultAsync(ct);
            if (memberId is null) return [new("MembershipNumber", $"There is no member number {number} in this society's register. Check the number.")];
        }

        email = email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            if (string.IsNullOrEmpty(password)) return [new("Password", "Set a password of at least 10 characters for the new login")];
            user = new MutualUser { UserName = email, Email = email, EmailConfirmed = true };
            var made = await users.CreateAsync(user, password);
            if (!made.Succeeded)
                return [.. made.Errors.Select(e => new RoleRequestProblem(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description))];
        }

        await grants.GrantAsync(society.Id, user.Id, role, memberId, actor, ct);
        return [];
    }
}
