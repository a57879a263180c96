using System.CommandLine;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual audit ...</c>: the hash-chained audit log.</summary>
public static class AuditCommand
{
    public static Command Create() => new("audit", "Check the society's audit log") { VerifyAuditCommand.Create() };
}
