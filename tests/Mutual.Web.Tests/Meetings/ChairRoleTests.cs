using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Meetings;

/// <summary>
/// DOMAIN C4–C6: the chair runs the meeting from the floor (attendance, quorum, adjournment); the
/// secretary may too, for societies with no separate chair; a board member alone may not.
/// </summary>
public sealed class ChairRoleTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task AttendanceAndQuorum_ChairOrSecretary_MayRecordAndBoardMemberMayNot(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var chair = await app.LoginAsync(MeetingWorld.Chair);
        using var board = await app.LoginAsync(MeetingWorld.Board);
        using var called = await secretary.PostAsJsonAsync(world.Api, MeetingWorld.CallBody(MeetingWorld.InDays(40)), Cancel);
        var id = (await called.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var attendance = $"{world.Api}/{id}/attendance";

        using var boardRecords = await board.PostAsJsonAsync(attendance, new { memberId = world.Members[0].Id.Value }, Cancel);
        using var boardReadsQuorum = await board.GetAsync($"{world.Api}/{id}/quorum", Cancel);
        using var boardOpensPage = await board.GetAsync($"/s/{world.Society.Slug}/meetings/{id}/attendance", Cancel);
        using var chairRecords = await chair.PostAsJsonAsync(attendance, new { memberId = world.Members[0].Id.Value }, Cancel);
        using var secretaryRecords = await secretary.PostAsJsonAsync(attendance, new { memberId = world.Members[1].Id.Value, mode = "Online" }, Cancel);
        var register = await chair.GetFromJsonAsync<JsonElement>(attendance, Cancel);
        var chairPage = await chair.GetStringAsync($"/s/{world.Society.Slug}/meetings/{id}", Cancel);
        var boardPage = await board.GetStringAsync($"/s/{world.Society.Slug}/meetings/{id}", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, boardRecords.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, boardReadsQuorum.StatusCode);
        Assert.True(Authorization.SocietyIsolationTests.Refused(boardOpensPage), $"{(int)boardOpensPage.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, chairRecords.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secretaryRecords.StatusCode);
        Assert.Equal(2, register.GetArrayLength());
        Assert.Contains("Attendance and quorum", chairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Attendance and quorum", boardPage, StringComparison.Ordinal);
    }

    [Theory, DatabaseProviders]
    public async Task GrantRole_SecretaryMakesBoardMemberChair_TheyMayThenRecordAttendance(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var called = await secretary.PostAsJsonAsync(world.Api, MeetingWorld.CallBody(MeetingWorld.InDays(40)), Cancel);
        var id = (await called.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var invitePage = await secretary.GetStringAsync($"/s/{world.Society.Slug}/users/invite", Cancel);

        using var granted = await secretary.PostAsJsonAsync($"/api/v1/societies/{world.Society.Slug}/users/roles", new { email = MeetingWorld.Board, role = "Chair" }, Cancel);
        using var board = await app.LoginAsync(MeetingWorld.Board);
        using var recorded = await board.PostAsJsonAsync($"{world.Api}/{id}/attendance", new { memberId = world.Members[2].Id.Value }, Cancel);

        Assert.Contains("<option value=\"Chair\">Chair of meetings</option>", invitePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal("Chair", (await granted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
    }
}
