using System.CommandLine;

namespace Mutual.Cli.Commands;

/// <summary><c>mutual poll ...</c>: polls and ballots after the vote: list, results, BLT export.</summary>
public static class PollCommand
{
    public static Command Create() => new("poll", "Read polls, their results and their ballots")
    {
        PollListCommand.Create(),
        PollResultsCommand.Create(),
        PollExportBltCommand.Create(),
    };
}
