using System.Net;
using System.Net.Http.Json;
using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Polls;

/// <summary>DOMAIN C6: the chair's show of hands is added to the ballots cast; only officers record it.</summary>
public sealed class ShowOfHandsApiTests
{
    [Theory, DatabaseProviders]
    public async Task ShowOfHands_RecordedByBoardMember_IsAddedToTheBallotsWhenCounted(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using (var voter = await world.App.LoginAsync(PollWorld.FirstMember))
        {
            using var cast = await voter.PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "Against" }, ct);
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
            using var refused = await voter.PostAsJsonAsync($"{world.Api}/{poll}/show-of-hands", new { @for = 50, against = 0, abstain = 0 }, ct);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var chair = await world.App.LoginAsync(PollWorld.Board);
        using var negative = await chair.PostAsJsonAsync($"{world.Api}/{poll}/show-of-hands", new { @for = 5, against = -1, abstain = 0 }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        using var hands = await chair.PostAsJsonAsync($"{world.Api}/{poll}/show-of-hands", new { @for = 5, against = 2, abstain = 1 }, ct);
        Assert.Equal(HttpStatusCode.OK, hands.StatusCode);

        await world.RunOfficerStepAsync(poll, "close");
        await world.RunOfficerStepAsync(poll, "count");

        // By hand: one ballot against, plus hands 5 for, 2 against, 1 abstaining: 5 for and 3 against, carried.
        var resolution = (await world.ResultsAsync(poll)).GetProperty("resolution");
        Assert.Equal(5m, resolution.GetProperty("for").GetDecimal());
        Assert.Equal(3m, resolution.GetProperty("against").GetDecimal());
        Assert.Equal(1m, resolution.GetProperty("abstain").GetDecimal());
        Assert.True(resolution.GetProperty("carried").GetBoolean());
    }
}
