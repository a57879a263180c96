using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.BrowserTests.Infrastructure;

/// <summary>The login page, driven the way a person uses it: by its labels.</summary>
public sealed partial class LoginPage(IPage page)
{
    // As long as Playwright waits for a navigation: the first login after start runs cold code (JIT, EF, hashing).
    private const float SignedInTimeout = 30_000;

    /// <summary>
    /// Logs in and returns once the next page shows the user signed in. It waits on what the user
    /// sees, not on a navigation event: <c>WaitForURLAsync</c> reads the frame's URL and only then
    /// listens for the next navigation, so when the redirect after login commits between the two
    /// (the click no longer waits for it) the event is missed and the wait runs out after 30 s.
    /// Playwright's assertions poll instead, so they cannot miss it.
    /// </summary>
    public async Task LogInAsync(string email, string password = TestApp.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" }))
            .ToBeVisibleAsync(new() { Timeout = SignedInTimeout });
        await Assertions.Expect(page).Not.ToHaveURLAsync(LoginUrl());
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
