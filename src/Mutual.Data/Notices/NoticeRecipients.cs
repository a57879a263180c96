using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Notices;

/// <summary>Who is owed notice of a general meeting: every current (admitted, not ceased) member, in register order.</summary>
public sealed class NoticeRecipients(MutualDbContext db)
{
    public async Task<IReadOnlyList<NoticeRecipient>> CurrentMembersAsync(SocietyId societyId, CancellationToken cancellationToken = default)
    {
        var members = await db.Members.AsNoTracking()
            .Where(m => m.SocietyId == societyId && m.Status == MemberStatus.Active)
            .OrderBy(m => m.MembershipNumber)
            .Select(m => new { m.Id, m.GivenNames, m.FamilyName, m.PostalAddress, m.Postcode, m.Email })
            .ToListAsync(cancellationToken);
        return [.. members.Select(m => new NoticeRecipient(m.Id, new MemberName(m.GivenNames, m.FamilyName).Display, m.PostalAddress, m.Postcode, m.Email))];
    }
}
