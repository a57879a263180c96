using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Polls;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;
using Mutual.Testing.Databases;
using Mutual.Web.Features.Meetings;

namespace Mutual.Web.Tests.Meetings;

/// <summary>Agenda resolutions become polls, and a proxy holder casts every directed vote in one step (C6).</summary>
public sealed class MeetingPollsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Ann appoints Bob, directed against the special resolution. Bob casting his directed proxies
    // lands Ann's ballot (not his own); a second attempt finds Ann has voted and skips her.
    [Theory, DatabaseProviders]
    public async Task CastDirectedProxies_HolderActsOnce_CastsTheAppointersDirectionOnly(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        using var called = await secretary.PostAsJsonAsync(world.Api,
            MeetingWorld.CallBody(MeetingWorld.InDays(40), new { kind = "SpecialResolution", title = "Adopt new rules" }), Cancel);
        var meeting = await called.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = new MeetingId(meeting.GetProperty("id").GetGuid());
        var itemId = meeting.GetProperty("agenda")[0].GetProperty("id").GetGuid();
        using var appointed = await ann.PutAsJsonAsync($"{world.Api}/{id.Value}/proxy",
            new { holderMemberId = world.Members[1].Id.Value, directions = new Dictionary<Guid, string> { [itemId] = "Against" } }, Cancel);
        var (annId, bobId) = (world.Members[0].Id, world.Members[1].Id);
        var society = world.Society.Id;

        var (created, first, second, annVoted, bobVoted, outcome) = await app.WithScopeAsync(async s =>
        {
            var meetingPolls = s.GetRequiredService<MeetingPolls>();
            var polls = s.GetRequiredService<PollService>();
            var created = (await meetingPolls.CreateResolutionPollsAsync(society, id, "secretary", Cancel)).Value;
            var pollId = (await polls.ListAsync(society, id.Value, Cancel)).Single().Id;
            await polls.OpenAsync(society, pollId, "returning officer", Cancel);
            var first = (await meetingPolls.CastDirectedProxiesAsync(society, id, itemId, bobId, bobId, "bob", Cancel)).Value;
            var second = (await meetingPolls.CastDirectedProxiesAsync(society, id, itemId, bobId, bobId, "bob", Cancel)).Value;
            var annVoted = await polls.HasVotedAsync(society, pollId, annId, Cancel);
            var bobVoted = await polls.HasVotedAsync(society, pollId, bobId, Cancel);
            await polls.CloseAsync(society, pollId, "returning officer", Cancel);
            var outcome = (await polls.CountAsync(society, pollId, "returning officer", Cancel)).Value.Resolution!;
            return (created, first, second, annVoted, bobVoted, outcome);
        });

        Assert.Equal(HttpStatusCode.OK, appointed.StatusCode);
        Assert.Equal(1, created);
        Assert.Equal(new ProxyCasting(1, 0), first);
        Assert.Equal(new ProxyCasting(0, 1), second);
        Assert.True(annVoted);
        Assert.False(bobVoted);
        Assert.Equal((0m, 1m, 0m, ResolutionKind.Special), (outcome.For, outcome.Against, outcome.Abstain, outcome.Kind));
        Assert.False(outcome.Carried);
    }
}
