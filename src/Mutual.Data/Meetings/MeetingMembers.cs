using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;
using Mutual.Domain.Societies;

namespace Mutual.Data.Meetings;

/// <summary>Current members as meetings need them: one by id, or counted in all and per class for the quorum.</summary>
internal static class MeetingMembers
{
    public static async Task<MeetingMember?> CurrentAsync(MutualDbContext db, SocietyId societyId, MemberId id, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking()
            .SingleOrDefaultAsync(m => m.SocietyId == societyId && m.Id == id && m.Status == MemberStatus.Active, ct);
        return member is null ? null : new MeetingMember(member.Id, member.Name.Display, member.ClassKeys);
    }

    /// <summary>Counts in the database, one query per class the rules name, so a large register is never loaded.</summary>
    public static async Task<Electorate> ElectorateAsync(MutualDbContext db, SocietyId societyId, SocietyRules rules, CancellationToken ct)
    {
        var current = db.Members.Where(m => m.SocietyId == societyId && m.Status == MemberStatus.Active);
        var total = await current.CountAsync(ct);
        var perClass = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in rules.MembershipClasses.Select(c => c.Key))
            perClass[key] = await current.CountAsync(m => m.ClassKeys.Contains(key), ct);
        return new Electorate(total, perClass);
    }
}
