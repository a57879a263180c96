using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Data.Societies;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual society list</c></summary>
public static class ListSocietiesCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the societies in this database");
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            foreach (var society in await cli.Get<SocietyDirectory>().ListAsync(cancellationToken))
                await cli.Output.WriteLineAsync($"{society.Slug}\t{society.Name}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
