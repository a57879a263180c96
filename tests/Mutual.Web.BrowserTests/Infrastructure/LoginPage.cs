using Microsoft.Playwright;
using Mutual.Web.Tests.Infrastructure;

namespace Mutual.Web.BrowserTests.Infrastructure;

/// <summary>The login page, driven the way a person uses it: by its labels.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task LogInAsync(string email, string password = TestApp.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
