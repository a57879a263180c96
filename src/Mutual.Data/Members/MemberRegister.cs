using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Data.Rules;
using Mutual.Domain.Common;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Members;

/// <summary>
/// A society's register of members (DOMAIN B4, B10, B11): load, let the <see cref="Member"/>
/// decide, save with an audit event in the same transaction. Every query is scoped by society.
/// </summary>
public sealed class MemberRegister(MutualDbContext db, RulesStore rules, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Member>> ApplyAsync(
        SocietyId societyId, MemberName name, ContactDetails contact, IReadOnlyCollection<string> classKeys, DateOnly appliedOn,
        string actor, CancellationToken cancellationToken = default)
    {
        var current = await rules.CurrentAsync(societyId, cancellationToken);
        if (current.Error is { } noRules) return noRules;
        var applied = Member.Apply(societyId, name, contact, classKeys, current.Value, appliedOn, clock.GetUtcNow());
        if (applied.Error is { } error) return error;

        db.Members.Add(applied.Value);
        await audit.AppendAsync(societyId, actor, "member.applied", applied.Value.Id.ToString(), null, MemberRecord.Of(applied.Value), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return applied.Value;
    }

    /// <summary>B10: admits an applicant under the next membership number (one more than the highest so far).</summary>
    public Task<Result<Member>> AdmitAsync(SocietyId societyId, MemberId id, BoardDecision decision, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "member.admitted", actor, async member =>
        {
            var highest = await db.Members.Where(m => m.SocietyId == societyId).MaxAsync(m => m.MembershipNumber, cancellationToken);
            return member.Admit((highest ?? 0) + 1, decision, clock.GetUtcNow()).Error;
        }, cancellationToken);

    public Task<Result<Member>> RejectAsync(
        SocietyId societyId, MemberId id, BoardDecision decision, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "member.rejected", actor, member => Task.FromResult(member.Reject(decision, clock.GetUtcNow(), note).Error), cancellationToken);

    public Task<Result<Member>> CeaseAsync(
        SocietyId societyId, MemberId id, CessationReason reason, DateOnly on, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "member.ceased", actor, member => Task.FromResult(member.Cease(reason, on, clock.GetUtcNow(), note).Error), cancellationToken);

    public Task<Result<Member>> UpdateContactAsync(
        SocietyId societyId, MemberId id, ContactDetails contact, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(societyId, id, "member.contact-updated", actor, member => Task.FromResult(member.UpdateContact(contact).Error), cancellationToken);

    public Task<Member?> GetAsync(SocietyId societyId, MemberId id, CancellationToken cancellationToken = default) =>
        db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.SocietyId == societyId && m.Id == id, cancellationToken);

    public Task<Member?> GetByNumberAsync(SocietyId societyId, int membershipNumber, CancellationToken cancellationToken = default) =>
        db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.SocietyId == societyId && m.MembershipNumber == membershipNumber, cancellationToken);

    public Task<MemberPage> SearchAsync(SocietyId societyId, MemberSearch search, CancellationToken cancellationToken = default) =>
        MemberQueries.SearchAsync(db.Members, societyId, search, cancellationToken);

    private async Task<Result<Member>> ChangeAsync(
        SocietyId societyId, MemberId id, string action, string actor, Func<Member, Task<DomainError?>> change, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.SocietyId == societyId && m.Id == id, cancellationToken);
        if (member is null) return new MemberNotFound(id);

        var before = MemberRecord.Of(member);
        if (await change(member) is { } error) return error;
        await audit.AppendAsync(societyId, actor, action, id.ToString(), before, MemberRecord.Of(member), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }
}
