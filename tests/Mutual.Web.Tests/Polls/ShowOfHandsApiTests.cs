using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Polls;

/// <summary>
/// DOMAIN C6: the chair's show of hands is added to the ballots cast. The chair records it, or the
/// secretary where there is no separate chair; a board member alone may not. Where the rules weight
/// the classes (C10) the hands come class by class.
/// </summary>
public sealed class ShowOfHandsApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task ShowOfHands_RecordedByChair_IsAddedToTheBallotsWhenCounted(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using (var voter = await world.App.LoginAsync(PollWorld.FirstMember))
        {
            using var cast = await voter.PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "Against" }, Cancel);
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        }

        using var chair = await world.App.LoginAsync(PollWorld.Chair);
        using var negative = await chair.PostAsJsonAsync($"{world.Api}/{poll}/show-of-hands", new { @for = 5, against = -1, abstain = 0 }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.True((await ErrorsAsync(negative)).TryGetProperty("against", out _));
        using var hands = await chair.PostAsJsonAsync($"{world.Api}/{poll}/show-of-hands", new { @for = 5, against = 2, abstain = 1 }, Cancel);
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

    [Theory, DatabaseProviders]
    public async Task ShowOfHands_BoardMemberOrMember_IsForbiddenAndSecretaryMayRecord(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        var url = $"{world.Api}/{poll}/show-of-hands";

        foreach (var login in new[] { PollWorld.Board, PollWorld.FirstMember, PollWorld.ReturningOfficer })
        {
            using var client = await world.App.LoginAsync(login);
            using var refused = await client.PostAsJsonAsync(url, new { @for = 50, against = 0, abstain = 0 }, Cancel);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{login}: {(int)refused.StatusCode}");
        }

        using var secretary = await world.App.LoginAsync(PollWorld.Secretary);
        using var recorded = await secretary.PostAsJsonAsync(url, new { @for = 4, against = 1, abstain = 0 }, Cancel);
        var body = await recorded.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal((4, 1, 0), (body.GetProperty("for").GetInt32(), body.GetProperty("against").GetInt32(), body.GetProperty("abstain").GetInt32()));
    }

    [Theory, DatabaseProviders]
    public async Task ShowOfHands_WeightedSociety_TakesHandsPerClassAndRefusesPlainTotals(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider, "multi-stakeholder");
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        var url = $"{world.Api}/{poll}/show-of-hands";
        using var chair = await world.App.LoginAsync(PollWorld.Chair);

        using var totals = await chair.PostAsJsonAsync(url, new { @for = 5, against = 1, abstain = 0 }, Cancel);
        using var unknown = await chair.PostAsJsonAsync(url, new { classes = new[] { new { classKey = "director", @for = 1, against = 0, abstain = 0 } } }, Cancel);
        using var missing = await chair.PostAsJsonAsync(url, new { classes = new object[] { new { classKey = "worker", @for = 1, against = 0, abstain = 0 }, new { classKey = "user", @for = 1 } } }, Cancel);
        using var byClass = await chair.PostAsJsonAsync(url, new
        {
            classes = new[] { new { classKey = "worker", @for = 1, against = 3, abstain = 0 }, new { classKey = "user", @for = 4, against = 0, abstain = 1 } },
        }, Cancel);
        var recorded = await byClass.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, totals.StatusCode);
        Assert.Contains("count the hands in each class", (await ErrorsAsync(totals)).GetProperty("classes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("no class \"director\"", (await ErrorsAsync(unknown)).GetProperty("classes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await ErrorsAsync(missing)).TryGetProperty("classes[1].against", out _));
        Assert.Equal(HttpStatusCode.OK, byClass.StatusCode);
        Assert.Equal((5, 3, 1), (recorded.GetProperty("for").GetInt32(), recorded.GetProperty("against").GetInt32(), recorded.GetProperty("abstain").GetInt32()));
        Assert.Equal(["user", "worker"], recorded.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("classKey").GetString()));
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
}
