using Deque.AxeCore.Playwright;
using Mutual.Web.BrowserTests.Infrastructure;
using Mutual.Web.BrowserTests.Meetings;

namespace Mutual.Web.BrowserTests;

/// <summary>STYLE.md: every main page passes an axe check; serious and critical problems fail the build.</summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(SeededBrowserApp seeded) : IClassFixture<SeededBrowserApp>
{
    [Fact]
    public async Task MainPages_Axe_HaveNoSeriousOrCriticalViolations()
    {
        var page = await seeded.Browser.NewPageAsync();
        var anonymousFailures = await CheckAsync(page, "/account/login");
        await new LoginPage(page).LogInAsync(SeededBrowserApp.Secretary);
        var slug = seeded.Society.Slug;
        string[] pages =
        [
            "/societies", "/societies/new", $"/s/{slug}", $"/s/{slug}/members", $"/s/{slug}/members?q=MacDonald",
            $"/s/{slug}/members/{seeded.Member.Id}", $"/s/{slug}/members/apply", $"/s/{slug}/members/{seeded.Member.Id}/contact",
            $"/s/{slug}/members/{seeded.Member.Id}/cease", $"/s/{slug}/members/import", $"/s/{slug}/register",
            $"/s/{slug}/register/inspection", $"/s/{slug}/audit", $"/s/{slug}/rules", $"/s/{slug}/rules/upload",
            $"/s/{slug}/users", $"/s/{slug}/users/invite", $"/s/{slug}/rules/history", $"/s/{slug}/rules/versions/1", $"/s/{slug}/me",
        ];

        var failures = new List<string>(anonymousFailures);
        foreach (var url in pages) failures.AddRange(await CheckAsync(page, url));

        // The meeting floor: the attendance register and show of hands (the secretary may chair), and a member's proxy.
        var app = seeded.Browser.App;
        await MeetingSeeds.AllowProxiesAsync(app, seeded.Society.Id);
        var meeting = await MeetingSeeds.CallAsync(app, seeded.Society.Id, "Special general meeting");
        var poll = await MeetingSeeds.OpenResolutionAsync(app, seeded.Society.Id, "Approve the annual accounts");
        failures.AddRange(await CheckAsync(page, $"/s/{slug}/meetings/{meeting.Id}/attendance"));
        failures.AddRange(await CheckAsync(page, $"/s/{slug}/polls/{poll}/hands"));
        var member = await seeded.Browser.NewPageAsync();
        await new LoginPage(member).LogInAsync(SeededBrowserApp.MemberLogin);
        failures.AddRange(await CheckAsync(member, $"/s/{slug}/meetings/{meeting.Id}/proxy"));

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
