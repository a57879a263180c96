using System.Net;
using System.Net.Http.Json;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Features.Polls;

namespace Mutual.Web.Tests.Polls;

/// <summary>Issue 4 point 7: the secretary drafts, only the returning officer runs a poll, and results stay hidden until it closes.</summary>
public sealed class PollsApiAuthorizationTests
{
    [Theory, DatabaseProviders]
    public async Task CreatePoll_MemberOrReturningOfficer_IsForbiddenAndNothingIsCreated(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        foreach (var login in new[] { PollWorld.FirstMember, PollWorld.ReturningOfficer, PollWorld.Board })
        {
            using var client = await world.App.LoginAsync(login);
            using var response = await client.PostAsJsonAsync(world.Api, PollWorld.Resolution(), ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{login}: {(int)response.StatusCode}");
        }

        using var member = await world.App.LoginAsync(PollWorld.FirstMember);
        var polls = await member.GetFromJsonAsync<List<PollResponse>>(world.Api, ct);
        Assert.Empty(polls!);
    }

    [Theory, DatabaseProviders]
    public async Task OfficerSteps_SecretaryBoardOrMember_AreForbidden(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var secretary = await world.App.LoginAsync(PollWorld.Secretary);
        using var created = await secretary.PostAsJsonAsync(world.Api, PollWorld.Resolution(), ct);
        var poll = (await created.Content.ReadFromJsonAsync<PollResponse>(ct))!.Id;

        foreach (var login in new[] { PollWorld.Secretary, PollWorld.Board, PollWorld.FirstMember })
        {
            using var client = await world.App.LoginAsync(login);
            foreach (var step in new[] { "open", "close", "count", "certify" })
            {
                using var response = await client.PostAsync($"{world.Api}/{poll}/{step}", null, ct);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{login} {step}: {(int)response.StatusCode}");
            }
        }

        using var officer = await world.App.LoginAsync(PollWorld.ReturningOfficer);
        var after = await officer.GetFromJsonAsync<PollResponse>($"{world.Api}/{poll}", ct);
        Assert.Equal("Draft", after!.State);
    }

    [Theory, DatabaseProviders]
    public async Task Results_BeforeClose_AreHiddenFromEveryoneThenShownAfterClose(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using (var voter = await world.App.LoginAsync(PollWorld.FirstMember))
        {
            using var cast = await voter.PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "For" }, ct);
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        }

        foreach (var login in new[] { PollWorld.Secretary, PollWorld.Board, PollWorld.ReturningOfficer, PollWorld.FirstMember })
        {
            using var client = await world.App.LoginAsync(login);
            using var results = await client.GetAsync($"{world.Api}/{poll}/results", ct);
            Assert.True(results.StatusCode == HttpStatusCode.Conflict, $"{login}: {(int)results.StatusCode}");
            var page = await client.GetStringAsync($"/s/{world.Society.Slug}/polls/{poll}/results", ct);
            Assert.Contains("hidden from everyone", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<code>", page, StringComparison.Ordinal);
        }

        await world.RunOfficerStepAsync(poll, "close");

        var shown = await world.ResultsAsync(poll, PollWorld.SecondMember);
        Assert.Equal(1, shown.GetProperty("turnout").GetProperty("voted").GetInt32());
        Assert.Equal(1, shown.GetProperty("ballots").GetArrayLength());
    }
}
