using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests.Meetings;

/// <summary>
/// Issue 4 point 5 end to end: members nominate, the secretary sends notice and creates the election
/// poll, the returning officer opens it, a member votes, the chair opens the meeting, the returning
/// officer closes, counts and certifies; the minutes and the register of directors show who won.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AgmElectionJourneyTests(AgmBrowserApp agm) : IClassFixture<AgmBrowserApp>
{
    [Fact]
    public async Task AgmElection_NominateVoteCertify_MinutesAndDirectorsShowTheElected()
    {
        var meeting = await agm.CallAgmAsync();
        var slug = agm.Society.Slug;
        var meetingUrl = $"/s/{slug}/meetings/{meeting}";

        var member = await agm.Browser.NewPageAsync(375, 812);
        await new LoginPage(member).LogInAsync(AgmBrowserApp.MemberLogin);
        await member.GotoAsync(meetingUrl);
        await member.GetByRole(AriaRole.Link, new() { Name = "Candidates and nominations" }).ClickAsync();
        foreach (var (who, statement) in new[] { (0, "Twelve years a member."), (1, "Treasurer of the food hub.") })
        {
            await member.GetByLabel("Membership number of the candidate").FillAsync(agm.Members[who].MembershipNumber!.Value.ToString(CultureInfo.InvariantCulture));
            await member.GetByLabel("Statement").FillAsync(statement);
            await member.GetByRole(AriaRole.Button, new() { Name = "Nominate" }).ClickAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("is nominated");
        }

        await Assertions.Expect(member.GetByText("Treasurer of the food hub.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(member);

        var secretary = await agm.Browser.NewPageAsync();
        await new LoginPage(secretary).LogInAsync(AgmBrowserApp.Secretary);
        await secretary.GotoAsync(meetingUrl);
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Record notice as sent" }).ClickAsync();
        await secretary.GotoAsync($"{meetingUrl}/nominations");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Create the election poll" }).ClickAsync();
        await Assertions.Expect(secretary.GetByRole(AriaRole.Status)).ToContainTextAsync("The election poll is created");
        var pollUrl = await secretary.GetByRole(AriaRole.Link, new() { Name = "The election poll" }).GetAttributeAsync("href");

        var officer = await agm.Browser.NewPageAsync();
        await new LoginPage(officer).LogInAsync(AgmBrowserApp.ReturningOfficer);
        await officer.GotoAsync($"{pollUrl}/manage");
        await officer.RunAndWaitForDownloadAsync(() =>
            officer.GetByRole(AriaRole.Button, new() { Name = "Open the poll and download the ballot codes" }).ClickAsync());

        await member.GotoAsync($"{pollUrl}/vote");
        await member.GetByLabel("First choice").SelectOptionAsync(new SelectOptionValue { Label = "2. Tariq Nowak" });
        await member.GetByRole(AriaRole.Button, new() { Name = "Cast my vote" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your receipt");

        var chair = await agm.Browser.NewPageAsync();
        await new LoginPage(chair).LogInAsync(AgmBrowserApp.Chair);
        await chair.GotoAsync($"{meetingUrl}/attendance");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Open the meeting" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        foreach (var step in new[] { "Close the poll", "Count the votes", "Certify the result" })
        {
            await officer.GotoAsync($"{pollUrl}/manage");
            await officer.GetByRole(AriaRole.Button, new() { Name = step }).ClickAsync();
            await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        }

        await member.GotoAsync(meetingUrl);
        await Assertions.Expect(member.GetByText("1. Election of directors: 1 seat: elected Tariq Nowak.")).ToBeVisibleAsync();
        await member.GotoAsync($"/s/{slug}");
        await member.GetByRole(AriaRole.Link, new() { Name = "Directors", Exact = true }).ClickAsync();
        await Assertions.Expect(member.Locator("#current-directors")).ToContainTextAsync("Tariq Nowak");
        await Assertions.Expect(member.Locator("#current-directors")).ToContainTextAsync("Elected at Annual general meeting");
        Assert.True(await member.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"));
        await AssertAccessibleAsync(member);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }
}
