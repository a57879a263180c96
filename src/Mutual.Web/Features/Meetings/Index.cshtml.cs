using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Meetings;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Meetings;

/// <summary>The society's general meetings, newest first: every member may see when and where they are.</summary>
public sealed class IndexModel(MeetingService meetings) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public bool CanCall { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        CanCall = society.IsSecretary;
        Meetings = await meetings.ListAsync(society.Id, ct);
    }
}
