using System.Net;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Authorization;

namespace Mutual.Web.Tests.Members;

/// <summary>DOMAIN B6: a member takes a copy of their own entry, as a page, CSV, PDF or JSON; never anyone else's.</summary>
public sealed class MyRecordTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task MyRecordPdf_PageAndApi_AreTheMembersOwnEntryOnly(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.MemberLoginOfA);
        var slug = world.A.Slug;

        var page = await client.GetStringAsync($"/s/{slug}/me", Cancel);
        using var fromPage = await client.GetAsync($"/s/{slug}/me?handler=pdf", Cancel);
        using var fromApi = await client.GetAsync($"/api/v1/societies/{slug}/members/me/pdf", Cancel);

        Assert.Contains("?handler=pdf", page, StringComparison.Ordinal);
        foreach (var response in new[] { fromPage, fromApi })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var text = await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync(Cancel), Cancel);
            Assert.Contains("Aaliyah Ashworth", text, StringComparison.Ordinal);
            Assert.Contains("GL5 1AA", text, StringComparison.Ordinal);
            Assert.Contains("society-a Limited", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Appleby", text, StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseProviders]
    public async Task MyRecordApi_JsonAndCsv_AreTheLinkedMember(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.MemberLoginOfA);

        var json = await client.GetStringAsync($"/api/v1/societies/{world.A.Slug}/members/me", Cancel);
        var csv = await client.GetStringAsync($"/api/v1/societies/{world.A.Slug}/members/me/csv", Cancel);

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(world.MemberOfA.Id.Value, doc.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("Ashworth", doc.RootElement.GetProperty("familyName").GetString());
        Assert.Contains(",Aaliyah,Ashworth,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Appleby", csv, StringComparison.Ordinal);
    }

    [Theory, DatabaseProviders]
    public async Task MyRecord_LoginWithoutLinkedMemberOrOtherSociety_GetsNoRecord(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var secretary = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        using var member = await app.LoginAsync(TwoSocieties.MemberLoginOfA);

        foreach (var url in new[] { $"/api/v1/societies/{world.A.Slug}/members/me/pdf", $"/api/v1/societies/{world.A.Slug}/members/me", $"/s/{world.A.Slug}/me?handler=pdf" })
        {
            using var response = await secretary.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        foreach (var url in new[] { $"/api/v1/societies/{world.B.Slug}/members/me/pdf", $"/s/{world.B.Slug}/me?handler=pdf" })
        {
            using var response = await member.GetAsync(url, Cancel);
            Assert.True(SocietyIsolationTests.Refused(response), $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("Blackwood", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }
}
