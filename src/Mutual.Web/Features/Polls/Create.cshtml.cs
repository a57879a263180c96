using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Polls;

/// <summary>The secretary drafts a resolution or an election; the returning officer opens it later.</summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class CreateModel(PollService polls, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public PollInput Input { get; set; } = new();

    public void OnGet()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Input.RecordDate = DateOnly.FromDateTime(now);
        Input.OpensAt = now.Date.AddDays(1).AddHours(9);
        Input.ClosesAt = now.Date.AddDays(15).AddHours(17);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (draft, problems) = PollDraftReader.Read(Input.ToRequest());
        foreach (var (field, messages) in problems) ModelState.AddModelError(PollInput.FieldFor(field), messages[0]);
        if (draft is null) return Page();

        var created = await polls.CreateAsync(HttpContext.Society().Id, draft, this.Actor(), ct);
        if (created.Error is { } error)
        {
            this.AddError(error, PollInput.FieldFor(PollErrors.Field(error)));
            return Page();
        }

        TempData["Done"] = "Poll created. The returning officer opens it, which freezes the voter roll and issues the ballot codes.";
        return Redirect($"/s/{Slug}/polls/{created.Value}");
    }
}
