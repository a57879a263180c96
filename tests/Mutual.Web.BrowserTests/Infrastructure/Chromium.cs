using Microsoft.Playwright;

namespace Mutual.Web.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright: Playwright cannot download a browser of its own here,
/// and the switches keep Chromium from phoning home or needing a sandbox in a container.
/// </summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
}
