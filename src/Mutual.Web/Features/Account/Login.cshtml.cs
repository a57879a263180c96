using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Identity;

namespace Mutual.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<MutualUser> signIn, FirstRun firstRun) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await firstRun.IsNeededAsync(ct) ? RedirectToPage("/Account/FirstRun") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");

        ModelState.AddModelError($"{nameof(Input)}.{nameof(LoginInput.Email)}", result.IsLockedOut
            ? "This account is locked after too many attempts. Try again in 5 minutes."
            : "The email address or password is not right. Check them and try again.");
        return Page();
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
