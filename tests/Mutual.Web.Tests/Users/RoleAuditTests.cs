using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Audit;
using Mutual.Domain.Audit;
using Mutual.Domain.Societies;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Authorization;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Users;

/// <summary>Roles given and taken away on the users page and through the API land in the society's audit chain.</summary>
public sealed class RoleAuditTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task UsersPage_GiveThenRemoveRole_RecordsBothInTheAuditChain(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var slug = world.A.Slug;

        var form = await client.GetStringAsync($"/s/{slug}/users/invite", Cancel);
        using var invited = await client.PostAsync($"/s/{slug}/users/invite", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "grace@example.org",
            ["Input.Password"] = "a long enough password",
            ["Input.Role"] = "BoardMember",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }), Cancel);
        var granted = await LastAsync(app, world.A.Id);
        var users = await client.GetStringAsync($"/s/{slug}/users", Cancel);
        var userId = await app.WithScopeAsync(async s => s.GetRequiredService<MutualDbContext>().Users.Single(u => u.Email == "grace@example.org").Id);
        using var removed = await client.PostAsync($"/s/{slug}/users?handler=remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = userId.ToString(),
            ["role"] = "BoardMember",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(users),
        }), Cancel);
        var revoked = await LastAsync(app, world.A.Id);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(("role.granted", TwoSocieties.SecretaryOfA, "BoardMember to grace@example.org"), (granted.Action, granted.Actor, granted.Subject));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(("role.revoked", TwoSocieties.SecretaryOfA, "BoardMember from grace@example.org"), (revoked.Action, revoked.Actor, revoked.Subject));
        Assert.Contains("\"before\":{", revoked.Details, StringComparison.Ordinal);
        Assert.Contains("\"after\":null", revoked.Details, StringComparison.Ordinal);
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<AuditLog>().VerifyAsync(world.A.Id, Cancel)) is { IsIntact: true });
    }

    [Theory, DatabaseProviders]
    public async Task UsersApi_GrantAndRevoke_AreAuditedAndBadRequestsChangeNothing(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var api = $"/api/v1/societies/{world.A.Slug}/users";
        var before = await CountAsync(app, world.A.Id);

        using var badEmail = await client.PostAsJsonAsync($"{api}/roles", new { email = "nobody", role = "Member" }, Cancel);
        using var noPassword = await client.PostAsJsonAsync($"{api}/roles", new { email = "new@example.org", role = "Member" }, Cancel);
        using var badNumber = await client.PostAsJsonAsync($"{api}/roles", new { email = TwoSocieties.MemberLoginOfA, role = "Member", membershipNumber = 999 }, Cancel);
        var afterBad = await CountAsync(app, world.A.Id);
        using var grant = await client.PostAsJsonAsync($"{api}/roles", new { email = TwoSocieties.MemberLoginOfA, role = "ReturningOfficer" }, Cancel);
        var granted = await LastAsync(app, world.A.Id);
        var body = await grant.Content.ReadFromJsonAsync<Dictionary<string, object>>(Cancel);
        var userId = body!["userId"].ToString();
        using var revoke = await client.DeleteAsync($"{api}/{userId}/roles/ReturningOfficer", Cancel);
        var revoked = await LastAsync(app, world.A.Id);
        using var revokeAgain = await client.DeleteAsync($"{api}/{userId}/roles/ReturningOfficer", Cancel);
        var secretaryId = await app.WithScopeAsync(async s => s.GetRequiredService<MutualDbContext>().Users.Single(u => u.Email == TwoSocieties.SecretaryOfA).Id);
        using var own = await client.DeleteAsync($"{api}/{secretaryId}/roles/Secretary", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, badEmail.StatusCode);
        Assert.Contains("\"email\"", await badEmail.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noPassword.StatusCode);
        Assert.Contains("\"password\"", await noPassword.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Contains("\"membershipNumber\"", await badNumber.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before, afterBad);
        Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        Assert.Equal(("role.granted", $"ReturningOfficer to {TwoSocieties.MemberLoginOfA}"), (granted.Action, granted.Subject));
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(("role.revoked", $"ReturningOfficer from {TwoSocieties.MemberLoginOfA}"), (revoked.Action, revoked.Subject));
        Assert.Equal(HttpStatusCode.NotFound, revokeAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Equal(before + 2, await CountAsync(app, world.A.Id));
    }

    [Theory, DatabaseProviders]
    public async Task UsersApi_MemberRole_IsRefused(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.MemberLoginOfA);

        using var list = await client.GetAsync($"/api/v1/societies/{world.A.Slug}/users", Cancel);
        using var grant = await client.PostAsJsonAsync($"/api/v1/societies/{world.A.Slug}/users/roles", new { email = TwoSocieties.MemberLoginOfA, role = "Secretary" }, Cancel);

        Assert.True(SocietyIsolationTests.Refused(list), $"{(int)list.StatusCode}");
        Assert.True(SocietyIsolationTests.Refused(grant), $"{(int)grant.StatusCode}");
    }

    [Theory, DatabaseProviders]
    public async Task CreateSocietyPage_Creator_BecomesSecretaryThroughAnAuditedGrant(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);

        var form = await client.GetStringAsync("/societies/new", Cancel);
        using var created = await client.PostAsync("/societies/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Society.Name"] = "Hillside Bakery Co-operative",
            ["Society.Slug"] = "hillside-bakery",
            ["Society.Template"] = "co-operative",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }), Cancel);
        var society = await app.WithScopeAsync(async s => s.GetRequiredService<MutualDbContext>().Societies.Single(x => x.Slug == "hillside-bakery").Id);
        var granted = await LastAsync(app, society);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(("role.granted", TwoSocieties.SecretaryOfA, $"Secretary to {TwoSocieties.SecretaryOfA}"), (granted.Action, granted.Actor, granted.Subject));
    }

    private static Task<AuditEvent> LastAsync(TestApp app, SocietyId society) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AuditLog>().LastAsync(society, Cancel))!);

    private static Task<int> CountAsync(TestApp app, SocietyId society) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AuditLog>().VerifyAsync(society, Cancel)).EventCount);
}
