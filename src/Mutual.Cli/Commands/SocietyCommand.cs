using System.CommandLine;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual society ...</c>: create and list societies, export and import their rules.</summary>
public static class SocietyCommand
{
    public static Command Create()
    {
        var rules = new Command("rules", "Export or adopt a society's rules as YAML")
        {
            ExportRulesCommand.Create(),
            ImportRulesCommand.Create(),
        };
        return new Command("society", "Create and list societies; export and import their rules")
        {
            CreateSocietyCommand.Create(),
            ListSocietiesCommand.Create(),
            rules,
        };
    }
}
