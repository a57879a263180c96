using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>Shows the receipt code once, straight after voting; Mutual keeps no copy that names the voter.</summary>
public sealed class ReceiptModel(PollService polls) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Poll Poll { get; private set; } = null!;

    public string? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await polls.GetAsync(HttpContext.Society().Id, new PollId(id), ct) is not { } poll) return NotFound();
        Poll = poll;
        Receipt = TempData["Receipt"] as string;
        return Page();
    }
}
