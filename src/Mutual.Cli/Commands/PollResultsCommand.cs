using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Cli.Polls;
using Mutual.Data.Polls;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual poll results --society S --poll ID [--format text|json]</c></summary>
public static class PollResultsCommand
{
    public static Command Create()
    {
        var society = SocietyOption.Create();
        var poll = PollOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("results", "Print a closed poll's results, with every receipt code and its ballot") { society, poll, format };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            if (await PollOption.FindAsync(cli, found.Id, parse.GetValue(poll)!, cancellationToken) is not { } id) return CliServices.Refused;
            var results = await cli.Get<PollService>().ResultsAsync(found.Id, id, cancellationToken);
            if (results is null)
            {
                await cli.Error.WriteLineAsync("The poll is not closed yet: its results stay hidden until the returning officer closes it.");
                return CliServices.Refused;
            }

            if (parse.GetValue(format) == "json") await cli.Output.WriteLineAsync(ResultsJson.Write(results));
            else ResultsText.Write(cli.Output, results);
            return 0;
        }, cancellationToken));
        return command;
    }
}
