using System.Text.Json;
using Mutual.Counting.Methods;
using Mutual.Counting.Parsing;
using Mutual.Data;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Testing.Databases;

namespace Mutual.Cli.Tests.Polls;

public sealed class PollCommandTests
{
    private static readonly BallotContent For = BallotContent.Vote(VoteChoice.For);
    private static readonly BallotContent Against = BallotContent.Vote(VoteChoice.Against);

    [Theory, DatabaseProviders]
    public async Task PollResults_CountedResolution_PrintsVerdictTurnoutAndEveryReceipt(DatabaseProvider provider)
    {
        await using var cli = await PollCli.StartAsync(provider, 3);
        var poll = await cli.PollAsync(PollCli.Draft("Approve the accounts"), [For, For, Against]);
        var receipts = (await cli.Get<PollService>().ResultsAsync(cli.Society.Id, poll, PollCli.Cancel))!.Ballots.Select(b => b.Receipt).ToArray();

        var (exitCode, output, _) = await cli.RunAsync("poll", "results", "--society", "riverside", "--poll", poll.ToString());

        Assert.Equal(0, exitCode);
        Assert.Contains("Turnout: 3 of 3 eligible members voted (online 3, paper 0, proxy 0)", output, StringComparison.Ordinal);
        Assert.Contains("For: 2  Against: 1  Abstain: 0  Votes cast: 3", output, StringComparison.Ordinal);
        Assert.Contains("Carried: ", output, StringComparison.Ordinal);
        Assert.Equal(3, receipts.Length);
        Assert.All(receipts, r => Assert.Contains(r, output, StringComparison.Ordinal));
    }

    [Theory, DatabaseProviders]
    public async Task PollResults_Json_CarriesExactShareAndBallots(DatabaseProvider provider)
    {
        await using var cli = await PollCli.StartAsync(provider, 3);
        var poll = await cli.PollAsync(PollCli.Draft("Approve the accounts"), [For, For, Against]);

        var (exitCode, output, _) = await cli.RunAsync("poll", "results", "--society", "riverside", "--poll", poll.ToString(), "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var resolution = json.RootElement.GetProperty("resolution");
        Assert.Equal("2/3", resolution.GetProperty("shareFor").GetString());
        Assert.True(resolution.GetProperty("carried").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("ballots").GetArrayLength());
    }

    [Theory, DatabaseProviders]
    public async Task PollExportBlt_ClosedElection_WritesAFileThatRecountsToTheSameWinners(DatabaseProvider provider)
    {
        await using var cli = await PollCli.StartAsync(provider, 5);
        var draft = PollCli.Draft("Board election") with
        {
            Kind = PollKind.Election,
            Seats = 1,
            Candidates = [new("Ash"), new("Birch"), new("Cedar")],
        };
        // Firsts: Ash 2, Birch 2, Cedar 1. Cedar is excluded and transfers to Birch, who wins 3 to 2.
        var poll = await cli.PollAsync(draft,
            [BallotContent.Rank(1), BallotContent.Rank(1, 3), BallotContent.Rank(2), BallotContent.Rank(2, 1), BallotContent.Rank(3, 2)]);

        var (exitCode, output, _) = await cli.RunAsync("poll", "export-blt", "--society", "riverside", "--poll", poll.ToString(), "--out", cli.PathOf("board.blt"));
        var recount = MethodCatalog.Find("scottish-stv")!.Count(BltReader.Read(cli.PathOf("board.blt")), new CountOptions());

        Assert.Equal(0, exitCode);
        Assert.Contains("board.blt", output, StringComparison.Ordinal);
        Assert.Equal([1], recount.Elected);
        Assert.Equal([2], (await cli.Get<PollService>().ResultsAsync(cli.Society.Id, poll, PollCli.Cancel))!.Election!.Elected);
    }

    [Fact]
    public async Task PollResults_OpenPoll_ExitsNonZeroAndShowsNothing()
    {
        await using var cli = await PollCli.StartAsync(DatabaseProvider.Sqlite, 2);
        var poll = await cli.PollAsync(PollCli.Draft("Approve the accounts"), [For], close: false);

        var results = await cli.RunAsync("poll", "results", "--society", "riverside", "--poll", poll.ToString());
        var blt = await cli.RunAsync("poll", "export-blt", "--society", "riverside", "--poll", poll.ToString(), "--out", cli.PathOf("x.blt"));

        Assert.Equal((1, ""), (results.ExitCode, results.Output));
        Assert.Contains("not closed yet", results.Error, StringComparison.Ordinal);
        Assert.Equal(1, blt.ExitCode);
        Assert.False(File.Exists(cli.PathOf("x.blt")));
    }

    [Fact]
    public async Task PollResults_NotAnId_NamesTheOption()
    {
        await using var cli = await PollCli.StartAsync(DatabaseProvider.Sqlite, 1);

        var (exitCode, _, error) = await cli.RunAsync("poll", "results", "--society", "riverside", "--poll", "last-week");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("--poll: \"last-week\" is not a poll id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollList_TwoPolls_ListsIdsAndStates()
    {
        await using var cli = await PollCli.StartAsync(DatabaseProvider.Sqlite, 1);
        var closed = await cli.PollAsync(PollCli.Draft("First"), [For]);
        var open = await cli.PollAsync(PollCli.Draft("Second"), [], close: false);

        var (exitCode, output, _) = await cli.RunAsync("poll", "list", "--society", "riverside");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{closed}  Closed", output, StringComparison.Ordinal);
        Assert.Contains($"{open}  Open", output, StringComparison.Ordinal);
    }
}
