using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Meetings;
using Mutual.Domain.Meetings;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// DOMAIN C1, C2: the secretary calls a meeting. The date starts at the earliest the rules allow
/// for notice sent today; a date too early is refused with the reason. An AGM's agenda is built
/// from the rules (C1) with the vacancies board rotation creates (D2).
/// </summary>
[Authorize(Policy = SocietyPolicies.Secretary)]
public sealed class CallModel(MeetingService meetings, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public CallInput Input { get; set; } = new();

    public DateOnly? Earliest { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.NoticeOn = MeetingClock.Today(clock, Input.TimeZone);
        await FindEarliestAsync(ct);
        Input.Date = Earliest;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await FindEarliestAsync(ct);
        var startsAt = MeetingClock.At(Input.Date, Input.Time, Input.TimeZone);
        if (!ModelState.IsValid) return Page();
        if (startsAt is null)
        {
            ModelState.AddModelError("Input.TimeZone", "Enter a time zone, like Europe/London.");
            return Page();
        }

        var society = HttpContext.Society();
        IReadOnlyList<AgendaItemDraft> agenda = [];
        if (Input.Kind == MeetingKind.Annual)
            (_, agenda) = await meetings.AgmAgendaAsync(society.Id, Random.Shared.Next(), [], ct);
        var plan = new MeetingPlan(Input.Kind, Input.Title!, Input.Format, Input.Place, Input.JoinUrl, startsAt.Value, Input.TimeZone.Trim(), agenda);
        var noticeAt = MeetingClock.NoticeAt(Input.NoticeOn!.Value, clock, Input.TimeZone);
        var called = await meetings.CallAsync(society.Id, plan, noticeAt, Input.NoticeMethod, this.Actor(), ct);
        if (called.Error is { } error)
        {
            this.AddError(error, MeetingFields.For(error));
            return Page();
        }

        TempData["Done"] = "Meeting called. Check the agenda, then send the notice.";
        return Redirect($"/s/{Slug}/meetings/{called.Value.Id}");
    }

    private async Task FindEarliestAsync(CancellationToken ct)
    {
        if (Input.NoticeOn is not { } noticeOn) return;
        var earliest = await meetings.EarliestDateAsync(
            HttpContext.Society().Id, MeetingClock.NoticeAt(noticeOn, clock, Input.TimeZone), Input.NoticeMethod, Input.TimeZone, false, ct);
        Earliest = earliest.IsSuccess ? earliest.Value : null;
    }
}
