using Mutual.Testing.Smtp;

namespace Mutual.Data.Tests.Notices;

/// <summary>The mail tests share one local SMTP server: it is slow to start.</summary>
[CollectionDefinition(Name)]
public sealed class SmtpServerCollection : ICollectionFixture<LocalSmtpServer>
{
    public const string Name = "Local SMTP server";
}
