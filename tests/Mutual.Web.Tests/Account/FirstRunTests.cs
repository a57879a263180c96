using System.Net;
using Mutual.Data;
using Mutual.Testing.Databases;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.Tests.Account;

public sealed class FirstRunTests
{
    [Theory, DatabaseProviders]
    public async Task FirstRun_NoUsers_CreatesSecretaryAndSocietyThenCloses(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.AnonymousClient();

        using var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal("/account/first-run", home.Headers.Location?.OriginalString);
        var form = await client.GetStringAsync("/account/first-run", TestContext.Current.CancellationToken);
        using var created = await client.PostAsync("/account/first-run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "secretary@riverside.example.org",
            ["Input.Password"] = TestApp.Password,
            ["Society.Name"] = "Riverside Community Energy Limited",
            ["Society.Slug"] = "riverside-energy",
            ["Society.Template"] = "community-benefit",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/s/riverside-energy", created.Headers.Location?.OriginalString);
        var societyHome = await client.GetStringAsync("/s/riverside-energy", TestContext.Current.CancellationToken);
        Assert.Contains("Riverside Community Energy Limited", societyHome, StringComparison.Ordinal);
        using var again = await app.AnonymousClient().GetAsync("/account/first-run", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory, DatabaseProviders]
    public async Task FirstRun_BadSlugAndShortPassword_ShowsErrorsLinkedToFields(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var client = app.AnonymousClient();
        var form = await client.GetStringAsync("/account/first-run", TestContext.Current.CancellationToken);

        using var response = await client.PostAsync("/account/first-run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "secretary@riverside.example.org",
            ["Input.Password"] = "short",
            ["Society.Name"] = "Riverside Community Energy Limited",
            ["Society.Slug"] = "Riverside Energy!",
            ["Society.Template"] = "co-operative",
            ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(form),
        }), TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Input_Password\"", page, StringComparison.Ordinal);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
    }
}
