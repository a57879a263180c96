using System.CommandLine;
using Mutual.Cli.Foundation;
using Mutual.Cli.Polls;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual poll export-blt --society S --poll ID --out FILE</c>: a closed election's ballots, for anyone to recount.</summary>
public static class PollExportBltCommand
{
    public static Command Create()
    {
        var society = SocietyOption.Create();
        var poll = PollOption.Create();
        var output = new Option<FileInfo>("--out", "-o") { Description = "The BLT file to write", Required = true };
        var command = new Command("export-blt", "Write a closed election's ballots as a BLT file that any STV program can recount") { society, poll, output };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async cli =>
        {
            if (await cli.SocietyAsync(parse.GetValue(society)!, cancellationToken) is not { } found) return CliServices.Refused;
            if (await PollOption.FindAsync(cli, found.Id, parse.GetValue(poll)!, cancellationToken) is not { } id) return CliServices.Refused;
            var polls = cli.Get<PollService>();
            var election = (await polls.GetAsync(found.Id, id, cancellationToken))!;
            if (election.Kind != PollKind.Election) return await Refuse(cli, "That poll is a resolution; only an election's ballots can be written as BLT.");
            if (!election.ResultsVisible) return await Refuse(cli, "The poll is not closed yet: its ballots stay sealed until the returning officer closes it.");

            var file = parse.GetValue(output)!;
            await using (var writer = new StreamWriter(file.FullName))
                await polls.ExportBltAsync(found.Id, id, writer, cancellationToken);
            await cli.Output.WriteLineAsync($"Wrote the ballots of \"{election.Title}\" to {file.Name}.");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> Refuse(CliServices cli, string message)
    {
        await cli.Error.WriteLineAsync(message);
        return CliServices.Refused;
    }
}
