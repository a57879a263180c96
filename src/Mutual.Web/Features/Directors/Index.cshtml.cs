using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Meetings;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Directors;

/// <summary>
/// The register of directors (DOMAIN B4 officers, D2): the board now, with when each term began and
/// the election that began it, and past directors with when and why they left. Every role may read it.
/// </summary>
public sealed class IndexModel(MeetingService meetings) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public DirectorRegister Register { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Register = await meetings.DirectorRegisterAsync(HttpContext.Society().Id, ct);
}
