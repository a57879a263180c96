using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Rules;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual society rules export --society S [--out FILE]</c></summary>
public static class ExportRulesCommand
{
    public static Command Create()
    {
        var society = SocietyOption.Create();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the YAML to this file instead of the standard output" };
        var command = new Command("export", "Write the society's current rules as YAML") { society, output };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            var yaml = await cli.Get<RulesStore>().ExportAsync(found.Id, cancellationToken);
            if (yaml.Error is { } error) return await cli.FailAsync(error);
            if (parse.GetValue(output) is { } file) await File.WriteAllTextAsync(file.FullName, yaml.Value, cancellationToken);
            else await cli.Output.WriteAsync(yaml.Value);
            return 0;
        }, cancellationToken));
        return command;
    }
}
