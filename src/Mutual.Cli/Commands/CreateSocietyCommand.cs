using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Societies;
using Mutual.Domain.Rules;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual society create --slug S --name N --template T</c></summary>
public static class CreateSocietyCommand
{
    public static Command Create()
    {
        var slug = new Option<string>("--slug") { Description = "Short name for URLs and commands, like riverside-coop", Required = true };
        var name = new Option<string>("--name") { Description = "The registered name, ending \"Limited\"", Required = true };
        var template = new Option<string>("--template")
        {
            Description = $"Model rules to start from: {string.Join(", ", ModelRuleTemplates.Names)}",
            DefaultValueFactory = _ => "co-operative",
        };
        var command = new Command("create", "Create a society from model rules") { slug, name, template };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            var created = await cli.Get<SocietyDirectory>().CreateAsync(
                parse.GetValue(slug)!, parse.GetValue(name)!, parse.GetValue(template)!, CliServices.Actor, cancellationToken);
            if (created.Error is { } error) return await cli.FailAsync(error);
            await cli.Output.WriteLineAsync($"Created {created.Value.Name} ({created.Value.Slug}) from the {parse.GetValue(template)} model rules.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
