using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Authorization;

namespace Mutual.Web.Tests.Api;

public sealed class MembersApiTests
{
    [Theory, DatabaseProviders]
    public async Task ApplyAdmitCease_Secretary_MovesThroughTheStatusesWithDatedHistory(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var members = $"/api/v1/societies/{world.A.Slug}/members";
        var classKey = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/societies/{world.A.Slug}/rules", TestContext.Current.CancellationToken))
            .GetProperty("rules").GetProperty("membershipClasses")[0].GetProperty("key").GetString();

        using var applied = await client.PostAsJsonAsync(members, new
        {
            givenNames = "Carys",
            familyName = "Pritchard",
            postalAddress = "3 Mill Lane, Machynlleth",
            postcode = "sy20 8aa",
            classes = new[] { classKey },
            appliedOn = "2025-02-03",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        using var admitted = await client.PostAsJsonAsync($"{members}/{id}/admit", new { decidedOn = "2025-02-17", minuteReference = "BM 2025/4" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        using var ceased = await client.PostAsJsonAsync($"{members}/{id}/cease", new { reason = "Withdrawal", ceasedOn = "2025-06-30" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ceased.StatusCode);

        var member = await client.GetFromJsonAsync<JsonElement>($"{members}/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("Ceased", member.GetProperty("status").GetString());
        Assert.Equal("SY20 8AA", member.GetProperty("postcode").GetString());
        var history = member.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("status").GetString(), h.GetProperty("effectiveOn").GetString())).ToList();
        Assert.Equal([("Applicant", "2025-02-03"), ("Active", "2025-02-17"), ("Ceased", "2025-06-30")], history);
    }

    [Theory, DatabaseProviders]
    public async Task Apply_MissingFamilyNameAndUnknownClass_IsAValidationProblemNamingTheField(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var members = $"/api/v1/societies/{world.A.Slug}/members";

        using var noName = await client.PostAsJsonAsync(members, new { postalAddress = "1 Kingsway", classes = new[] { "x" } }, TestContext.Current.CancellationToken);
        using var badClass = await client.PostAsJsonAsync(members, new { familyName = "Okafor", postalAddress = "1 Kingsway", classes = new[] { "no-such-class" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.True((await noName.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").TryGetProperty("familyName", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badClass.StatusCode);
        Assert.True((await badClass.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").TryGetProperty("classes", out _));
    }

    [Theory, DatabaseProviders]
    public async Task Search_ByPostcodeNameOrNumber_FindsOnlyThatSocietysMembers(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var members = $"/api/v1/societies/{world.A.Slug}/members";

        var all = await client.GetFromJsonAsync<JsonElement>(members, TestContext.Current.CancellationToken);
        var byName = await client.GetFromJsonAsync<JsonElement>($"{members}?q=Appleby", TestContext.Current.CancellationToken);
        var byOtherSocietysName = await client.GetFromJsonAsync<JsonElement>($"{members}?q=Blackwood", TestContext.Current.CancellationToken);

        Assert.Equal(["Aaliyah Ashworth", "Arthur Appleby"], Names(all).Order().ToArray());
        Assert.Equal(["Arthur Appleby"], Names(byName));
        Assert.Empty(Names(byOtherSocietysName));
    }

    private static string[] Names(JsonElement page) =>
        [.. page.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()!)];
}
