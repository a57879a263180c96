using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// "My receipts": the polls the member voted in (who voted is recorded; what they voted is not), and
/// a box that finds a receipt code in the published results, since the receipt itself is never
/// stored against the member.
/// </summary>
public sealed class MineModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromQuery(Name = "receipt")]
    public string? Receipt { get; set; }

    public IReadOnlyList<Poll> Voted { get; private set; } = [];

    public bool IsMember { get; private set; }

    public (Poll Poll, PublishedBallot Ballot)? Found { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        IsMember = society.MemberId is not null;
        if (society.MemberId is { } member)
        {
            var ids = (await polls.VotedPollsAsync(society.Id, member, ct)).ToHashSet();
            Voted = [.. (await polls.ListAsync(society.Id, cancellationToken: ct)).Where(p => ids.Contains(p.Id))];
        }

        if (!string.IsNullOrWhiteSpace(Receipt)) Found = await ReceiptLookup.FindAsync(polls, society.Id, Receipt, ct);
    }
}
