using Microsoft.EntityFrameworkCore;
using Mutual.Data.Polls;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;

namespace Mutual.Data.Tests.Polls;

public sealed class BallotConcurrencyTests
{
    [Theory, Testing.Databases.DatabaseProviders]
    public async Task CastAsync_ManySimultaneousSubmitsForOneMember_ExactlyOneBallotLands(DatabaseProvider provider)
    {
        await using var services = await DataServices.StartAsync(provider);
        var world = await PollWorld.CreateAsync(services, ["member", "member"]);
        var (poll, codes) = await world.OpenAsync(PollWorld.Resolution());
        var ada = world.Members[0];
        const int Submits = 24;

        // Each submit has its own context and connection, as separate requests from several devices
        // would; half by member id, half by the member's ballot code, one third of them on paper.
        using var start = new ManualResetEventSlim();
        var submits = Enumerable.Range(0, Submits).Select(i => Task.Run(async () =>
        {
            var polls = services.Fresh<PollService>();
            start.Wait(PollWorld.Cancel);
            return i % 3 == 2
                ? await polls.CastPaperAsync(world.Society.Id, poll, codes[ada.Id], BallotContent.Vote(VoteChoice.Against), "returning-officer", PollWorld.Cancel)
                : await polls.CastAsync(world.Society.Id, poll,
                    i % 2 == 0 ? new VoterCredential.Member(ada.Id) : new VoterCredential.Code(codes[ada.Id]),
                    BallotContent.Vote(VoteChoice.For), "member", PollWorld.Cancel);
        })).ToArray();
        start.Set();
        Result<BallotReceipt>[] results = await Task.WhenAll(submits);

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.IsType<AlreadyVoted>(r.Error));
        await using var db = services.Database.CreateContext();
        Assert.Equal(1, await db.Set<SecretBallot>().CountAsync(b => b.PollId == poll, PollWorld.Cancel));
        Assert.Equal(1, await db.Set<PollVoter>().CountAsync(v => v.PollId == poll && v.HasVoted, PollWorld.Cancel));
    }
}
