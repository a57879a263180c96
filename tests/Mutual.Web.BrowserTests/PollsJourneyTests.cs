using Microsoft.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests;

/// <summary>Issue 4 point 9: a member votes on a phone, keeps the receipt, and finds it in the certified results.</summary>
[Trait("Category", "Browser")]
public sealed class PollsJourneyTests(PollsBrowserApp polls) : IClassFixture<PollsBrowserApp>
{
    [Fact]
    public async Task Election_MemberVotesOnAPhone_FindsReceiptInCertifiedResults()
    {
        var poll = await polls.CreateElectionAsync("Election of directors 2026");
        var slug = polls.Society.Slug;
        var officer = await polls.Browser.NewPageAsync();
        await new LoginPage(officer).LogInAsync(PollsBrowserApp.ReturningOfficer);
        await officer.GotoAsync($"/s/{slug}/polls/{poll}/manage");
        var download = await officer.RunAndWaitForDownloadAsync(() =>
            officer.GetByRole(AriaRole.Button, new() { Name = "Open the poll and download the ballot codes" }).ClickAsync());
        var codes = await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(3, codes.Length);
        Assert.Contains(codes, line => line.Contains("\"MacDonald\"", StringComparison.Ordinal));

        var phone = await polls.Browser.NewPageAsync(width: 375, height: 812);
        await new LoginPage(phone).LogInAsync(PollsBrowserApp.MemberLogin);
        await phone.GotoAsync($"/s/{slug}");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Polls", Exact = true }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Vote on Election of directors 2026" }).ClickAsync();
        await Assertions.Expect(phone.GetByText("Treasurer of the food hub.")).ToBeVisibleAsync();
        await phone.GetByLabel("First choice").SelectOptionAsync(new SelectOptionValue { Label = "2. Ben Lloyd" });
        await phone.GetByLabel("Choice 2").SelectOptionAsync(new SelectOptionValue { Label = "1. Asha Patel" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Cast my vote" }).ClickAsync();

        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your receipt");
        var receipt = (await phone.Locator(".receipt-code").TextContentAsync())!.Trim();
        Assert.Matches("^[0-9A-Z]{12}$", receipt);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"The receipt page is {width}px wide on a 375px screen.");

        foreach (var step in new[] { "Close the poll", "Count the votes", "Certify the result" })
        {
            await officer.GotoAsync($"/s/{slug}/polls/{poll}/manage");
            await officer.GetByRole(AriaRole.Button, new() { Name = step }).ClickAsync();
            await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        }

        await phone.GotoAsync($"/s/{slug}/polls/{poll}/results");
        await Assertions.Expect(phone.GetByRole(AriaRole.Img, new() { Name = "First preferences" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("ol li", new() { HasText = "Ben Lloyd" }).First).ToBeVisibleAsync();
        var resultsWidth = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(resultsWidth <= 375, $"The results page is {resultsWidth}px wide on a 375px screen.");

        await phone.GotoAsync($"/s/{slug}/polls/mine");
        await phone.GetByLabel("Receipt code").FillAsync(receipt);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Find my ballot" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Ben Lloyd, then Asha Patel");
    }
}
