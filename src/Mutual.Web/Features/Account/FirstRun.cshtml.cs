using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Identity;
using Mutual.Web.Features.Shared;
using Mutual.Web.Features.Societies;

namespace Mutual.Web.Features.Account;

/// <summary>
/// Only while the installation has no users: creates the first secretary and their society, then
/// signs them in. Afterwards the page is gone (404), so nobody can use it to make themselves an account.
/// </summary>
[AllowAnonymous]
public sealed class FirstRunModel(FirstRun firstRun, UserManager<MutualUser> users, SignInManager<MutualUser> signIn, SocietyCreation creation)
    : PageModel
{
    [BindProperty]
    public SecretaryInput Input { get; set; } = new();

    [BindProperty]
    public NewSocietyInput Society { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await firstRun.IsNeededAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await firstRun.IsNeededAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();

        var email = Input.Email.Trim();
        var user = new MutualUser { UserName = email, Email = email, EmailConfirmed = true };
        var made = await users.CreateAsync(user, Input.Password);
        if (!made.Succeeded)
        {
            foreach (var problem in made.Errors) ModelState.AddModelError(IdentityErrors.FieldFor(problem, nameof(Input)), problem.Description);
            return Page();
        }

        var created = await creation.CreateAsync(Society, user.Id, email, ct);
        if (created.Error is { } error)
        {
            // Without a society the new login would be stranded; start again cleanly.
            await users.DeleteAsync(user);
            this.AddError(error, SocietyCreation.FieldFor(error, nameof(Society)));
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect($"/s/{created.Value.Slug}");
    }
}

public sealed class SecretaryInput
{
    [Required(ErrorMessage = "Enter the secretary's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter a password of at least 10 characters")]
    [MinLength(10, ErrorMessage = "Enter a password of at least 10 characters")]
    public string Password { get; set; } = "";
}
