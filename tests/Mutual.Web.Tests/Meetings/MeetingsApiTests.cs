using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Meetings;

public sealed class MeetingsApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task CallMeeting_TooSoon_IsRefusedNamingTheDateAndTheEarliestDay(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);

        using var response = await secretary.PostAsJsonAsync(world.Api, MeetingWorld.CallBody(MeetingWorld.InDays(5)), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        var message = errors.GetProperty("date")[0].GetString();
        // Notice today leaves 14 clear days, so 15 days from today at the earliest.
        var earliest = DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(15).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"14 clear days' notice are needed: notice sent on", message, StringComparison.Ordinal);
        Assert.Contains($"allows {earliest} at the earliest", message, StringComparison.Ordinal);
        Assert.Empty(await secretary.GetFromJsonAsync<JsonElement[]>(world.Api, Cancel) ?? []);
    }

    [Theory, DatabaseProviders]
    public async Task CallMeeting_MemberNotSecretary_IsForbidden(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var ann = await app.LoginAsync(MeetingWorld.Ann);

        using var response = await ann.PostAsJsonAsync(world.Api, MeetingWorld.CallBody(MeetingWorld.InDays(40)), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // Four members: quorum max(3, 25% of 4) = 3. Ann appoints Bob, directed against the resolution;
    // with Bob and the chair's member Dev present, Ann counts by proxy and the meeting is quorate.
    [Theory, DatabaseProviders]
    public async Task ProxyAttendanceQuorum_ThroughTheApi_CountsTheProxyWhoseHolderIsPresent(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var chair = await app.LoginAsync(MeetingWorld.Chair);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        using var called = await secretary.PostAsJsonAsync(world.Api,
            MeetingWorld.CallBody(MeetingWorld.InDays(40), new { kind = "SpecialResolution", title = "Adopt new rules" }), Cancel);
        Assert.Equal(HttpStatusCode.Created, called.StatusCode);
        var meeting = await called.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = meeting.GetProperty("id").GetGuid();
        var itemId = meeting.GetProperty("agenda")[0].GetProperty("id").GetGuid();

        using var appointed = await ann.PutAsJsonAsync($"{world.Api}/{id}/proxy",
            new { holderMemberId = world.Members[1].Id.Value, directions = new Dictionary<Guid, string> { [itemId] = "Against" } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, appointed.StatusCode);
        foreach (var member in new[] { world.Members[1], world.Members[3] })
        {
            using var arrived = await chair.PostAsJsonAsync($"{world.Api}/{id}/attendance", new { memberId = member.Id.Value, mode = "Online" }, Cancel);
            Assert.Equal(HttpStatusCode.OK, arrived.StatusCode);
        }

        var quorum = await chair.GetFromJsonAsync<JsonElement>($"{world.Api}/{id}/quorum", Cancel);
        Assert.Equal(3, quorum.GetProperty("required").GetInt32());
        Assert.Equal(2, quorum.GetProperty("online").GetInt32());
        Assert.Equal(1, quorum.GetProperty("byProxy").GetInt32());
        Assert.True(quorum.GetProperty("isMet").GetBoolean());
        var proxies = await chair.GetFromJsonAsync<JsonElement>($"{world.Api}/{id}/proxies", Cancel);
        Assert.Equal("Against", proxies[0].GetProperty("directions").GetProperty(itemId.ToString()).GetString());
        using var annReadsQuorum = await ann.GetAsync($"{world.Api}/{id}/quorum", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, annReadsQuorum.StatusCode);
    }

    [Theory, DatabaseProviders]
    public async Task RevokeProxy_ThenRevokeAgain_SecondIsRefusedWithAReason(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        using var called = await secretary.PostAsJsonAsync(world.Api, MeetingWorld.CallBody(MeetingWorld.InDays(40)), Cancel);
        var id = (await called.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using var appointed = await ann.PutAsJsonAsync($"{world.Api}/{id}/proxy", new { holderMemberId = (Guid?)null }, Cancel);

        using var first = await ann.DeleteAsync($"{world.Api}/{id}/proxy", Cancel);
        using var second = await ann.DeleteAsync($"{world.Api}/{id}/proxy", Cancel);

        Assert.Equal(HttpStatusCode.OK, appointed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False((await first.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("isActive").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("no current proxy", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheMeetingsEndpoints()
    {
        await using var app = await Infrastructure.TestApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.AnonymousClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Cancel));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/societies/{slug}/meetings", "/api/v1/societies/{slug}/meetings/{meetingId}",
                "/api/v1/societies/{slug}/meetings/{meetingId}/attendance", "/api/v1/societies/{slug}/meetings/{meetingId}/quorum",
                "/api/v1/societies/{slug}/meetings/{meetingId}/proxy", "/api/v1/societies/{slug}/meetings/{meetingId}/proxies",
            },
            paths);
    }
}
