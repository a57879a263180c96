using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Mutual.Data;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Testing.Databases;
using Mutual.Testing.Smtp;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Meetings;

/// <summary>
/// DOMAIN C2 through the meeting page: the secretary sends the notice, and a real SMTP server
/// (smtp4dev) receives one email with the calendar invite for each member with an address.
/// </summary>
public sealed class SendNoticeTests(LocalSmtpServer smtp) : IClassFixture<LocalSmtpServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task SendNotice_FromTheMeetingPage_EmailsEachMemberWithAnAddressOnceWithTheInvite(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider, settings: new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:From"] = "secretary@riverside.example",
            ["Mail:FromName"] = "Riverside",
        });
        await using var app = world.App;
        // smtp4dev is shared by the whole run: addresses of this test's own.
        var run = Guid.NewGuid().ToString("N")[..10];
        var eve = $"eve.{run}@notice.example.org";
        var fin = $"fin.{run}@notice.example.org";
        await AdmitWithEmailAsync(app, world, "Eve", "Morgan", eve);
        await AdmitWithEmailAsync(app, world, "Fin", "Walsh", fin);
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        var startsAt = MeetingWorld.InDays(40);
        using var called = await secretary.PostAsJsonAsync(world.Api,
            MeetingWorld.CallBody(startsAt, new { kind = "OrdinaryResolution", title = "Approve the accounts" }), Cancel);
        var id = (await called.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var page = $"/s/{world.Society.Slug}/meetings/{id}";
        var token = TestApp.AntiforgeryToken(await secretary.GetStringAsync(page, Cancel));

        using var sent = await PostSendNoticeAsync(secretary, page, token);
        var after = WebUtility.HtmlDecode(await secretary.GetStringAsync(page, Cancel));
        var toEve = await smtp.MessagesToAsync(eve, cancellationToken: Cancel);
        var toFin = await smtp.MessagesToAsync(fin, cancellationToken: Cancel);
        using var again = await PostSendNoticeAsync(secretary, page, token);
        var afterAgain = WebUtility.HtmlDecode(await secretary.GetStringAsync(page, Cancel));
        var deliveries = await app.WithScopeAsync(services => services.GetRequiredService<MutualDbContext>().NoticeDeliveries
            .Where(d => d.MeetingId == id).Select(d => d.Address).ToListAsync(Cancel));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Notice sent by email to 2 members.", after, StringComparison.Ordinal);
        Assert.Contains("<caption>Notices sent (2 served, 0 failed)</caption>", after, StringComparison.Ordinal);
        Assert.Contains($"<td>Eve Morgan</td>", after, StringComparison.Ordinal);
        Assert.Contains($"<td>{fin}</td>", after, StringComparison.Ordinal);
        var message = Assert.Single(toEve);
        Assert.Single(toFin);
        Assert.Equal(eve, Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("secretary@riverside.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains("Approve the accounts", message.TextBody, StringComparison.Ordinal);
        var invite = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.True(invite.ContentType.IsMimeType("text", "calendar"));
        var meeting = Assert.Single(Ical.Net.Calendar.Load(Decode(invite))!.Events);
        Assert.Equal(startsAt.UtcDateTime, meeting.DtStart!.AsUtc);
        Assert.Equal(new Uri($"mailto:{eve}"), Assert.Single(meeting.Attendees).Value);

        // Sending again serves nobody twice: no new delivery, no second email.
        Assert.True(again.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)again.StatusCode}");
        Assert.Contains("Nothing new to send", afterAgain, StringComparison.Ordinal);
        Assert.DoesNotContain("Notice sent by email to", afterAgain, StringComparison.Ordinal);
        Assert.Equal([eve, fin], deliveries.Order(StringComparer.Ordinal));
        Assert.Single(await smtp.MessagesToAsync(eve, cancellationToken: Cancel));
        Assert.Single(await smtp.MessagesToAsync(fin, cancellationToken: Cancel));
    }

    private static Task<HttpResponseMessage> PostSendNoticeAsync(HttpClient secretary, string page, string token) =>
        secretary.PostAsync($"{page}?handler=SendNotice", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Cancel);

    private static Task<Member> AdmitWithEmailAsync(TestApp app, MeetingWorld world, string given, string family, string email) =>
        app.WithScopeAsync(async services =>
        {
            var register = services.GetRequiredService<MemberRegister>();
            var applied = await register.ApplyAsync(
                world.Society.Id, new MemberName(given, family), new ContactDetails("2 Mill Lane, Stroud", "GL5 3AB", email),
                [world.Members[0].ClassKeys[0]], new DateOnly(2025, 1, 6), "test", Cancel);
            var admitted = await register.AdmitAsync(world.Society.Id, applied.Value.Id, new BoardDecision(new DateOnly(2025, 1, 20)), "test", Cancel);
            Assert.True(admitted.IsSuccess, admitted.Error?.Message);
            return applied.Value;
        });

    private static string Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
