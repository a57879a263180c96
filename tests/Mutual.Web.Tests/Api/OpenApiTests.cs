using System.Text.Json;
using Mutual.Data;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_Anonymous_ListsEveryApiEndpoint()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.AnonymousClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/societies", "/api/v1/societies/{slug}", "/api/v1/societies/{slug}/members",
                "/api/v1/societies/{slug}/members/{memberId}", "/api/v1/societies/{slug}/members/{memberId}/admit",
                "/api/v1/societies/{slug}/members/{memberId}/cease", "/api/v1/societies/{slug}/rules",
                "/api/v1/societies/{slug}/rules.yaml", "/api/v1/societies/{slug}/audit/verify",
            },
            paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/s/", StringComparison.Ordinal));
    }
}
