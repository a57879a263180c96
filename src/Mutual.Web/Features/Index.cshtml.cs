using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Web.Features.Account;

namespace Mutual.Web.Features;

[AllowAnonymous]
public sealed class IndexModel(FirstRun firstRun) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await firstRun.IsNeededAsync(ct)) return RedirectToPage("/Account/FirstRun");
        if (User.Identity?.IsAuthenticated == true) return RedirectToPage("/Societies/Index");
        return Page();
    }
}
