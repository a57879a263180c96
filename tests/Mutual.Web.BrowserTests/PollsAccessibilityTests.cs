using Deque.AxeCore.Playwright;
using Mutual.Domain.Polls;
using Mutual.Web.BrowserTests.Infrastructure;

namespace Mutual.Web.BrowserTests;

/// <summary>STYLE.md: every poll page passes an axe check, in each state it can be in.</summary>
[Trait("Category", "Browser")]
public sealed class PollsAccessibilityTests(PollsBrowserApp polls) : IClassFixture<PollsBrowserApp>
{
    [Fact]
    public async Task PollPages_Axe_HaveNoSeriousOrCriticalViolations()
    {
        var slug = polls.Society.Slug;
        var poll = await polls.CreateElectionAsync("Election for the accessibility check");
        var officer = await polls.Browser.NewPageAsync();
        await new LoginPage(officer).LogInAsync(PollsBrowserApp.ReturningOfficer);
        var member = await polls.Browser.NewPageAsync();
        await new LoginPage(member).LogInAsync(PollsBrowserApp.MemberLogin);
        var secretary = await polls.Browser.NewPageAsync();
        await new LoginPage(secretary).LogInAsync(PollsBrowserApp.Secretary);

        var failures = new List<string>();
        failures.AddRange(await CheckAsync(secretary, $"/s/{slug}/polls/new"));
        failures.AddRange(await CheckAsync(officer, $"/s/{slug}/polls/{poll}/manage"));
        await polls.UseAsync(p => p.OpenAsync(polls.Society.Id, poll, "test"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls/{poll}"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls/{poll}/vote"));
        failures.AddRange(await CheckAsync(officer, $"/s/{slug}/polls/{poll}/paper"));
        failures.AddRange(await CheckAsync(officer, $"/s/{slug}/polls/{poll}/manage"));
        await polls.UseAsync(p => p.CastAsync(polls.Society.Id, poll, new VoterCredential.Member(polls.Member.Id), BallotContent.Rank(3, 1), "test"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls/{poll}/receipt"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls/{poll}/results"));
        await polls.UseAsync(p => p.CloseAsync(polls.Society.Id, poll, "test"));
        await polls.UseAsync(p => p.CountAsync(polls.Society.Id, poll, "test"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls/{poll}/results"));
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/polls/mine?receipt=NOSUCHCODE12"));
        failures.AddRange(await CheckAsync(officer, $"/s/{slug}/polls/{poll}/manage"));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<IEnumerable<string>> CheckAsync(Microsoft.Playwright.IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})");
    }
}
