using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests.Meetings;

/// <summary>The pages of the meeting itself: the chair's attendance register and show of hands, and a member's proxy.</summary>
[Trait("Category", "Browser")]
public sealed class MeetingFloorJourneyTests(MeetingBrowserApp world) : IClassFixture<MeetingBrowserApp>
{
    private string Slug => world.Society.Slug;

    // Four members: the quorum is max(3, 25% of 4) = 3, so the third arrival makes the meeting quorate.
    [Fact]
    public async Task Attendance_ChairRecordsThreeArrivals_QuorumTurnsFromNotQuorateToQuorate()
    {
        var meeting = await MeetingSeeds.CallAsync(world.Browser.App, world.Society.Id, "Special general meeting on the shop");
        var page = await world.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(MeetingBrowserApp.Chair);
        await page.GotoAsync($"/s/{Slug}/meetings/{meeting.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Attendance and quorum" }).ClickAsync();

        var quorum = page.Locator("#quorum");
        await Assertions.Expect(quorum.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Not quorate");
        await Assertions.Expect(quorum).ToContainTextAsync("0 present of 3 needed");
        for (var i = 0; i < 3; i++)
        {
            var member = world.Members[i];
            await page.GetByLabel("Membership number").FillAsync(member.MembershipNumber!.Value.ToString(CultureInfo.InvariantCulture));
            if (i == 1) await page.GetByLabel("Online", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Record arrival" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{member.Name.Display} recorded as present.");
            if (i < 2) await Assertions.Expect(quorum.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Not quorate");
        }

        await Assertions.Expect(quorum.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Quorate");
        await Assertions.Expect(quorum).ToContainTextAsync("3 present of 3 needed (2 in person, 1 online, 0 by proxy; 4 members)");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Proxy_MemberOnAPhoneAppointsADirectedProxyThenRevokes_SeesEachStep()
    {
        var meeting = await MeetingSeeds.CallAsync(world.Browser.App, world.Society.Id, "Special general meeting on the rules", "Adopt the new rules");
        var bob = world.Members[1];
        var page = await world.Browser.NewPageAsync(375, 740);
        await new LoginPage(page).LogInAsync(MeetingBrowserApp.MemberLogin);
        await page.GotoAsync($"/s/{Slug}/meetings/{meeting.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "My proxy" }).ClickAsync();

        await page.GetByLabel("Another member", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Their membership number").FillAsync(bob.MembershipNumber!.Value.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("How should they vote on 1. Adopt the new rules?").SelectOptionAsync("Against");
        await page.GetByRole(AriaRole.Button, new() { Name = "Appoint my proxy" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your proxy is appointed.");
        var current = page.Locator("#current-proxy");
        await Assertions.Expect(current).ToContainTextAsync($"Your proxy is {bob.Name.Display}.");
        await Assertions.Expect(current).ToContainTextAsync("1. Adopt the new rules: Against");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"));
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke my proxy" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your proxy is revoked.");
        await Assertions.Expect(current).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Appoint my proxy" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ShowOfHands_ChairMissesACountThenEntersAll_IsToldWhichAndRecordsTheTotals()
    {
        var poll = await MeetingSeeds.OpenResolutionAsync(world.Browser.App, world.Society.Id, "Open a second shop");
        var page = await world.Browser.NewPageAsync();
        await new LoginPage(page).LogInAsync(MeetingBrowserApp.Chair);
        await page.GotoAsync($"/s/{Slug}/polls/{poll}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a show of hands (chair)" }).ClickAsync();

        await page.GetByLabel("Hands for", new() { Exact = true }).FillAsync("12");
        await page.GetByLabel("Abstentions", new() { Exact = true }).FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the show of hands" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the number of hands against: a whole number, 0 or more");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Hands against", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the show of hands" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Show of hands recorded.");
        await Assertions.Expect(page.GetByLabel("Hands for", new() { Exact = true })).ToHaveValueAsync("12");
        var stored = await world.Browser.App.WithScopeAsync(services => services.GetRequiredService<PollService>().GetAsync(world.Society.Id, poll));
        Assert.Equal(new ShowOfHands(12, 3, 1), stored!.ShowOfHands);
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.Empty(serious);
    }
}
