using System.Net;
using System.Text.RegularExpressions;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Meetings;

public sealed partial class MeetingPagesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task CallPage_DateTooEarly_ShowsTheReasonAndCallsNothing(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        var form = await secretary.GetStringAsync($"/s/{world.Society.Slug}/meetings/call", Cancel);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.Date);

        using var response = await secretary.PostAsync($"/s/{world.Society.Slug}/meetings/call", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Kind"] = "General",
            ["Input.Title"] = "Special general meeting",
            ["Input.Format"] = "InPerson",
            ["Input.Place"] = "Village hall",
            ["Input.Date"] = today.AddDays(10).ToString("yyyy-MM-dd"),
            ["Input.Time"] = "18:30",
            ["Input.TimeZone"] = "UTC",
            ["Input.NoticeOn"] = today.ToString("yyyy-MM-dd"),
            ["Input.NoticeMethod"] = "Electronic",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("14 clear days' notice are needed", html, StringComparison.Ordinal);
        Assert.Contains($"allows {today.AddDays(15):d MMMM yyyy} at the earliest", html, StringComparison.Ordinal);
        Assert.Contains("No meetings have been called yet.", await secretary.GetStringAsync($"/s/{world.Society.Slug}/meetings", Cancel), StringComparison.Ordinal);
    }

    [Theory, DatabaseProviders]
    public async Task CallPage_Get_PrefillsTheEarliestLawfulDate(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);

        var html = await secretary.GetStringAsync($"/s/{world.Society.Slug}/meetings/call", Cancel);

        // In London; today there is within a day of today in UTC, and the prefilled date is 15 days after it.
        var date = DateOnly.Parse(DatePattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var london = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        Assert.Equal(london.AddDays(15), date);
    }

    [Theory, DatabaseProviders]
    public async Task AttendancePage_Member_IsForbidden(DatabaseProvider provider)
    {
        var world = await MeetingWorld.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(MeetingWorld.Secretary);
        using var ann = await app.LoginAsync(MeetingWorld.Ann);
        using var called = await secretary.PostAsync(world.Api, System.Net.Http.Json.JsonContent.Create(MeetingWorld.CallBody(MeetingWorld.InDays(40))), Cancel);
        var location = called.Headers.Location!.ToString();
        var id = location[(location.LastIndexOf('/') + 1)..];

        using var page = await ann.GetAsync($"/s/{world.Society.Slug}/meetings/{id}/attendance", Cancel);
        var proxyPage = await ann.GetStringAsync($"/s/{world.Society.Slug}/meetings/{id}/proxy", Cancel);

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Appoint my proxy", proxyPage, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"Input.Date\" type=\"date\" value=\"([0-9-]+)\"")]
    private static partial Regex DatePattern();
}
