using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests.Meetings;

[Trait("Category", "Browser")]
public sealed class CallMeetingJourneyTests(SeededBrowserApp seeded) : IClassFixture<SeededBrowserApp>
{
    private string Slug => seeded.Society.Slug;

    [Fact]
    public async Task CallMeeting_TooEarlyThenEarliest_ShowsWhyThenCallsIt()
    {
        var page = await seeded.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(SeededBrowserApp.Secretary);
        await page.GotoAsync($"/s/{Slug}/meetings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Call a meeting" }).ClickAsync();
        var noticeOn = DateOnly.Parse(await page.GetByLabel("Date notice goes out").InputValueAsync(), CultureInfo.InvariantCulture);
        // 14 clear days: the day of service and the meeting day are left out, so 15 days after.
        var earliest = noticeOn.AddDays(15);
        await Assertions.Expect(page.Locator("#earliest-date")).ToContainTextAsync($"the earliest lawful date under the society's rules is {earliest:d MMMM yyyy}");

        await page.GetByLabel("Title").FillAsync("Special general meeting");
        await page.GetByLabel("Place (for members attending in person)").FillAsync("Village hall, Hexham");
        await page.GetByLabel("Date of the meeting").FillAsync(noticeOn.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Call the meeting" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("14 clear days' notice are needed");
        await Assertions.Expect(summary).ToContainTextAsync($"allows {earliest:d MMMM yyyy} at the earliest");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Date of the meeting").FillAsync(earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Call the meeting" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Meeting called");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Special general meeting");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Meetings_MemberOnAPhone_SeesTheListWithoutScrollingSideways()
    {
        var page = await seeded.Browser.NewPageAsync(375, 740);
        await new LoginPage(page).LogInAsync(SeededBrowserApp.MemberLogin);

        await page.GotoAsync($"/s/{Slug}/meetings");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("General meetings");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call a meeting" })).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"));
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.Empty(serious);
    }
}
