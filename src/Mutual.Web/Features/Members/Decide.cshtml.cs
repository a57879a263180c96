using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Members;

/// <summary>DOMAIN B10: the board admits or rejects an application, on a date, under a minute.</summary>
[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class DecideModel(MemberRegister register, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public string ApplicantName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.DecidedOn = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();

        var society = HttpContext.Society();
        var decision = new BoardDecision(Input.DecidedOn!.Value, string.IsNullOrWhiteSpace(Input.MinuteReference) ? null : Input.MinuteReference.Trim());
        var admitting = Input.Decision != "reject";
        var result = admitting
            ? await register.AdmitAsync(society.Id, new MemberId(id), decision, this.Actor(), ct)
            : await register.RejectAsync(society.Id, new MemberId(id), decision, this.Actor(), cancellationToken: ct);
        if (result.Error is { } error)
        {
            this.AddError(error, MemberFields.For(error, "Input.DecidedOn"));
            return Page();
        }

        TempData["Done"] = admitting ? "Admitted to membership and entered in the register." : "Application rejected.";
        return Redirect($"/s/{society.Society.Slug}/members/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var member = await register.GetAsync(HttpContext.Society().Id, new MemberId(id), ct);
        ApplicantName = member?.Name.Display ?? "";
        return member is not null;
    }
}

public sealed class DecisionInput
{
    public string Decision { get; set; } = "admit";

    [Required(ErrorMessage = "Enter the date of the board's decision, like 2025-03-31")]
    public DateOnly? DecidedOn { get; set; }

    public string? MinuteReference { get; set; }
}
