using Mutual.Data.Audit;

namespace Mutual.Data.Notices;

/// <summary>
/// The paper batch: one PDF of the notice for every member not yet served by email or post, each
/// recorded as posted (served 48 hours later, DOMAIN C2), with one audit event for the batch.
/// </summary>
public sealed class NoticePrinting(MutualDbContext db, NoticeDeliveries deliveries, AuditLog audit, TimeProvider clock)
{
    /// <returns>How many members' notices the PDF holds.</returns>
    public async Task<int> WritePdfAsync(
        MeetingNotice notice, IReadOnlyList<NoticeRecipient> recipients, Stream output, string actor, CancellationToken cancellationToken = default)
    {
        var batch = await deliveries.NeedingPaperAsync(notice.SocietyId, notice.MeetingId, recipients, cancellationToken);
        NoticePdf.Write(output, notice, batch);
        var now = clock.GetUtcNow();
        foreach (var r in batch)
        {
            var address = string.Join(", ", r.PostalAddress.ReplaceLineEndings(", "), r.Postcode);
            db.Add(new NoticeDelivery(notice.SocietyId, notice.MeetingId, r.MemberId, address, now, NoticeDeliveryOutcome.Posted, null));
        }

        await audit.AppendAsync(notice.SocietyId, actor, "meeting.notices-printed", notice.MeetingId.ToString(), null,
            new { Posted = batch.Count, notice.Revision }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return batch.Count;
    }
}
