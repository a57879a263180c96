using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// Issue 4 point 6: the returning officer enters a paper ballot against the single-use code printed
/// on it, so a code used online cannot be used on paper too, nor the other way round.
/// </summary>
[Authorize(Policy = PollPolicies.ReturningOfficer)]
public sealed class PaperModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public BallotForm Input { get; set; } = new();

    public Poll Poll { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Code)) ModelState.AddModelError(nameof(Code), "Enter the ballot code printed on the paper");
        var (ballot, field, problem) = Input.Read(Poll, nameof(Input));
        if (ballot is null) ModelState.AddModelError(field, problem);
        if (!ModelState.IsValid) return Page();

        var cast = await polls.CastPaperAsync(HttpContext.Society().Id, Poll.Id, Code!.Trim(), ballot!, this.Actor(), ct);
        if (cast.Error is { } error)
        {
            this.AddError(error, error is UnknownBallotCode or AlreadyVoted ? nameof(Code) : "");
            return Page();
        }

        TempData["Done"] = $"Paper ballot entered; its receipt code is {cast.Value.Code}.";
        return Redirect($"/s/{Slug}/polls/{id}/paper");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await polls.GetAsync(HttpContext.Society().Id, new PollId(id), ct) is not { } poll) return false;
        Poll = poll;
        return true;
    }
}
