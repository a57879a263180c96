using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Meetings;
using Mutual.Data.Polls;
using Mutual.Domain.Meetings;
using Mutual.Domain.Polls;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Meetings;

/// <summary>Nominations for the AGM's board election through the page and the API, and the election poll or unopposed result they lead to.</summary>
public sealed class NominationsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly object OneSeat = new { kind = "BoardElection", title = "Election of directors: 1 seat", vacancies = 1 };

    [Theory, DatabaseProviders]
    public async Task Nominations_PageAndApi_BecomeTheElectionPollOnceNoticeIsSent(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        using var bob = await app.LoginAsync(MeetingWorld.Bob);
        var (id, items) = await MeetingPollsPagesTests.CallAsync(world, secretary, OneSeat);
        var page = $"/s/{world.Society.Slug}/meetings/{id}/nominations";
        var api = $"{world.Api}/{id}/nominations";
        var annNumber = world.Members[0].MembershipNumber!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var blank = await ann.PostFormAsync(page, $"{page}?handler=Nominate", new Dictionary<string, string> { ["Input.ItemId"] = items[0].ToString(), ["Input.CandidateNumber"] = annNumber, ["Input.Statement"] = " " });
        using var byPage = await ann.PostFormAsync(page, $"{page}?handler=Nominate", new Dictionary<string, string> { ["Input.ItemId"] = items[0].ToString(), ["Input.CandidateNumber"] = annNumber, ["Input.Statement"] = "I keep the books." });
        using var noCandidate = await bob.PostAsJsonAsync(api, new { statement = "Cat will do it" }, Cancel);
        using var byApi = await bob.PostAsJsonAsync(api, new { candidateMemberId = world.Members[2].Id.Value, statement = "Cat <b>runs</b> the shop." }, Cancel);
        using var tooEarly = await secretary.PostAsJsonAsync($"{api}/election", new { }, Cancel);
        var detail = $"/s/{world.Society.Slug}/meetings/{id}";
        using var notice = await secretary.PostFormAsync(detail, $"{detail}?handler=NoticeSent", new Dictionary<string, string> { ["method"] = "Electronic" });
        using var late = await ann.PostAsJsonAsync(api, new { candidateMemberId = world.Members[1].Id.Value, statement = "Bob too" }, Cancel);
        using var asMember = await ann.PostAsJsonAsync($"{api}/election", new { }, Cancel);
        using var created = await secretary.PostAsJsonAsync($"{api}/election", new { }, Cancel);
        var nominations = await ann.GetFromJsonAsync<JsonElement>(api, Cancel);
        using var withdrawLate = await ann.DeleteAsync($"{api}/{nominations[0].GetProperty("id").GetGuid()}", Cancel);
        var html = await ann.GetStringAsync(page, Cancel);

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Enter the candidate&#x27;s statement", await blank.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, byPage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCandidate.StatusCode);
        Assert.True((await noCandidate.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("candidateMemberId", out _));
        Assert.Equal(HttpStatusCode.Created, byApi.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("Nominations are still open", await tooEarly.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asMember.StatusCode);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withdrawLate.StatusCode);
        Assert.Equal(["Ann Jones", "Cat Evans"], nominations.EnumerateArray().Select(n => n.GetProperty("candidateName").GetString()).Order());

        var pollId = new PollId((await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("pollId").GetGuid());
        var (poll, linked) = await app.WithScopeAsync(async s => (
            await s.GetRequiredService<PollService>().GetAsync(world.Society.Id, pollId, Cancel),
            (await s.GetRequiredService<MeetingService>().GetAsync(world.Society.Id, new MeetingId(id), Cancel))!.Agenda[0].PollId));
        Assert.Equal((PollKind.Election, 1, "scottish-stv", id, items[0]), (poll!.Kind, poll.Seats, poll.CountingMethod, poll.MeetingId!.Value, poll.AgendaItemId!.Value));
        Assert.Equal([("Ann Jones", "I keep the books."), ("Cat Evans", "Cat <b>runs</b> the shop.")], poll.Candidates.Select(c => (c.Name, c.Statement)));
        Assert.Equal(pollId.Value, linked);
        // The statement is shown as text, never as markup.
        Assert.Contains("Cat &lt;b&gt;runs&lt;/b&gt; the shop.", html, StringComparison.Ordinal);
    }

    // One candidate for one seat: no poll. Before the meeting opens the secretary is told it is
    // declared there; once open, Ann is elected unopposed, minuted and in the register of directors.
    [Theory, DatabaseProviders]
    public async Task CreateElection_OneCandidateOneSeat_ElectedUnopposedAtTheMeeting(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var bob = await app.LoginAsync(MeetingWorld.Bob);
        var (id, _) = await MeetingPollsPagesTests.CallAsync(world, secretary, OneSeat);
        var (noElection, _) = await MeetingPollsPagesTests.CallAsync(world, secretary, new { kind = "OrdinaryResolution", title = "Approve the accounts" });
        var api = $"{world.Api}/{id}/nominations";
        using var nothingToStandFor = await secretary.PostAsJsonAsync($"{world.Api}/{noElection}/nominations", new { candidateMemberId = world.Members[0].Id.Value, statement = "Yes" }, Cancel);
        using var nominated = await secretary.PostAsJsonAsync(api, new { candidateMemberId = world.Members[0].Id.Value, statement = "I keep the books." }, Cancel);
        await app.WithScopeAsync(s => s.GetRequiredService<MeetingService>()
            .RecordNoticeSentAsync(world.Society.Id, new MeetingId(id), DateTimeOffset.UtcNow, NoticeMethod.Electronic, "secretary", Cancel));

        using var beforeMeeting = await secretary.PostAsJsonAsync($"{api}/election", new { }, Cancel);
        await app.WithScopeAsync(s => s.GetRequiredService<MeetingService>().OpenAsync(world.Society.Id, new MeetingId(id), "chair", Cancel));
        using var declared = await secretary.PostAsJsonAsync($"{api}/election", new { }, Cancel);
        using var twice = await secretary.PostAsJsonAsync($"{api}/election", new { }, Cancel);
        var directors = await bob.GetFromJsonAsync<JsonElement>($"/api/v1/societies/{world.Society.Slug}/directors", Cancel);
        var meeting = await bob.GetFromJsonAsync<JsonElement>($"{world.Api}/{id}", Cancel);
        var page = await bob.GetStringAsync($"/s/{world.Society.Slug}/directors", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, nothingToStandFor.StatusCode);
        Assert.Contains("Candidates can only be nominated for the election of directors", await nothingToStandFor.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, nominated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beforeMeeting.StatusCode);
        Assert.Contains("elected unopposed", await beforeMeeting.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        var body = await declared.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("pollId").ValueKind);
        Assert.Equal(["Ann Jones"], body.GetProperty("electedUnopposed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var director = Assert.Single(directors.GetProperty("current").EnumerateArray());
        Assert.Equal((world.Members[0].Id.Value, "Elected unopposed at Special general meeting"), (director.GetProperty("memberId").GetGuid(), director.GetProperty("electedBy").GetString()));
        Assert.Empty(directors.GetProperty("past").EnumerateArray());
        Assert.Contains(meeting.GetProperty("minutes").EnumerateArray(), m => m.GetProperty("text").GetString() == "1. Election of directors: 1 seat: elected unopposed Ann Jones.");
        Assert.Contains("Elected unopposed at Special general meeting", page, StringComparison.Ordinal);
    }
}
