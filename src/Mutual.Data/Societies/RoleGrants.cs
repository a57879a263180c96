using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Societies;

/// <summary>
/// Gives and takes away roles in a society. Each change is an audit event in the society's chain,
/// written in the same transaction: who did it, which role, to whom, and the assignment before and after.
/// </summary>
public sealed class RoleGrants(MutualDbContext db, AuditLog audit)
{
    public const string Granted = "role.granted";
    public const string Revoked = "role.revoked";

    /// <summary>Gives <paramref name="userId"/> the role (or re-links it to another member); returns false if nothing changed.</summary>
    public async Task<bool> GrantAsync(
        SocietyId societyId, Guid userId, SocietyRole role, MemberId? memberId, string actor, CancellationToken cancellationToken = default)
    {
        var email = await EmailAsync(userId, cancellationToken);
        var existing = await db.SocietyRoles.SingleOrDefaultAsync(r => r.SocietyId == societyId && r.UserId == userId && r.Role == role, cancellationToken);
        if (existing is not null && existing.MemberId == memberId) return false;

        var before = existing is null ? null : RoleRecord.Of(existing, email);
        if (existing is null) db.SocietyRoles.Add(new SocietyRoleAssignment(userId, societyId, role, memberId));
        else db.Entry(existing).Property(r => r.MemberId).CurrentValue = memberId;
        await audit.AppendAsync(societyId, actor, Granted, $"{role} to {email}", before,
            new RoleRecord(userId, email, role.ToString(), memberId?.Value), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes the role away. A secretary cannot take away their own secretary role, so a society is never left without one by accident.</summary>
    public async Task<Result<bool>> RevokeAsync(
        SocietyId societyId, Guid userId, SocietyRole role, Guid actorUserId, string actor, CancellationToken cancellationToken = default)
    {
        if (userId == actorUserId && role == SocietyRole.Secretary) return new OwnSecretaryRole();
        var existing = await db.SocietyRoles.SingleOrDefaultAsync(r => r.SocietyId == societyId && r.UserId == userId && r.Role == role, cancellationToken);
        if (existing is null) return false;

        db.SocietyRoles.Remove(existing);
        var email = await EmailAsync(userId, cancellationToken);
        await audit.AppendAsync(societyId, actor, Revoked, $"{role} from {email}", RoleRecord.Of(existing, email), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<string> EmailAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.Email ?? u.UserName).SingleOrDefaultAsync(cancellationToken) ?? userId.ToString();
}

/// <summary>A role assignment as the audit log records it (the role by name, so the log reads without the code).</summary>
public sealed record RoleRecord(Guid UserId, string Email, string Role, Guid? MemberId)
{
    public static RoleRecord Of(SocietyRoleAssignment a, string email) => new(a.UserId, email, a.Role.ToString(), a.MemberId?.Value);
}

public sealed record OwnSecretaryRole() : DomainError("You cannot remove your own secretary role: ask another secretary to do it.");
