using System.Net.Http.Json;
using System.Text.Json;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Authorization;

namespace Mutual.Web.Tests.Api;

public sealed class SocietiesApiTests
{
    [Theory, DatabaseProviders]
    public async Task ListSocieties_Secretary_ListsOnlyTheirOwnWithRoles(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/societies", TestContext.Current.CancellationToken);
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/societies/{world.A.Slug}", TestContext.Current.CancellationToken);

        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("society-a", only.GetProperty("slug").GetString());
        Assert.Equal(["Secretary"], only.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("society-a Limited", one.GetProperty("name").GetString());
    }

    [Theory, DatabaseProviders]
    public async Task RulesAndAudit_Secretary_ReturnsYamlAndAnIntactChain(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);

        var yaml = await client.GetStringAsync($"/api/v1/societies/{world.A.Slug}/rules.yaml", TestContext.Current.CancellationToken);
        var audit = await client.GetFromJsonAsync<JsonElement>($"/api/v1/societies/{world.A.Slug}/audit/verify", TestContext.Current.CancellationToken);

        Assert.Contains("society-a Limited", yaml, StringComparison.Ordinal);
        Assert.True(audit.GetProperty("intact").GetBoolean());
        // Two members were applied and admitted: at least those four changes are in the chain.
        Assert.True(audit.GetProperty("eventCount").GetInt32() >= 4);
    }
}
