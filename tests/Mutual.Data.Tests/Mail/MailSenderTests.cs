using Microsoft.Extensions.Options;
using MimeKit;
using Mutual.Data.Mail;
using Mutual.Data.Tests.Notices;
using Mutual.Testing.Smtp;

namespace Mutual.Data.Tests.Mail;

[Collection(SmtpServerCollection.Name)]
public sealed class MailSenderTests(LocalSmtpServer smtp)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ComposedMessage_ArrivesWithBothPartsFromTheConfiguredSender()
    {
        var sender = new MailSender(Options.Create(smtp.Settings(from: "votes@riverside.example", fromName: "Riverside returning officer")));
        var to = $"grace.{Guid.NewGuid():N}@example.org";

        await sender.SendAsync(sender.Compose(new MailboxAddress("Grace Hopper", to), "Your ballot receipt", "Receipt: K7Q-2MX", "<p>Receipt: <b>K7Q-2MX</b></p>"), Cancel);

        var message = Assert.Single(await smtp.MessagesToAsync(to, cancellationToken: Cancel));
        Assert.Equal("Your ballot receipt", message.Subject);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Riverside returning officer", "votes@riverside.example"), (from.Name, from.Address));
        Assert.Equal("Receipt: K7Q-2MX", message.TextBody?.Trim());
        Assert.Contains("<b>K7Q-2MX</b>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ManyMessages_SendsEachOverOneSession()
    {
        var sender = new MailSender(Options.Create(smtp.Settings()));
        var addresses = Enumerable.Range(1, 3).Select(i => $"member{i}.{Guid.NewGuid():N}@example.org").ToList();
        var before = (await smtp.SessionsAsync(Cancel)).Select(s => s.Id).ToHashSet();

        await using (var session = await sender.OpenAsync(Cancel))
        {
            foreach (var address in addresses)
                await session.SendAsync(sender.Compose(MailboxAddress.Parse(address), $"Invitation for {address}", "Welcome", "<p>Welcome</p>"), Cancel);
        }

        foreach (var address in addresses)
            Assert.Equal($"Invitation for {address}", Assert.Single(await smtp.MessagesToAsync(address, cancellationToken: Cancel)).Subject);
        // Other test projects may share the server, so look for our session among the new ones rather than count them.
        Assert.True(await smtp.HasSessionAsync(s => !before.Contains(s.Id) && s.NumberOfMessages == 3, Cancel), "one session for the three messages");
    }
}
