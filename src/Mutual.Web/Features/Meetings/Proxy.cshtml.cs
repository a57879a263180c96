using Microsoft.AspNetCore.Mvc;
using Mutual.Data.Meetings;
using Mutual.Data.Members;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// DOMAIN C6 for a member: appoint the chair or another member as proxy before the deadline, say
/// how to vote on each resolution or leave it to them, revoke it; and, for a holder, cast every
/// directed vote they hold on a resolution in one step. Only ever the signed-in member's own proxy.
/// </summary>
public sealed class ProxyModel(MeetingService meetings, MemberRegister register, MeetingPolls meetingPolls) : MeetingActionPage
{
    public Meeting Meeting { get; private set; } = null!;

    public MeetingRules Rules { get; private set; } = new();

    public ProxyAppointment? Current { get; private set; }

    public IReadOnlyList<ProxyAppointment> Held { get; private set; } = [];

    [BindProperty]
    public ProxyInput Input { get; set; } = new();

    protected override string PageSegment => "proxy";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAppointAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (society.MemberId is not { } me) return NotFound();
        MemberId? holder = null;
        if (!Input.ToChair)
        {
            if (Input.HolderNumber is not { } number || await register.GetByNumberAsync(society.Id, number, ct) is not { } member)
                return await RefuseAsync("Input.HolderNumber", "Enter the membership number of the member you appoint, like 42, or choose the chair.", ct);
            holder = member.Id;
        }

        var directions = Input.Directions
            .Where(d => Enum.TryParse<ProxyVote>(d.Value, out _))
            .ToDictionary(d => d.Key, d => Enum.Parse<ProxyVote>(d.Value));
        return await ActAsync(() => meetings.AppointProxyAsync(society.Id, MeetingId, me, holder, directions, this.Actor(), ct), "Your proxy is appointed.", ct);
    }

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) =>
        HttpContext.Society().MemberId is { } me
            ? ActAsync(() => meetings.RevokeProxyAsync(HttpContext.Society().Id, MeetingId, me, this.Actor(), ct), "Your proxy is revoked.", ct)
            : Task.FromResult<IActionResult>(NotFound());

    public async Task<IActionResult> OnPostCastAsync(Guid itemId, CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (society.MemberId is not { } me) return NotFound();
        var cast = await meetingPolls.CastDirectedProxiesAsync(society.Id, MeetingId, itemId, me, me, this.Actor(), ct);
        if (cast.Error is { } error) return await RefuseAsync("", error.Message, ct);
        TempData["Done"] = $"{cast.Value.Cast} directed proxy votes cast; {cast.Value.Skipped} not cast (already voted or refused).";
        return Redirect($"/s/{Slug}/meetings/{Id}/proxy");
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        if (society.MemberId is not { } me) return false;
        if (await meetings.GetAsync(society.Id, MeetingId, ct) is not { } meeting) return false;
        Meeting = meeting;
        var rules = await meetings.RulesAsync(society.Id, ct);
        if (rules.IsSuccess) Rules = rules.Value;
        Current = meeting.ActiveProxyOf(me);
        Held = [.. meeting.ActiveProxiesHeldBy(me)];
        return true;
    }
}

public sealed class ProxyInput
{
    public bool ToChair { get; set; } = true;

    public int? HolderNumber { get; set; }

    /// <summary>Agenda item id to "For", "Against", "Abstain", or "" for the proxy to decide.</summary>
    public Dictionary<Guid, string> Directions { get; set; } = [];
}
