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
            $"/s/{slug}/audit", $"/s/{slug}/users",
            $"/api/v1/societies/{slug}/members", $"/api/v1/societies/{slug}/members/{other}",
        })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(SocietyIsolationTests.Refused(response), $"{url}: {(int)response.StatusCode}");
        }
    }
}
