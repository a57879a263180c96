using Microsoft.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests;

[Trait("Category", "Browser")]
public sealed class SecretaryJourneyTests(SeededBrowserApp seeded) : IClassFixture<SeededBrowserApp>
{
    private string Slug => seeded.Society.Slug;

    [Fact]
    public async Task LogIn_Secretary_SeesTheirSocietyHome()
    {
        var page = await seeded.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(SeededBrowserApp.Secretary);

        await page.GotoAsync($"/s/{Slug}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(seeded.Society.Name);
        await Assertions.Expect(page.GetByText("Current members")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Admit_ApplicationRecordedInTheBrowser_BecomesANumberedMember()
    {
        var page = await seeded.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(SeededBrowserApp.Secretary);

        await page.GotoAsync($"/s/{Slug}/members/apply");
        await page.GetByLabel("Given names").FillAsync("Siobhan");
        await page.GetByLabel("Family name, or an organisation’s registered name").FillAsync("Kowalski");
        await page.GetByLabel("Postal address").FillAsync("12 Brook Street, Hexham");
        await page.GetByLabel("Postcode").FillAsync("ne46 3qq");
        await page.GetByLabel("Date of application").FillAsync("2025-03-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record application" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Admit or reject this application" }).ClickAsync();
        await page.GetByLabel("Date of the board’s decision").FillAsync("2025-03-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Admitted to membership");
        // Two members were admitted before, so the register gives this one number 3.
        await Assertions.Expect(page.GetByText("Member 3", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("NE46 3QQ")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ExportRegister_Csv_DownloadsTheRegisterWithTheMembers()
    {
        var page = await seeded.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(SeededBrowserApp.Secretary);
        await page.GotoAsync($"/s/{Slug}/register");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the register (CSV)" }).ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("MacDonald", csv, StringComparison.Ordinal);
        Assert.Contains("Nowak", csv, StringComparison.Ordinal);
    }
}
