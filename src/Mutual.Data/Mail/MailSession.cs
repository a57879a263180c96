using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Mutual.Data.Mail;

/// <summary>
/// One SMTP connection kept open for many messages. A server that rejects one recipient leaves the
/// connection usable; one that drops it is reconnected on the next send.
/// </summary>
public sealed class MailSession(MailSettings settings) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = settings.TimeoutSeconds * 1000 };

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected) return;
        var security = settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : settings.UseStartTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        await _client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
            await _client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (message.From.Count == 0) message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        await ConnectAsync(cancellationToken);
        await _client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException)
            {
                // The messages are already sent; a server that hangs up first is no failure of ours.
            }
        }

        _client.Dispose();
    }
}
