using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Authorization;

/// <summary>DESIGN invariant: a member sees only their own record.</summary>
public sealed class MemberRoleTests
{
    [Theory, DatabaseProviders]
    public async Task OfficerPagesAndEndpoints_MemberRole_AreForbidden(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.MemberLoginOfA);
        var slug = world.A.Slug;
        var other = world.OtherMemberOfA.Id;

        foreach (var url in new[]
        {
            $"/s/{slug}/members", $"/s/{slug}/members/{other}", $"/s/{slug}/register", $"/s/{slug}/register?handler=csv",
            $"/s/{slug}/audit", $"/s/{slug}/users", $"/s/{slug}/members/import",
            $"/api/v1/societies/{slug}/members", $"/api/v1/societies/{slug}/members/{other}",
        })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(SocietyIsolationTests.Refused(response), $"{url}: {(int)response.StatusCode}");
        }
    }

    [Theory, DatabaseProviders]
    public async Task MyRecord_MemberRole_ShowsOwnRecordOnly(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.MemberLoginOfA);

        var page = await client.GetStringAsync($"/s/{world.A.Slug}/me", TestContext.Current.CancellationToken);
        var csv = await client.GetStringAsync($"/s/{world.A.Slug}/me?handler=csv", TestContext.Current.CancellationToken);

        Assert.Contains("Ashworth", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Appleby", page, StringComparison.Ordinal);
        Assert.Contains("Ashworth", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Appleby", csv, StringComparison.Ordinal);
    }
}
