using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Mutual.Data;
using Mutual.Data.Rules;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Authorization;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Rules;

/// <summary>Every stored version of the rules can be listed, read and downloaded, with who adopted it and today's verdict.</summary>
public sealed partial class RulesHistoryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseProviders]
    public async Task History_ThreeVersions_ListsEachWithAdopterAndVerdictAndServesItsYaml(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        var (v2, v3) = await AddVersionsAsync(app, world);
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var slug = world.A.Slug;

        var page = await client.GetStringAsync($"/s/{slug}/rules/history", Cancel);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/societies/{slug}/rules/versions", Cancel));
        var yamlFromPage = await client.GetStringAsync($"/s/{slug}/rules/versions/2?handler=yaml", Cancel);
        var yamlFromApi = await client.GetStringAsync($"/api/v1/societies/{slug}/rules/versions/3.yaml", Cancel);
        var v3Page = await client.GetStringAsync($"/s/{slug}/rules/versions/3", Cancel);
        using var missing = await client.GetAsync($"/s/{slug}/rules/versions/4", Cancel);

        var versions = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["test", TwoSocieties.SecretaryOfA, null], versions.Select(v => v.GetProperty("adoptedBy").GetString()));
        Assert.Equal([true, true, false], versions.Select(v => v.GetProperty("valid").GetBoolean()));
        Assert.Contains(versions[1].GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("meetings.notice.clearDays:", StringComparison.Ordinal));
        Assert.Contains(versions[2].GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith("meetings.agmWithinMonthsOfYearEnd:", StringComparison.Ordinal));
        Assert.Equal(v2, yamlFromPage);
        Assert.Equal(v3, yamlFromApi);
        Assert.Equal(["3", "2", "1"], Rows().Matches(page).Select(m => m.Groups[1].Value));
        Assert.Contains(TwoSocieties.SecretaryOfA, page, StringComparison.Ordinal);
        Assert.Contains("Not recorded", page, StringComparison.Ordinal);
        Assert.Contains("agmWithinMonthsOfYearEnd: 13", WebUtility.HtmlDecode(v3Page), StringComparison.Ordinal);
        Assert.Contains("1 error(s)", v3Page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, DatabaseProviders]
    public async Task History_MemberRole_SeesVersionsButNotWhoAdoptedThem(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        await AddVersionsAsync(app, world);
        using var client = await app.LoginAsync(TwoSocieties.MemberLoginOfA);

        var page = await client.GetStringAsync($"/s/{world.A.Slug}/rules/history", Cancel);
        var json = await client.GetStringAsync($"/api/v1/societies/{world.A.Slug}/rules/versions", Cancel);

        Assert.Equal(["3", "2", "1"], Rows().Matches(page).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain(TwoSocieties.SecretaryOfA, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Adopted by", page, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoSocieties.SecretaryOfA, json, StringComparison.Ordinal);
    }

    // Version 2 is adopted by the secretary with 10 days' notice (valid, with a warning). Version 3 stands
    // for a version adopted under an older checker: written straight to the table, with no audit event,
    // and with an AGM 13 months after the year end, which today's checker calls an error.
    private static async Task<(string V2, string V3)> AddVersionsAsync(TestApp app, TwoSocieties world) =>
        await app.WithScopeAsync(async s =>
        {
            var store = s.GetRequiredService<RulesStore>();
            var v1 = (await store.ExportAsync(world.A.Id, Cancel)).Value;
            Assert.Contains("clearDays: 14", v1, StringComparison.Ordinal);
            Assert.Contains("agmWithinMonthsOfYearEnd: 6", v1, StringComparison.Ordinal);
            var v2 = v1.Replace("clearDays: 14", "clearDays: 10", StringComparison.Ordinal);
            Assert.True((await store.ImportAsync(world.A.Id, v2, TwoSocieties.SecretaryOfA, Cancel)).IsSuccess);
            var v3 = v2.Replace("agmWithinMonthsOfYearEnd: 6", "agmWithinMonthsOfYearEnd: 13", StringComparison.Ordinal);
            var db = s.GetRequiredService<MutualDbContext>();
            db.RulesVersions.Add(new RulesVersion(world.A.Id, 3, DateTimeOffset.UtcNow, v3));
            await db.SaveChangesAsync(Cancel);
            return (v2, v3);
        });

    [GeneratedRegex(@"<tr>\s*<td>(\d+)</td>")]
    private static partial Regex Rows();
}
