using System.Net;
using Mutual.Data;
using Mutual.Testing.Databases;

namespace Mutual.Web.Tests.Authorization;

/// <summary>DESIGN invariant: every page and endpoint is authorised by role and by society.</summary>
public sealed class SocietyIsolationTests
{
    [Theory, DatabaseProviders]
    public async Task EverySocietyEndpoint_SecretaryOfAnotherSociety_IsRefusedAndSeesNothing(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var targets = SocietyEndpoints.All(app.Factory.Services);
        Assert.True(targets.Count >= 15, $"Only {targets.Count} society endpoints were found: the routing table was not read.");

        foreach (var target in targets)
        {
            using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url(world.B.Slug, world.MemberOfB.Id.Value));
            if (target.Method != "GET") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True(Refused(response), $"{target}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.DoesNotContain("Blackwood", body, StringComparison.Ordinal);
            Assert.DoesNotContain(world.B.Name, body, StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseProviders]
    public async Task EverySocietyEndpoint_Anonymous_IsSentToLoginOrGets401(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = app.AnonymousClient();

        foreach (var target in SocietyEndpoints.All(app.Factory.Services))
        {
            using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url(world.A.Slug, world.MemberOfA.Id.Value));
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            if (target.Template.StartsWith("api/", StringComparison.Ordinal))
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{target}: {(int)response.StatusCode}");
            else
                Assert.True(
                    response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal),
                    $"{target}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Theory, DatabaseProviders]
    public async Task MemberPages_OtherSocietysMemberIdUnderOwnSlug_AreNotFound(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);

        // A's secretary may use A's pages, but B's member id must not resolve there.
        foreach (var url in new[] { $"/s/{world.A.Slug}/members/{world.MemberOfB.Id}", $"/api/v1/societies/{world.A.Slug}/members/{world.MemberOfB.Id}" })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    internal static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/status/403", StringComparison.Ordinal));
}
