using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>One poll as the notice puts it: the question or the candidates with statements, the window and the record date.</summary>
public sealed class DetailModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Poll Poll { get; private set; } = null!;

    public bool HasVoted { get; private set; }

    public CurrentSociety Society { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Society = HttpContext.Society();
        if (await polls.GetAsync(Society.Id, new PollId(id), ct) is not { } poll) return NotFound();
        Poll = poll;
        if (Society.MemberId is { } member) HasVoted = await polls.HasVotedAsync(Society.Id, poll.Id, member, ct);
        return Page();
    }
}
