namespace Mutual.Data.Mail;

/// <summary>
/// The SMTP server mail goes out through, bound from the configuration section <c>Mail</c>
/// (e.g. <c>Mail__Host</c> in the environment). <see cref="UserName"/> empty means no login.
/// </summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public string From { get; set; } = "secretary@localhost";

    public string FromName { get; set; } = "Mutual";

    /// <summary>Upgrade the connection with STARTTLS; refuse to send if the server cannot. Port 465 always uses TLS from the start.</summary>
    public bool UseStartTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long to wait for the server on connect and on each command.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
