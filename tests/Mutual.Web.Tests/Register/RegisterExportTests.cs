using System.Net;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Authorization;

namespace Mutual.Web.Tests.Register;

public sealed class RegisterExportTests
{
    [Theory, DatabaseProviders]
    public async Task RegisterDownloads_Secretary_HoldOnlyTheirSocietysMembers(DatabaseProvider provider)
    {
        var world = await TwoSocieties.CreateAsync(provider);
        await using var app = world.App;
        using var client = await app.LoginAsync(TwoSocieties.SecretaryOfA);
        var ct = TestContext.Current.CancellationToken;

        var csv = await client.GetStringAsync($"/s/{world.A.Slug}/register?handler=csv", ct);
        using var pdf = await client.GetAsync($"/s/{world.A.Slug}/register?handler=pdf", ct);
        var inspection = await client.GetStringAsync($"/s/{world.A.Slug}/register/inspection", ct);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header and the two members of A
        Assert.Contains("Ashworth", csv, StringComparison.Ordinal);
        Assert.Contains("Appleby", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Blackwood", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync(ct))[..5]);
        Assert.Contains("Appleby", inspection, StringComparison.Ordinal);
        Assert.DoesNotContain("Blackwood", inspection, StringComparison.Ordinal);
    }
}
