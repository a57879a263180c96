using System.CommandLine;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual members ...</c>: work on the register of members.</summary>
public static class MembersCommand
{
    public static Command Create() => new("members", "Work on the register of members") { ImportMembersCommand.Create() };
}
