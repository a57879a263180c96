using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Features.Polls;

namespace Mutual.Web.Tests.Polls;

/// <summary>Issue 4 point 3: one ballot per member per poll, by login or by code, with a receipt each can find in the results.</summary>
public sealed class PollsApiCastingTests
{
    [Theory, DatabaseProviders]
    public async Task CastBallot_SameMemberTwice_OneBallotLandsAndSecondIsConflict(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        using var voter = await world.App.LoginAsync(PollWorld.FirstMember);

        using var first = await voter.PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "Against" }, ct);
        using var second = await voter.PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "For" }, ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var receipt = (await first.Content.ReadFromJsonAsync<ReceiptResponse>(ct))!.Receipt;
        await world.RunOfficerStepAsync(poll, "close");
        var ballots = (await world.ResultsAsync(poll)).GetProperty("ballots").EnumerateArray().ToList();
        var only = Assert.Single(ballots);
        Assert.Equal(receipt, only.GetProperty("receipt").GetString());
        Assert.Equal("Against", only.GetProperty("ballot").GetString());
    }

    [Theory, DatabaseProviders]
    public async Task CastBallot_TwentySimultaneousSubmitsBySameMember_ExactlyOneIsAccepted(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, _) = await world.OpenPollAsync(PollWorld.Resolution());
        // Several "devices": separate logins of the same member, all firing at once.
        var devices = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.App.LoginAsync(PollWorld.FirstMember)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            devices[i % devices.Length].PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "For" }, ct)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        await world.RunOfficerStepAsync(poll, "close");
        var results = await world.ResultsAsync(poll);
        Assert.Equal(1, results.GetProperty("ballots").GetArrayLength());
        Assert.Equal(1, results.GetProperty("turnout").GetProperty("voted").GetInt32());
        foreach (var a in answers) a.Dispose();
        foreach (var d in devices) d.Dispose();
    }

    [Theory, DatabaseProviders]
    public async Task CastByCode_Anonymous_AcceptsOnceAndTheMembersLoginCannotVoteAgain(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, codes) = await world.OpenPollAsync(PollWorld.Resolution());
        using var anonymous = world.App.AnonymousClient();
        var body = new { society = world.Society.Slug, pollId = poll, code = codes[world.First.Id.Value], choice = "For" };

        using var first = await anonymous.PostAsJsonAsync("/api/v1/ballots", body, ct);
        using var again = await anonymous.PostAsJsonAsync("/api/v1/ballots", body, ct);
        using var member = await world.App.LoginAsync(PollWorld.FirstMember);
        using var online = await member.PostAsJsonAsync($"{world.Api}/{poll}/ballots", new { choice = "Against" }, ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, online.StatusCode);
        Assert.Equal(3, codes.Count);
    }

    [Theory, DatabaseProviders]
    public async Task CastByCode_WrongSociety_AnswersAsAnUnknownPollAndTheCodeStillWorks(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, codes) = await world.OpenPollAsync(PollWorld.Resolution());
        using var anonymous = world.App.AnonymousClient();
        var code = codes[world.First.Id.Value];

        using var wrong = await anonymous.PostAsJsonAsync("/api/v1/ballots", new { society = "no-such-society", pollId = poll, code, choice = "For" }, ct);
        using var unknownPoll = await anonymous.PostAsJsonAsync("/api/v1/ballots", new { society = world.Society.Slug, pollId = Guid.NewGuid(), code, choice = "For" }, ct);
        using var right = await anonymous.PostAsJsonAsync("/api/v1/ballots", new { society = world.Society.Slug, pollId = poll, code, choice = "For" }, ct);

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPoll.StatusCode);
        // The same answer for both, so the endpoint does not tell which societies exist.
        Assert.Equal(await TitleAsync(unknownPoll), await TitleAsync(wrong));
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
    }

    [Theory, DatabaseProviders]
    public async Task CountAndCertify_TwoForOneAgainst_OrdinaryResolutionCarried(DatabaseProvider provider)
    {
        await using var world = await PollWorld.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (poll, codes) = await world.OpenPollAsync(PollWorld.Resolution());
        using var anonymous = world.App.AnonymousClient();
        foreach (var (member, choice) in new[] { (world.First, "For"), (world.Second, "For"), (world.Third, "Against") })
        {
            using var cast = await anonymous.PostAsJsonAsync("/api/v1/ballots", new { society = world.Society.Slug, pollId = poll, code = codes[member.Id.Value], choice }, ct);
            Assert.Equal(HttpStatusCode.Created, cast.StatusCode);
        }

        await world.RunOfficerStepAsync(poll, "close");
        await world.RunOfficerStepAsync(poll, "count");
        await world.RunOfficerStepAsync(poll, "certify");

        // By hand: 2 of 3 votes cast are for, more than the half an ordinary resolution needs (C7).
        var resolution = (await world.ResultsAsync(poll)).GetProperty("resolution");
        Assert.Equal(2m, resolution.GetProperty("for").GetDecimal());
        Assert.Equal(1m, resolution.GetProperty("against").GetDecimal());
        Assert.Equal("2/3", resolution.GetProperty("shareFor").GetString());
        Assert.True(resolution.GetProperty("carried").GetBoolean());
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("title").GetString();
    }
}
