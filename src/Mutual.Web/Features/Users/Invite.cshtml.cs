using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Users;

/// <summary>The secretary gives someone a role in the society, creating their login if they have none.</summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class InviteModel(RoleInvitation invitation) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var society = HttpContext.Society();
        var problems = await invitation.RunAsync(society, Input.Email, Input.Password, Input.Role, Input.MembershipNumber, this.Actor(), ct);
        if (problems.Count > 0)
        {
            foreach (var p in problems) ModelState.AddModelError($"{nameof(Input)}.{p.Field}", p.Message);
            return Page();
        }

        TempData["Done"] = $"{Input.Email.Trim()} now has the {Shared.RoleNames.Display(Input.Role).ToLowerInvariant()} role.";
        return Redirect($"/s/{society.Society.Slug}/users");
    }
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "Enter their email address")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org")]
    public string Email { get; set; } = "";

    public string? Password { get; set; }

    public SocietyRole Role { get; set; } = SocietyRole.Member;

    [Range(1, int.MaxValue, ErrorMessage = "Enter a membership number, like 42")]
    public int? MembershipNumber { get; set; }
}
