using Microsoft.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests;

[Trait("Category", "Browser")]
public sealed class MemberJourneyTests(SeededBrowserApp seeded) : IClassFixture<SeededBrowserApp>
{
    [Fact]
    public async Task MyRecord_MemberOnAPhone_SeesOwnRecordWithoutSidewaysScrolling()
    {
        var page = await seeded.Browser.NewPageAsync(width: 375, height: 812);
        await new LoginPage(page).LogInAsync(SeededBrowserApp.MemberLogin);

        await page.GotoAsync($"/s/{seeded.Society.Slug}/me");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your membership record");
        await Assertions.Expect(page.GetByText("Eilidh MacDonald").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Nowak")).ToHaveCountAsync(0);
        // The society menu offers a member only what they may open.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My record", Exact = true })).ToHaveCountAsync(1);
        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 375, $"The page is {pageWidth}px wide on a 375px screen.");
    }

    [Fact]
    public async Task MemberList_Member_IsRefused()
    {
        var page = await seeded.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(SeededBrowserApp.MemberLogin);

        await page.GotoAsync($"/s/{seeded.Society.Slug}/members");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");
    }
}
