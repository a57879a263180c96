using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// A member casts their one ballot (issue 4 point 3). The receipt code goes to the next page once,
/// through TempData, and is never stored against the member.
/// </summary>
public sealed class VoteModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public BallotForm Input { get; set; } = new();

    public Poll Poll { get; private set; } = null!;

    public bool HasVoted { get; private set; }

    public bool IsMember { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (HttpContext.Society().MemberId is not { } member || HasVoted) return Page();
        var (ballot, field, problem) = Input.Read(Poll, nameof(Input));
        if (ballot is null)
        {
            ModelState.AddModelError(field, problem);
            return Page();
        }

        var cast = await polls.CastAsync(HttpContext.Society().Id, Poll.Id, new VoterCredential.Member(member), ballot, this.Actor(), ct);
        if (cast.Error is { } error)
        {
            this.AddError(error);
            return Page();
        }

        TempData["Receipt"] = cast.Value.Code;
        return Redirect($"/s/{Slug}/polls/{id}/receipt");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (await polls.GetAsync(society.Id, new PollId(id), ct) is not { } poll) return false;
        Poll = poll;
        IsMember = society.MemberId is not null;
        if (society.MemberId is { } member) HasVoted = await polls.HasVotedAsync(society.Id, poll.Id, member, ct);
        return true;
    }
}
