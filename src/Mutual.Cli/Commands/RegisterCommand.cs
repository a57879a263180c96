using System.CommandLine;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual register ...</c>: the statutory register of members.</summary>
public static class RegisterCommand
{
    public static Command Create() => new("register", "The statutory register of members") { ExportRegisterCommand.Create() };
}
