using System.CommandLine;
using System.Globalization;
using Mutual.Cli.Foundation;
using Mutual.Data.Polls;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual poll list --society S</c>: every poll with its id, state and window.</summary>
public static class PollListCommand
{
    public static Command Create()
    {
        var society = SocietyOption.Create();
        var command = new Command("list", "List the society's polls with their ids and states") { society };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            foreach (var poll in await cli.Get<PollService>().ListAsync(found.Id, null, cancellationToken))
            {
                await cli.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{poll.Id}  {poll.State,-9}  {poll.Kind,-10}  {poll.OpensAt:yyyy-MM-dd HH:mm} to {poll.ClosesAt:yyyy-MM-dd HH:mm}  {poll.Title}"));
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
