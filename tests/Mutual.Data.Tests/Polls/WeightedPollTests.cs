using Mutual.Counting.Methods;
using Mutual.Counting.Methods.Simple;
using Mutual.Counting.Parsing;
using Mutual.Domain.Polls;

namespace Mutual.Data.Tests.Polls;

public sealed class WeightedPollTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CountAsync_MultiStakeholderResolution_WeighsClassesAndKeepsClassOnBallot(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["worker", "worker", "user", "user", "supporter", "investor"], "multi-stakeholder");
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution());
        VoteChoice[] choices = [VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.Against, VoteChoice.Against];
        foreach (var (member, choice) in world.Members.Zip(choices)) await world.VoteAsync(poll, member, BallotContent.Vote(choice));

        var results = await world.CloseAndCountAsync(poll);

        // 50% × 2/2 + 25% × 1/2 + 10% × 0 + 15% × 0 = 5/8, though heads are 3 to 3.
        Assert.Equal(new ExactFraction(5, 8), results.Resolution!.ShareFor);
        Assert.True(results.Resolution.Carried);
        Assert.Equal(["investor", "supporter", "user", "user", "worker", "worker"], results.Ballots.Select(b => b.ClassKey!).Order(StringComparer.Ordinal));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CountAsync_TwoVotesPerMember_CountsEachBallotTwice(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member", "member", "member"], adjust: r => r with
        {
            MembershipClasses = [.. r.MembershipClasses.Select(c => c with { VotesPerMember = 2 })],
        });
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution());
        await world.VoteAsync(poll, world.Members[0], BallotContent.Vote(VoteChoice.For));
        await world.VoteAsync(poll, world.Members[1], BallotContent.Vote(VoteChoice.Against));
        await world.VoteAsync(poll, world.Members[2], BallotContent.Vote(VoteChoice.Abstain));

        var results = await world.CloseAndCountAsync(poll);

        Assert.Equal((2m, 2m, 2m), (results.Resolution!.For, results.Resolution.Against, results.Resolution.Abstain));
        Assert.False(results.Resolution.Carried); // 2–2 is a tie
        Assert.Equal(3, results.Turnout.Voted);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task ExportBltAsync_ElectionRecountedFromExport_ElectsTheSameCandidates(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, [.. Enumerable.Repeat("member", 9)]);
        var (poll, _) = await world.OpenAsync(PollWorld.Election(2, "Ash", "Birch", "Cedar", "Damson"));
        int[][] rankings = [[1, 2], [1, 3], [1], [1, 4], [2, 1], [2], [3, 2], [4, 3, 2], [3, 4]];
        foreach (var (member, ranking) in world.Members.Zip(rankings)) await world.VoteAsync(poll, member, BallotContent.Rank(ranking));

        var openExport = await Record.ExceptionAsync(() => world.Polls.ExportBltAsync(world.Society.Id, poll, new StringWriter(), PollWorld.Cancel));
        var results = await world.CloseAndCountAsync(poll);
        using var blt = new StringWriter();
        await world.Polls.ExportBltAsync(world.Society.Id, poll, blt, PollWorld.Cancel);
        var recount = MethodCatalog.Find("scottish-stv")!.Count(BltReader.Read(new StringReader(blt.ToString())), new CountOptions());

        Assert.IsType<InvalidOperationException>(openExport);
        // Quota 9/3 + 1 = 4: Ash has 4 firsts, elected with no surplus. Damson (1) is excluded and
        // goes to Cedar (3); Birch (2) is then excluded, leaving Cedar the second seat.
        Assert.Equal([1, 3], results.Election!.Elected);
        Assert.Equal(results.Election.Elected.Select(n => n - 1), recount.Elected);
        Assert.Contains("Damson", results.Election.RoundSheetText, StringComparison.Ordinal);
        Assert.Equal(9m, results.Election.Count.ValidVotes);
    }
}
