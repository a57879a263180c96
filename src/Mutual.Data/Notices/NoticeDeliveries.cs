using Microsoft.EntityFrameworkCore;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;

namespace Mutual.Data.Notices;

/// <summary>"Notices sent": for each member owed notice of a meeting, whether it reached them and how.</summary>
public sealed class NoticeDeliveries(MutualDbContext db)
{
    public async Task<IReadOnlyList<NoticeStatus>> StatusAsync(
        SocietyId societyId, Guid meetingId, IReadOnlyList<NoticeRecipient> recipients, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(societyId, meetingId, cancellationToken);
        return [.. recipients.Select(r => latest.TryGetValue(r.MemberId, out var d)
            ? new NoticeStatus(r, d.Outcome, d.At, d.Error)
            : new NoticeStatus(r, null, null, null))];
    }

    /// <summary>The members who have had no notice yet, by email or by post: the paper batch.</summary>
    public async Task<IReadOnlyList<NoticeRecipient>> NeedingPaperAsync(
        SocietyId societyId, Guid meetingId, IReadOnlyList<NoticeRecipient> recipients, CancellationToken cancellationToken = default) =>
        [.. (await StatusAsync(societyId, meetingId, recipients, cancellationToken)).Where(s => !s.Served).Select(s => s.Recipient)];

    // A member served once stays served: a later failed re-send does not undo an earlier success.
    private async Task<Dictionary<MemberId, NoticeDelivery>> LatestAsync(SocietyId societyId, Guid meetingId, CancellationToken cancellationToken)
    {
        var rows = await db.NoticeDeliveries.AsNoTracking()
            .Where(d => d.SocietyId == societyId && d.MeetingId == meetingId)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(d => d.MemberId).ToDictionary(
            g => g.Key,
            g => g.Where(d => d.Outcome != NoticeDeliveryOutcome.Failed).MaxBy(d => d.At) ?? g.MaxBy(d => d.At)!);
    }
}
