using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Polls;

/// <summary>DOMAIN C6: the chair (an officer) records the show of hands in the room on a resolution; the count adds it to the ballots.</summary>
[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class HandsModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public HandsInput Input { get; set; } = new();

    public Poll Poll { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Poll.ShowOfHands is { } hands) Input = new HandsInput { For = hands.For, Against = hands.Against, Abstain = hands.Abstain };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();

        var recorded = await polls.RecordShowOfHandsAsync(HttpContext.Society().Id, Poll.Id, new ShowOfHands(Input.For!.Value, Input.Against!.Value, Input.Abstain!.Value), this.Actor(), ct);
        if (recorded.Error is { } error)
        {
            this.AddError(error);
            return Page();
        }

        TempData["Done"] = "Show of hands recorded. It is added to the ballots when the votes are counted.";
        return Redirect($"/s/{Slug}/polls/{id}/hands");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await polls.GetAsync(HttpContext.Society().Id, new PollId(id), ct) is not { } poll) return false;
        Poll = poll;
        return true;
    }
}

public sealed class HandsInput
{
    [Required(ErrorMessage = "Enter the number of hands for, or 0")]
    [Range(0, 10_000_000, ErrorMessage = "Enter a whole number of hands for, 0 or more")]
    public int? For { get; set; }

    [Required(ErrorMessage = "Enter the number of hands against, or 0")]
    [Range(0, 10_000_000, ErrorMessage = "Enter a whole number of hands against, 0 or more")]
    public int? Against { get; set; }

    [Required(ErrorMessage = "Enter the number of abstentions, or 0")]
    [Range(0, 10_000_000, ErrorMessage = "Enter a whole number of abstentions, 0 or more")]
    public int? Abstain { get; set; }
}
