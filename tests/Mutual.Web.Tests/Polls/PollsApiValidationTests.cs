using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Features.Polls;

namespace Mutual.Web.Tests.Polls;

/// <summary>DESIGN invariant: bad API input gets a clear error naming the field and changes nothing.</summary>
public sealed class PollsApiValidationTests
{
    [Theory, DatabaseProviders]
    public async Task CreatePoll_BadBodies_Are400NamingTheFieldAndCreateNothing(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var secretary = await world.App.LoginAsync(PollWorld.Secretary);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cases = new (object Body, string Field)[]
        {
            (new { kind = "Resolution", recordDate = today, opensAt = DateTimeOffset.UtcNow, closesAt = DateTimeOffset.UtcNow.AddDays(1) }, "title"),
            (new { title = "Accounts", kind = "Referendum", recordDate = today, opensAt = DateTimeOffset.UtcNow, closesAt = DateTimeOffset.UtcNow.AddDays(1) }, "kind"),
            (new { title = "Accounts", recordDate = today, opensAt = DateTimeOffset.UtcNow.AddDays(2), closesAt = DateTimeOffset.UtcNow.AddDays(1) }, "closesAt"),
            (new { title = "Accounts", opensAt = DateTimeOffset.UtcNow, closesAt = DateTimeOffset.UtcNow.AddDays(1) }, "recordDate"),
            (new { title = "Directors", kind = "Election", recordDate = today, opensAt = DateTimeOffset.UtcNow, closesAt = DateTimeOffset.UtcNow.AddDays(1) }, "candidates"),
            (new { title = "Directors", kind = "Election", countingMethod = "coin-toss", candidates = new[] { new { name = "A" } }, recordDate = today, opensAt = DateTimeOffset.UtcNow, closesAt = DateTimeOffset.UtcNow.AddDays(1) }, "countingMethod"),
        };

        foreach (var (body, field) in cases)
        {
            using var response = await secretary.PostAsJsonAsync(world.Api, body, ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on {field}: {problem}");
        }

        Assert.Empty((await secretary.GetFromJsonAsync<List<PollResponse>>(world.Api, ct))!);
    }

    [Theory, DatabaseProviders]
    public async Task CastBallot_BadBodies_Are400NamingTheFieldAndCastNothing(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, codes) = await world.OpenPollAsync(PollWorld.Election());
        using var member = await world.App.LoginAsync(PollWorld.FirstMember);
        using var anonymous = world.App.AnonymousClient();
        var code = codes[world.Second.Id.Value];
        var cases = new (HttpClient Client, string Url, object Body, string Field)[]
        {
            (member, $"{world.Api}/{poll}/ballots", new { choice = "Maybe" }, "choice"),
            (member, $"{world.Api}/{poll}/ballots", new { }, "choice"),
            (member, $"{world.Api}/{poll}/ballots", new { ranking = new[] { 1, 1 } }, "ranking"),
            (member, $"{world.Api}/{poll}/ballots", new { ranking = new[] { 4 } }, "ranking"),
            (member, $"{world.Api}/{poll}/ballots", new { choice = "For" }, "ranking"),
            (anonymous, "/api/v1/ballots", new { society = world.Society.Slug, pollId = poll, ranking = new[] { 1 } }, "code"),
            (anonymous, "/api/v1/ballots", new { society = world.Society.Slug, code, ranking = new[] { 1 } }, "pollId"),
            (anonymous, "/api/v1/ballots", new { pollId = poll, code, ranking = new[] { 1 } }, "society"),
            (anonymous, "/api/v1/ballots", new { society = world.Society.Slug, pollId = poll, code = "ABCDE-FGHJK-MNPQR-STVWX-YZ012", ranking = new[] { 1 } }, "code"),
        };

        foreach (var (client, url, body, field) in cases)
        {
            using var response = await client.PostAsJsonAsync(url, body, ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on {field}: {problem}");
        }

        await world.RunOfficerStepAsync(poll, "close");
        var results = await world.ResultsAsync(poll);
        Assert.Equal(0, results.GetProperty("ballots").GetArrayLength());
        Assert.Equal(0, results.GetProperty("turnout").GetProperty("voted").GetInt32());
    }
}
