using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mutual.Data.Meetings;
using Mutual.Data.Members;
using Mutual.Domain.Meetings;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// DOMAIN C4–C6 for the chair: the attendance register with the quorum worked out live (present
/// against required, per class where the rules say), opening and closing, adjourning when no quorum
/// has come after the wait, and casting the chair's directed proxies.
/// </summary>
[Authorize(Policy = SocietyPolicies.Chair)]
public sealed class AttendanceModel(MeetingService meetings, MemberRegister register, MeetingPolls meetingPolls) : MeetingActionPage
{
    public Meeting Meeting { get; private set; } = null!;

    public QuorumReport Quorum { get; private set; } = null!;

    [BindProperty]
    public AttendanceInput Input { get; set; } = new();

    protected override string PageSegment => "attendance";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostArrivedAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (Input.MembershipNumber is not { } number || await register.GetByNumberAsync(society.Id, number, ct) is not { } member)
            return await RefuseAsync("Input.MembershipNumber", "Enter the membership number of a current member, like 42.", ct);
        return await ActAsync(() => meetings.RecordAttendanceAsync(society.Id, MeetingId, member.Id, Input.Mode, this.Actor(), ct), $"{member.Name.Display} recorded as present.", ct);
    }

    public Task<IActionResult> OnPostOpenAsync(CancellationToken ct) =>
        ActAsync(() => meetings.OpenAsync(HttpContext.Society().Id, MeetingId, this.Actor(), ct), "The meeting is open.", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        ActAsync(() => meetings.CloseAsync(HttpContext.Society().Id, MeetingId, this.Actor(), ct), "The meeting is closed.", ct);

    public async Task<IActionResult> OnPostAdjournAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (MeetingClock.At(Input.ResumesOn, Input.ResumesAt, Meeting.TimeZoneId) is not { } resumes)
            return await RefuseAsync("Input.ResumesOn", "Enter the date and time the adjourned meeting resumes, like 2026-06-27 and 18:30.", ct);
        var adjourned = await meetings.AdjournAsync(HttpContext.Society().Id, MeetingId, resumes, this.Actor(), ct);
        if (adjourned.Error is { } error) return await RefuseAsync(MeetingFields.For(error), error.Message, ct);
        TempData["Done"] = "The meeting stands adjourned for want of a quorum. At the adjourned meeting those present are the quorum.";
        return Redirect($"/s/{Slug}/meetings/{adjourned.Value.Id}");
    }

    public async Task<IActionResult> OnPostCastChairProxiesAsync(Guid itemId, CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (society.MemberId is not { } chair) return await RefuseAsync("", "Only a chair who is a member can cast the chair's proxies.", ct);
        return await ActAsync(
            () => meetingPolls.CastDirectedProxiesAsync(society.Id, MeetingId, itemId, null, chair, this.Actor(), ct),
            "The chair's directed proxy votes were cast.", ct);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (await meetings.GetAsync(society.Id, MeetingId, ct) is not { } meeting) return false;
        Meeting = meeting;
        var quorum = await meetings.QuorumAsync(society.Id, MeetingId, ct);
        if (quorum.Error is not null) return false;
        Quorum = quorum.Value;
        return true;
    }
}

public sealed class AttendanceInput
{
    public int? MembershipNumber { get; set; }

    public AttendanceMode Mode { get; set; } = AttendanceMode.InPerson;

    public DateOnly? ResumesOn { get; set; }

    public TimeOnly? ResumesAt { get; set; } = new(18, 30);
}
