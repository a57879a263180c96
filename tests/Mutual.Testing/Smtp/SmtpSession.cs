namespace Mutual.Testing.Smtp;

/// <summary>One SMTP connection as smtp4dev recorded it.</summary>
public sealed record SmtpSession(Guid Id, int NumberOfMessages);
