using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Data.Rules;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Members;

[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class ApplyModel(MemberRegister register, RulesStore rules, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public ClassChoice ClassChoice { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.AppliedOn = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        await LoadClassesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadClassesAsync(ct);
        if (!ModelState.IsValid) return Page();

        var society = HttpContext.Society();
        var applied = await register.ApplyAsync(
            society.Id,
            new MemberName(Input.GivenNames, Input.FamilyName),
            new ContactDetails(Input.PostalAddress, Input.Postcode, Input.Email, Input.Phone),
            [Input.ClassKey],
            Input.AppliedOn!.Value,
            this.Actor(),
            ct);
        if (applied.Error is { } error)
        {
            this.AddError(error, MemberFields.For(error));
            return Page();
        }

        TempData["Done"] = "Application recorded. The board can now admit or reject it.";
        return Redirect($"/s/{society.Society.Slug}/members/{applied.Value.Id}");
    }

    private async Task LoadClassesAsync(CancellationToken ct)
    {
        var current = await rules.CurrentAsync(HttpContext.Society().Id, ct);
        var classes = current.IsSuccess ? current.Value.MembershipClasses.Select(c => (c.Key, c.Name)) : [];
        ClassChoice = new ClassChoice("Input.ClassKey", [.. classes], Input.ClassKey);
    }
}
