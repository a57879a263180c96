using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Meetings;

/// <summary>The meeting pages' poll buttons, posted as forms: polls for the agenda's resolutions, and a proxy holder's directed votes.</summary>
public sealed class MeetingPollsPagesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task DetailPage_CreatePolls_MakesOnePollPerResolutionLinkedToItsItem(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        var (id, items) = await CallAsync(world, secretary,
            new { kind = "SpecialResolution", title = "Adopt new rules" }, new { kind = "Business", title = "Any questions" }, new { kind = "OrdinaryResolution", title = "Approve the accounts" });
        var page = $"/s/{world.Society.Slug}/meetings/{id}";

        using var posted = await secretary.PostFormAsync(page, $"{page}?handler=CreatePolls");
        using var again = await secretary.PostFormAsync(page, $"{page}?handler=CreatePolls");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var polls = await app.WithScopeAsync(s => s.GetRequiredService<PollService>().ListAsync(world.Society.Id, id, Cancel));
        Assert.Equal(2, polls.Count);
        Assert.Equal(
            [(items[0], ResolutionKind.Special), (items[2], ResolutionKind.Ordinary)],
            polls.Select(p => (p.AgendaItemId!.Value, p.ResolutionKind)).OrderBy(p => items.IndexOf(p.Item1)));
        var agenda = (await secretary.GetFromJsonAsync<JsonElement>($"{world.Api}/{id}", Cancel)).GetProperty("agenda").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetGuid(), i => i.GetProperty("pollId"));
        Assert.Equal(polls.Single(p => p.AgendaItemId == items[0]).Id.Value, agenda[items[0]].GetGuid());
        Assert.Equal(JsonValueKind.Null, agenda[items[1]].ValueKind);
        // Every resolution has its poll, so the button is gone and posting again adds nothing.
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, (await app.WithScopeAsync(s => s.GetRequiredService<PollService>().ListAsync(world.Society.Id, id, Cancel))).Count);
        Assert.DoesNotContain("Create polls for the resolutions", await secretary.GetStringAsync(page, Cancel), StringComparison.Ordinal);
    }

    [Theory, DatabaseProviders]
    public async Task DetailPage_CreatePollsAsMember_IsForbiddenAndCreatesNothing(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        var (id, _) = await CallAsync(world, secretary, new { kind = "OrdinaryResolution", title = "Approve the accounts" });
        var page = $"/s/{world.Society.Slug}/meetings/{id}";

        // Ann's view of the meeting has no button; her proxy page's form gives her a token to try with.
        using var posted = await ann.PostFormAsync($"{page}/proxy", $"{page}?handler=CreatePolls");

        // Forbidden: the cookie scheme sends her to the access-denied page, not back to the meeting.
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/status/403", posted.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty(await app.WithScopeAsync(s => s.GetRequiredService<PollService>().ListAsync(world.Society.Id, id, Cancel)));
    }

    // Ann appoints Bob, directed For. Bob presses the button on his proxy page: Ann's ballot is cast
    // (the count shows 1 for), Bob has not voted himself, and the page says 1 cast, 0 not.
    [Theory, DatabaseProviders]
    public async Task ProxyPage_CastButton_CastsTheDirectedVotesHeld(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        using var bob = await app.LoginAsync(MeetingWorld.Bob);
        var (id, items) = await CallAsync(world, secretary, new { kind = "OrdinaryResolution", title = "Approve the accounts" });
        using var appointed = await ann.PutAsJsonAsync($"{world.Api}/{id}/proxy",
            new { holderMemberId = world.Members[1].Id.Value, directions = new Dictionary<Guid, string> { [items[0]] = "For" } }, Cancel);
        var meetingPage = $"/s/{world.Society.Slug}/meetings/{id}";
        using var created = await secretary.PostFormAsync(meetingPage, $"{meetingPage}?handler=CreatePolls");
        var pollId = await app.WithScopeAsync(async s =>
        {
            var polls = s.GetRequiredService<PollService>();
            var poll = (await polls.ListAsync(world.Society.Id, id, Cancel)).Single().Id;
            await polls.OpenAsync(world.Society.Id, poll, "returning officer", Cancel);
            return poll;
        });
        var proxyPage = $"{meetingPage}/proxy";

        using var cast = await bob.PostFormAsync(proxyPage, $"{proxyPage}?handler=Cast&itemId={items[0]}");
        var after = await bob.GetStringAsync(proxyPage, Cancel);

        Assert.Equal(HttpStatusCode.OK, appointed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cast.StatusCode);
        Assert.Contains("1 directed proxy votes cast; 0 not cast", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        var (annVoted, bobVoted, outcome) = await app.WithScopeAsync(async s =>
        {
            var polls = s.GetRequiredService<PollService>();
            var annVoted = await polls.HasVotedAsync(world.Society.Id, pollId, world.Members[0].Id, Cancel);
            var bobVoted = await polls.HasVotedAsync(world.Society.Id, pollId, world.Members[1].Id, Cancel);
            await polls.CloseAsync(world.Society.Id, pollId, "returning officer", Cancel);
            return (annVoted, bobVoted, (await polls.CountAsync(world.Society.Id, pollId, "returning officer", Cancel)).Value.Resolution!);
        });
        Assert.True(annVoted);
        Assert.False(bobVoted);
        Assert.Equal((1m, 0m, 0m), (outcome.For, outcome.Against, outcome.Abstain));
    }

    internal static async Task<(Guid Id, List<Guid> Items)> CallAsync(MeetingWorld world, HttpClient secretary, params object[] agenda)
    {
        using var called = await secretary.PostAsJsonAsync(world.Api, MeetingWorld.CallBody(MeetingWorld.InDays(40), agenda), Cancel);
        var meeting = await called.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (meeting.GetProperty("id").GetGuid(), [.. meeting.GetProperty("agenda").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())]);
    }
}
