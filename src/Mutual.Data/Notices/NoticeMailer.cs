using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Mutual.Data.Audit;
using Mutual.Data.Mail;
using Mutual.Domain.Members;

namespace Mutual.Data.Notices;

/// <summary>
/// Emails a meeting's notice to each member who has an email address, over one SMTP connection,
/// recording every attempt in <c>notice_deliveries</c> as it goes, so a run that stops part-way can
/// be resumed: members already sent are skipped unless <c>force</c> is set. A recipient the server
/// refuses is recorded as failed and the run goes on. One audit event per run, with counts only.
/// </summary>
public sealed class NoticeMailer(MutualDbContext db, MailSender mail, AuditLog audit, TimeProvider clock)
{
    public async Task<NoticeRun> SendAsync(
        MeetingNotice notice, IReadOnlyList<NoticeRecipient> recipients, string actor,
        bool force = false, IProgress<NoticeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var alreadySent = force ? [] : await SentAsync(notice, cancellationToken);
        var due = recipients.Where(r => r.HasEmail && !alreadySent.Contains(r.MemberId)).ToList();
        var skipped = recipients.Count(r => r.HasEmail) - due.Count;
        var withoutEmail = recipients.Count(r => !r.HasEmail);
        int sent = 0, failed = 0;
        string? stopped = null;
        await using (var session = new MailSession(mail.Settings))
        {
            foreach (var recipient in due)
            {
                var error = await TrySendAsync(session, notice, recipient, cancellationToken);
                if (error is { Connection: true }) stopped = error.Message;
                if (error is null) sent++;
                else failed++;
                db.Add(new NoticeDelivery(notice.SocietyId, notice.MeetingId, recipient.MemberId, recipient.Email!, clock.GetUtcNow(),
                    error is null ? NoticeDeliveryOutcome.Sent : NoticeDeliveryOutcome.Failed, error?.Message));
                await db.SaveChangesAsync(cancellationToken);
                progress?.Report(new NoticeProgress(sent + failed, due.Count, sent, failed));
                if (stopped is not null) break;
            }
        }

        var run = new NoticeRun(sent, failed, skipped, withoutEmail, stopped);
        await audit.AppendAsync(notice.SocietyId, actor, "meeting.notices-emailed", notice.MeetingId.ToString(), null,
            new { run.Sent, run.Failed, run.Skipped, run.WithoutEmail, run.Stopped, notice.Revision, force }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task<HashSet<MemberId>> SentAsync(MeetingNotice notice, CancellationToken cancellationToken) =>
        [.. await db.NoticeDeliveries
            .Where(d => d.SocietyId == notice.SocietyId && d.MeetingId == notice.MeetingId && d.Outcome == NoticeDeliveryOutcome.Sent)
            .Select(d => d.MemberId)
            .Distinct()
            .ToListAsync(cancellationToken)];

    private async Task<SendError?> TrySendAsync(MailSession session, MeetingNotice notice, NoticeRecipient recipient, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendAsync(NoticeMessage.Create(notice, recipient, mail.From, clock.GetUtcNow()), cancellationToken);
            return null;
        }
        catch (Exception e) when (e is ParseException or SmtpCommandException)
        {
            return new SendError(e.Message, Connection: false);
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException)
        {
            // The server dropped the connection mid-message: this member failed, the next send reconnects.
            return new SendError(e.Message, Connection: false);
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            return new SendError($"Could not reach the mail server {mail.Settings.Host}:{mail.Settings.Port}: {e.Message}", Connection: true);
        }
    }

    private sealed record SendError(string Message, bool Connection);
}
