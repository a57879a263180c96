using System.Text;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Mutual.Data.Mail;
using Mutual.Data.Notices;
using Mutual.Testing.Smtp;

namespace Mutual.Data.Tests.Notices;

/// <summary>Notices sent through a real SMTP server (smtp4dev) and read back from it.</summary>
[Collection(SmtpServerCollection.Name)]
public sealed class NoticeMailerTests(LocalSmtpServer smtp)
{
    private static CancellationToken Cancel => NoticeServicesHost.Cancel;

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SendAsync_MembersWithEmail_EachReceivesTheNoticeWithTheInvite(DatabaseProvider provider)
    {
        var (host, seed) = await SeedAsync(provider);
        await using var _ = host;
        var sessionsBefore = (await smtp.SessionsAsync(Cancel)).Select(s => s.Id).ToHashSet();

        var run = await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, seed.Recipients, "secretary", cancellationToken: Cancel);

        Assert.Equal(new NoticeRun(Sent: 2, Failed: 0, Skipped: 0, WithoutEmail: 1, Stopped: null), run);
        Assert.True(await smtp.HasSessionAsync(s => !sessionsBefore.Contains(s.Id) && s.NumberOfMessages == 2, Cancel), "one connection for the run");
        var message = Assert.Single(await smtp.MessagesToAsync(seed.AdaEmail, cancellationToken: Cancel));
        Assert.Equal("Notice of annual general meeting: Riverside Co-operative Limited, 18 June 2026", message.Subject);
        Assert.Equal(seed.AdaEmail, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("secretary@riverside.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains("Dear Ada Lovelace,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Resolution 2: Board size (Special resolution (at least 75% of votes cast))", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("That rule 12 be amended so that the board has nine members.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h2>Resolutions</h2>", message.HtmlBody, StringComparison.Ordinal);

        var invite = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("invite.ics", invite.FileName);
        Assert.True(invite.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("REQUEST", invite.ContentType.Parameters["method"]);
        var calendar = Calendar.Load(Decode(invite))!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal(NoticeCalendar.Uid(seed.Notice.MeetingId), meeting.Uid);
        Assert.Equal(new DateTime(2026, 6, 18, 17, 30, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
        Assert.Equal(new Uri($"mailto:{seed.AdaEmail}"), Assert.Single(meeting.Attendees).Value);
        Assert.Single(await smtp.MessagesToAsync(seed.BobEmail, cancellationToken: Cancel));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SendAsync_Twice_RecordsEachDeliveryAndSkipsMembersAlreadySentUnlessForced(DatabaseProvider provider)
    {
        var (host, seed) = await SeedAsync(provider);
        await using var _ = host;
        await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, seed.Recipients, "secretary", cancellationToken: Cancel);

        var again = await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, seed.Recipients, "secretary", cancellationToken: Cancel);

        Assert.Equal(new NoticeRun(Sent: 0, Failed: 0, Skipped: 2, WithoutEmail: 1, Stopped: null), again);
        Assert.Single(await smtp.MessagesToAsync(seed.AdaEmail, cancellationToken: Cancel));
        var rows = await host.Fresh<MutualDbContext>().NoticeDeliveries.Where(d => d.MeetingId == seed.Notice.MeetingId).ToListAsync(Cancel);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(NoticeDeliveryOutcome.Sent, r.Outcome));
        Assert.Equal([seed.AdaEmail, seed.BobEmail], rows.Select(r => r.Address).Order(StringComparer.Ordinal));

        var forced = await host.Fresh<NoticeMailer>().SendAsync(seed.Notice with { Revision = 1 }, seed.Recipients, "secretary", force: true, cancellationToken: Cancel);

        Assert.Equal(2, forced.Sent);
        var both = await smtp.MessagesToAsync(seed.AdaEmail, atLeast: 2, Cancel);
        Assert.Equal(2, both.Count);
        var amended = Calendar.Load(Decode(both[1].Attachments.OfType<MimePart>().Single()))!.Events.Single();
        Assert.Equal(1, amended.Sequence);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SendAsync_OneBadAddress_RecordsTheFailureAndDeliversTheRest(DatabaseProvider provider)
    {
        var (host, seed) = await SeedAsync(provider);
        await using var _ = host;
        var progress = new List<NoticeProgress>();
        var recipients = seed.Recipients.Select(r => r.Email == seed.AdaEmail ? r with { Email = "ada at nowhere" } : r).ToList();

        var run = await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, recipients, "secretary", progress: new SyncProgress(progress), cancellationToken: Cancel);

        Assert.Equal(new NoticeRun(Sent: 1, Failed: 1, Skipped: 0, WithoutEmail: 1, Stopped: null), run);
        Assert.Equal([new(1, 2, 0, 1), new(2, 2, 1, 1)], progress);
        Assert.Single(await smtp.MessagesToAsync(seed.BobEmail, cancellationToken: Cancel));
        var failed = await host.Fresh<MutualDbContext>().NoticeDeliveries.SingleAsync(d => d.MeetingId == seed.Notice.MeetingId && d.Outcome == NoticeDeliveryOutcome.Failed, Cancel);
        Assert.Equal("ada at nowhere", failed.Address);
        Assert.False(string.IsNullOrEmpty(failed.Error));
        var paper = await host.Fresh<NoticeDeliveries>().NeedingPaperAsync(seed.Notice.SocietyId, seed.Notice.MeetingId, seed.Recipients, Cancel);
        Assert.Equal(["Ada Lovelace", "Cy Young"], paper.Select(p => p.Name));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SendAsync_Run_AuditsCountsButNoAddresses(DatabaseProvider provider)
    {
        var (host, seed) = await SeedAsync(provider);
        await using var _ = host;

        await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, seed.Recipients, "secretary", cancellationToken: Cancel);

        var audit = host.Fresh<Data.Audit.AuditLog>();
        var last = (await audit.LastAsync(seed.Notice.SocietyId, Cancel))!;
        Assert.Equal("meeting.notices-emailed", last.Action);
        Assert.Equal(seed.Notice.MeetingId.ToString(), last.Subject);
        Assert.Contains("\"sent\":2", last.Details, StringComparison.Ordinal);
        Assert.Contains("\"withoutEmail\":1", last.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("@", last.Details, StringComparison.Ordinal);
        Assert.True((await audit.VerifyAsync(seed.Notice.SocietyId, Cancel)).IsIntact);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task SendAsync_ServerUnreachable_StopsAtTheFirstMemberAndSaysWhy(DatabaseProvider provider)
    {
        var closed = smtp.Settings();
        closed.Port = ClosedPort();
        var (host, seed) = await SeedAsync(provider, closed);
        await using var _ = host;

        var run = await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, seed.Recipients, "secretary", cancellationToken: Cancel);

        Assert.Equal(0, run.Sent);
        Assert.Equal(1, run.Failed);
        Assert.StartsWith($"Could not reach the mail server 127.0.0.1:{closed.Port}", run.Stopped, StringComparison.Ordinal);
        var paper = await host.Fresh<NoticeDeliveries>().NeedingPaperAsync(seed.Notice.SocietyId, seed.Notice.MeetingId, seed.Recipients, Cancel);
        Assert.Equal(3, paper.Count);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task WritePdfAsync_AfterEmailing_PrintsOnlyMembersNotServedAndRecordsThemPosted(DatabaseProvider provider)
    {
        var (host, seed) = await SeedAsync(provider);
        await using var _ = host;
        await host.Fresh<NoticeMailer>().SendAsync(seed.Notice, seed.Recipients, "secretary", cancellationToken: Cancel);
        using var pdf = new MemoryStream();

        var printed = await host.Fresh<NoticePrinting>().WritePdfAsync(seed.Notice, seed.Recipients, pdf, "secretary", Cancel);

        Assert.Equal(1, printed);
        Assert.Equal("%PDF-"u8.ToArray(), pdf.ToArray()[..5]);
        var status = await host.Fresh<NoticeDeliveries>().StatusAsync(seed.Notice.SocietyId, seed.Notice.MeetingId, seed.Recipients, Cancel);
        Assert.Equal([NoticeDeliveryOutcome.Sent, NoticeDeliveryOutcome.Sent, NoticeDeliveryOutcome.Posted], status.Select(s => s.Outcome));
        Assert.Equal("1 High Street, Town, AB1 2CD", (await host.Fresh<MutualDbContext>().NoticeDeliveries.SingleAsync(d => d.Outcome == NoticeDeliveryOutcome.Posted, Cancel)).Address);
        Assert.Equal(0, await host.Fresh<NoticePrinting>().WritePdfAsync(seed.Notice, seed.Recipients, new MemoryStream(), "secretary", Cancel));
    }

    private async Task<(NoticeServicesHost Host, Seed Seed)> SeedAsync(DatabaseProvider provider, MailSettings? mail = null)
    {
        var host = await NoticeServicesHost.StartAsync(provider, mail ?? smtp.Settings());
        var society = await host.CreateSocietyAsync();
        // Addresses unique to this test: the SMTP server is shared by every test in the class.
        var tag = Guid.NewGuid().ToString("N")[..12];
        var ada = $"ada.{tag}@example.org";
        var bob = $"bob.{tag}@example.org";
        await host.AdmitAsync(society, "Ada", "Lovelace", ada);
        await host.AdmitAsync(society, "Bob", "Marley", bob);
        await host.AdmitAsync(society, "Cy", "Young", null);
        var recipients = await host.Fresh<NoticeRecipients>().CurrentMembersAsync(society.Id, Cancel);
        return (host, new Seed(SampleNotice.For(society.Id, Guid.NewGuid()), recipients, ada, bob));
    }

    private static string Decode(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Seed(MeetingNotice Notice, IReadOnlyList<NoticeRecipient> Recipients, string AdaEmail, string BobEmail);

    // Progress<T> posts to the thread pool; the test wants every report, in order, by the time SendAsync returns.
    private sealed class SyncProgress(List<NoticeProgress> reports) : IProgress<NoticeProgress>
    {
        public void Report(NoticeProgress value) => reports.Add(value);
    }
}
