using System.Text.Json;
using Mutual.Data;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Polls;

public sealed class PollsOpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_Anonymous_ListsThePollEndpoints()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.AnonymousClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/societies/{slug}/polls", "/api/v1/societies/{slug}/polls/{id}", "/api/v1/societies/{slug}/polls/{id}/open",
                "/api/v1/societies/{slug}/polls/{id}/close", "/api/v1/societies/{slug}/polls/{id}/count", "/api/v1/societies/{slug}/polls/{id}/certify",
                "/api/v1/societies/{slug}/polls/{id}/results", "/api/v1/societies/{slug}/polls/{id}/ballots",
                "/api/v1/societies/{slug}/polls/{id}/ballots.blt", "/api/v1/societies/{slug}/polls/{id}/paper-ballots", "/api/v1/societies/{slug}/polls/{id}/show-of-hands",
                "/api/v1/ballots",
            },
            paths);
    }
}
