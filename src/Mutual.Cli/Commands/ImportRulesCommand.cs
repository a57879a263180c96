using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Rules;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual society rules import FILE --society S</c></summary>
public static class ImportRulesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The rules, as YAML (start from `rules export`)" };
        var society = SocietyOption.Create();
        var command = new Command("import", "Adopt rules from a YAML file as the society's next version") { file, society };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            var yaml = await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, cancellationToken);
            var adopted = await cli.Get<RulesStore>().ImportAsync(found.Id, yaml, CliServices.Actor, cancellationToken);
            if (adopted.Error is RulesYamlInvalid invalid)
            {
                foreach (var problem in invalid.Problems) await cli.Error.WriteLineAsync(problem.ToString());
                return CliServices.Refused;
            }

            if (adopted.Error is { } error) return await cli.FailAsync(error);
            await cli.Output.WriteLineAsync($"Adopted the rules as version {adopted.Value.Version}.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
