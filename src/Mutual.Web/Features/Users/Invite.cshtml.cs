using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Mutual.Data;
using Mutual.Data.Identity;
using Mutual.Data.Societies;
using Mutual.Domain.Members;
using Mutual.Domain.Societies;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Account;

namespace Mutual.Web.Features.Users;

/// <summary>The secretary gives someone a role in the society, creating their login if they have none.</summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class InviteModel(MutualDbContext db, UserManager<MutualUser> users) : PageModel
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

        MemberId? memberId = null;
        if (Input.MembershipNumber is { } number)
        {
            memberId = await db.Members.Where(m => m.SocietyId == society.Id && m.MembershipNumber == number)
                .Select(m => (MemberId?)m.Id).SingleOrDefaultAsync(ct);
            if (memberId is null)
            {
                ModelState.AddModelError("Input.MembershipNumber", $"There is no member number {number} in this society's register. Check the number.");
                return Page();
            }
        }

        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            if (string.IsNullOrEmpty(Input.Password))
            {
                ModelState.AddModelError("Input.Password", "Set a password of at least 10 characters for the new login");
                return Page();
            }

            user = new MutualUser { UserName = email, Email = email, EmailConfirmed = true };
            var made = await users.CreateAsync(user, Input.Password);
            if (!made.Succeeded)
            {
                foreach (var problem in made.Errors) ModelState.AddModelError(IdentityErrors.FieldFor(problem, nameof(Input)), problem.Description);
                return Page();
            }
        }

        var already = await db.SocietyRoles.AnyAsync(r => r.SocietyId == society.Id && r.UserId == user.Id && r.Role == Input.Role, ct);
        if (already) await db.SocietyRoles.Where(r => r.SocietyId == society.Id && r.UserId == user.Id && r.Role == Input.Role).ExecuteDeleteAsync(ct);
        db.SocietyRoles.Add(new SocietyRoleAssignment(user.Id, society.Id, Input.Role, memberId));
        await db.SaveChangesAsync(ct);

        TempData["Done"] = $"{email} now has the {Shared.RoleNames.Display(Input.Role).ToLowerInvariant()} role.";
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
