using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Identity;

namespace Mutual.Web.Features.Account;

// Logging out is a POST (with the antiforgery token) so a link on another site cannot do it.
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<MutualUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
