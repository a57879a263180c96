using Microsoft.Extensions.Options;
using MimeKit;

namespace Mutual.Data.Mail;

/// <summary>
/// Sends email through the configured SMTP server. One message: <see cref="SendAsync"/>. Many
/// (notices, invitations): <see cref="OpenAsync"/> once and send each through the same connection.
/// </summary>
public sealed class MailSender(IOptions<MailSettings> options)
{
    public MailSettings Settings => options.Value;

    public MailboxAddress From => new(Settings.FromName, Settings.From);

    public async Task<MailSession> OpenAsync(CancellationToken cancellationToken = default)
    {
        var session = new MailSession(Settings);
        try
        {
            await session.ConnectAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends one message from the configured sender (if it has none) to its recipients.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        await session.SendAsync(message, cancellationToken);
    }

    /// <summary>A plain-text and HTML message from the configured sender.</summary>
    public MimeMessage Compose(MailboxAddress to, string subject, string text, string html)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(From);
        message.To.Add(to);
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }
}
