using Microsoft.EntityFrameworkCore;
using Mutual.Data.Audit;
using Mutual.Data.Members;
using Mutual.Data.Polls;
using Mutual.Domain.Members;
using Mutual.Domain.Polls;

namespace Mutual.Data.Tests.Polls;

public sealed class PollLifecycleTests
{
    private static readonly BallotContent For = BallotContent.Vote(VoteChoice.For);
    private static readonly BallotContent Against = BallotContent.Vote(VoteChoice.Against);

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task Resolution_OpenToCertified_HidesThenPublishesEveryReceipt(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member", "member", "member", "member", "member"]);
        var (poll, codes) = await world.OpenAsync(PollWorld.Resolution());
        var m = world.Members;

        var receipts = new[]
        {
            await world.VoteAsync(poll, m[0], For),
            await world.VoteAsync(poll, m[1], For),
            await world.VoteAsync(poll, m[2], BallotContent.Vote(VoteChoice.Abstain)),
            (await world.Polls.CastAsync(world.Society.Id, poll, new VoterCredential.Code(codes[m[3].Id].ToLowerInvariant()), Against, "x", PollWorld.Cancel)).Value,
            (await world.Polls.CastPaperAsync(world.Society.Id, poll, codes[m[4].Id], For, "returning-officer", PollWorld.Cancel)).Value,
        };
        var whileOpen = await world.Polls.ResultsAsync(world.Society.Id, poll, PollWorld.Cancel);
        var counted = await world.CloseAndCountAsync(poll);
        var certified = await world.Polls.CertifyAsync(world.Society.Id, poll, "returning-officer", PollWorld.Cancel);

        Assert.Null(whileOpen);
        var results = certified.Value;
        Assert.True(results.IsCertified);
        Assert.Equal(new Turnout(5, 5, 4, 1, 0), results.Turnout); // four online, by member or by code
        Assert.Equal((3m, 1m, 1m), (results.Resolution!.For, results.Resolution.Against, results.Resolution.Abstain));
        Assert.True(results.Resolution.Carried);
        Assert.Equal(receipts.Select(r => r.Code).Order(StringComparer.Ordinal), results.Ballots.Select(b => b.Receipt));
        Assert.Equal("Against", results.Ballots.Single(b => b.Receipt == receipts[3].Code).Ballot);
        Assert.All(results.Ballots, b => Assert.Null(b.ClassKey));
        Assert.True(counted.IsCounted);
        Assert.All(receipts, r => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", r.Code));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task Lifecycle_OfficersActions_AreAuditedButCastsAreNot(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member", "member"]);
        var (poll, codes) = await world.OpenAsync(PollWorld.Resolution());
        await world.VoteAsync(poll, world.Members[0], For);
        await world.Polls.CastPaperAsync(world.Society.Id, poll, codes[world.Members[1].Id], Against, "returning-officer", PollWorld.Cancel);
        await world.CloseAndCountAsync(poll);
        await world.Polls.CertifyAsync(world.Society.Id, poll, "returning-officer", PollWorld.Cancel);

