using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>Every poll in the society, with what the signed-in person can do in each: vote, see results, run it.</summary>
public sealed class IndexModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public IReadOnlyList<Poll> Polls { get; private set; } = [];

    public IReadOnlySet<PollId> Voted { get; private set; } = new HashSet<PollId>();

    public CurrentSociety Society { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Society = HttpContext.Society();
        Polls = await polls.ListAsync(Society.Id, cancellationToken: ct);
        if (Society.MemberId is { } member) Voted = (await polls.VotedPollsAsync(Society.Id, member, ct)).ToHashSet();
    }
}
