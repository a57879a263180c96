using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// What the pages that act on one meeting share: the meeting from the route, and the round trip of
/// an action, back to the page with a note when it succeeds, or the page again with the refusal
/// beside the field it concerns.
/// </summary>
public abstract class MeetingActionPage : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    protected MeetingId MeetingId => new(Id);

    /// <summary>The last segment of the page's own path, where a successful action returns.</summary>
    protected abstract string PageSegment { get; }

    /// <summary>Loads what the page shows; false when the meeting is not there for this user.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    protected async Task<IActionResult> ActAsync<T>(Func<Task<Result<T>>> act, string done, CancellationToken ct)
    {
        var result = await act();
        if (result.Error is { } error) return await RefuseAsync(MeetingFields.For(error), error.Message, ct);
        TempData["Done"] = done;
        return Redirect($"/s/{Slug}/meetings/{Id}/{PageSegment}");
    }

    protected async Task<IActionResult> RefuseAsync(string field, string message, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        ModelState.AddModelError(field, message);
        return Page();
    }
}
