using Microsoft.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests;

[Trait("Category", "Browser")]
public sealed class ImportTests(SeededBrowserApp seeded) : IClassFixture<SeededBrowserApp>
{
    [Fact]
    public async Task Import_CsvWithABadRow_NamesRowAndColumnAndImportsNothing()
    {
        var page = await seeded.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(SeededBrowserApp.Secretary);
        await page.GotoAsync($"/s/{seeded.Society.Slug}/members/import");

        await page.GetByLabel("Register file (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "register.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(ImportCsv.WithBadRow),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nothing was imported", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(ImportCsv.ExpectedProblemStart);
        await page.GotoAsync($"/s/{seeded.Society.Slug}/members?q=Zephaniah");
        await Assertions.Expect(page.GetByText("No members match your search.")).ToBeVisibleAsync();
    }
}