        await using var db = services.Database.CreateContext();
        var actions = await db.AuditEvents.Where(e => e.Action.StartsWith("poll.")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(PollWorld.Cancel);
        Assert.Equal(["poll.created", "poll.opened", "poll.paper-ballot-entered", "poll.closed", "poll.counted", "poll.certified"], actions);
        Assert.True((await services.Get<AuditLog>().VerifyAsync(world.Society.Id, PollWorld.Cancel)).IsIntact);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CastAsync_CodeOfMemberWhoVotedOnline_IsVoidOnPaperAndOnline(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member", "member"]);
        var (poll, codes) = await world.OpenAsync(PollWorld.Resolution());
        var society = world.Society.Id;
        var ada = world.Members[0];
        await world.VoteAsync(poll, ada, For);

        var online = await world.Polls.CastAsync(society, poll, new VoterCredential.Code(codes[ada.Id]), Against, "x", PollWorld.Cancel);
        var paper = await world.Polls.CastPaperAsync(society, poll, codes[ada.Id], Against, "returning-officer", PollWorld.Cancel);
        var again = await world.Polls.CastAsync(society, poll, new VoterCredential.Member(ada.Id), Against, "x", PollWorld.Cancel);
        var made = await world.Polls.CastAsync(society, poll, new VoterCredential.Code("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZZ"), Against, "x", PollWorld.Cancel);

        Assert.IsType<AlreadyVoted>(online.Error);
        Assert.IsType<AlreadyVoted>(paper.Error);
        Assert.IsType<AlreadyVoted>(again.Error);
        Assert.IsType<UnknownBallotCode>(made.Error);
        Assert.True(await world.Polls.HasVotedAsync(society, poll, ada.Id, PollWorld.Cancel));
        Assert.False(await world.Polls.HasVotedAsync(society, poll, world.Members[1].Id, PollWorld.Cancel));
        Assert.Equal([poll], await world.Polls.VotedPollsAsync(society, ada.Id, PollWorld.Cancel));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CastAsync_BadBallotsAndClosedWindow_ChangeNothing(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member"]);
        var society = world.Society.Id;
        var voter = new VoterCredential.Member(world.Members[0].Id);
        var (election, _) = await world.OpenAsync(PollWorld.Election(1, "Ash", "Birch"));
        var later = PollWorld.Resolution() with { OpensAt = DateTimeOffset.UtcNow.AddDays(1) };
        var (notYet, _) = await world.OpenAsync(later);

        Assert.IsType<BallotDoesNotFitPoll>((await world.Polls.CastAsync(society, election, voter, For, "x", PollWorld.Cancel)).Error);
        Assert.IsType<InvalidRanking>((await world.Polls.CastAsync(society, election, voter, BallotContent.Rank(1, 1), "x", PollWorld.Cancel)).Error);
        Assert.IsType<InvalidRanking>((await world.Polls.CastAsync(society, election, voter, BallotContent.Rank(3), "x", PollWorld.Cancel)).Error);
        Assert.IsType<VotingNotOpen>((await world.Polls.CastAsync(society, notYet, voter, For, "x", PollWorld.Cancel)).Error);
        Assert.False(await world.Polls.HasVotedAsync(society, election, voter.Id, PollWorld.Cancel));
        Assert.False(await world.Polls.HasVotedAsync(society, notYet, voter.Id, PollWorld.Cancel));
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task OpenAsync_RecordDate_LeavesOutMembersCeasedBeforeIt(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member", "member", "member"]);
        var society = world.Society.Id;
        await services.Get<MemberRegister>().CeaseAsync(
            society, world.Members[0].Id, CessationReason.Withdrawal, new DateOnly(2025, 2, 20), "test", null, PollWorld.Cancel);
        await services.Get<MemberRegister>().CeaseAsync(
            society, world.Members[1].Id, CessationReason.Withdrawal, new DateOnly(2025, 3, 2), "test", null, PollWorld.Cancel);

        var (poll, codes) = await world.OpenAsync(PollWorld.Resolution()); // record date 1 March 2025

        Assert.Equal([world.Members[1].Id, world.Members[2].Id], codes.Keys.OrderBy(k => k.Value));
        Assert.False(await world.Polls.IsEligibleAsync(society, poll, world.Members[0].Id, PollWorld.Cancel));
        Assert.Equal(2, (await world.Polls.GetAsync(society, poll, PollWorld.Cancel))!.Eligible);
        Assert.IsType<NotOnVoterRoll>((await world.Polls.CastAsync(
            society, poll, new VoterCredential.Member(world.Members[0].Id), For, "x", PollWorld.Cancel)).Error);
    }

    [Theory, Testing.Databases.DatabaseProviders]
    public async Task RecordShowOfHands_InRoomTotals_AreAddedToBallots(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member"]);
        var (poll, _) = await world.OpenAsync(PollWorld.Resolution(ResolutionKind.Special));
        await world.VoteAsync(poll, world.Members[0], Against);
        await world.Polls.CloseAsync(world.Society.Id, poll, "returning-officer", PollWorld.Cancel);

        await world.Polls.RecordShowOfHandsAsync(world.Society.Id, poll, new ShowOfHands(9, 2, 4), "chair", PollWorld.Cancel);
        var results = (await world.Polls.CountAsync(world.Society.Id, poll, "returning-officer", PollWorld.Cancel)).Value;

        // 9 for, 3 against: exactly 75%, enough for a special resolution; the 4 abstentions are not cast.
        Assert.Equal((9m, 3m, 4m, 12m), (results.Resolution!.For, results.Resolution.Against, results.Resolution.Abstain, results.Resolution.Cast));
        Assert.True(results.Resolution.Carried);
    }
}
