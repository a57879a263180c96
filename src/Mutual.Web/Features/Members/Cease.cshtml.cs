using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Members;

/// <summary>DOMAIN B11, B7: membership ends for a reason on a date; the entry stays in the register.</summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class CeaseModel(MemberRegister register, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CeaseInput Input { get; set; } = new();

    public string MemberName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.CeasedOn = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();

        var society = HttpContext.Society();
        var result = await register.CeaseAsync(society.Id, new MemberId(id), Input.Reason, Input.CeasedOn!.Value, this.Actor(), Input.Note, ct);
        if (result.Error is { } error)
        {
            this.AddError(error, MemberFields.For(error, "Input.CeasedOn"));
            return Page();
        }

        TempData["Done"] = "Membership ended. The entry stays in the register with the date it ended.";
        return Redirect($"/s/{society.Society.Slug}/members/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var member = await register.GetAsync(HttpContext.Society().Id, new MemberId(id), ct);
        MemberName = member?.Name.Display ?? "";
        return member is not null;
    }
}

public sealed class CeaseInput
{
    public CessationReason Reason { get; set; } = CessationReason.Withdrawal;

    [Required(ErrorMessage = "Enter the date membership ended, like 2025-03-31")]
    public DateOnly? CeasedOn { get; set; }

    public string? Note { get; set; }
}
