using Microsoft.AspNetCore.Mvc;
using Mutual.Data.Meetings;
using Mutual.Data.Members;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// The AGM's board election before the vote (issue 4 point 5, DOMAIN D1): members nominate
/// themselves or another member with a statement (the secretary may enter it for them) until the
/// notice goes out; the candidate, proposer or secretary may withdraw it; then the secretary turns
/// the nominations into the election poll, or declares the candidates elected unopposed.
/// </summary>
public sealed class NominationsModel(MeetingService meetings, MemberRegister register, MeetingPolls meetingPolls) : MeetingActionPage
{
    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<Nomination> Nominations { get; private set; } = [];

    public CurrentSociety Society => HttpContext.Society();

    public bool CanNominate => Nomination.NominationsOpen(Meeting) && (Society.MemberId is not null || Society.IsSecretary);

    [BindProperty]
    public NominationInput Input { get; set; } = new();

    protected override string PageSegment => "nominations";

    public IEnumerable<AgendaItem> Elections => Meeting.Agenda.Where(i => i.Kind == AgendaItemKind.BoardElection);

    public bool CanWithdraw(Nomination n) =>
        n.IsActive && (Society.IsSecretary || (Society.MemberId is { } me && (me == n.CandidateId || me == n.ProposerId)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNominateAsync(CancellationToken ct)
    {
        var society = Society;
        if (society.MemberId is null && !society.IsSecretary) return Forbid();
        if (Input.CandidateNumber is not { } number || await register.GetByNumberAsync(society.Id, number, ct) is not { } candidate)
            return await RefuseAsync("Input.CandidateNumber", "Enter the membership number of the member who stands, like 42 (your own to stand yourself).", ct);
        // The secretary entering a nomination acts for the members; a member proposes in their own name.
        var proposer = society.IsSecretary ? null : society.MemberId;
        if (Input.ItemId == Guid.Empty && await LoadAsync(ct) && Elections.FirstOrDefault() is { } only) Input.ItemId = only.Id;
        return await NominationActAsync(
            () => meetings.NominateAsync(society.Id, MeetingId, Input.ItemId, candidate.Id, Input.Statement, proposer, this.Actor(), ct),
            $"{candidate.Name.Display} is nominated.", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid nominationId, CancellationToken ct)
    {
        var society = Society;
        MemberId? by = society.IsSecretary ? null : society.MemberId;
        if (by is null && !society.IsSecretary) return Task.FromResult<IActionResult>(Forbid());
        return NominationActAsync(() => meetings.WithdrawNominationAsync(society.Id, MeetingId, nominationId, by, this.Actor(), ct), "The nomination is withdrawn.", ct);
    }

    public async Task<IActionResult> OnPostCreateElectionAsync(Guid itemId, CancellationToken ct)
    {
        if (!Society.IsSecretary) return Forbid();
        var started = await meetingPolls.CreateElectionAsync(Society.Id, MeetingId, itemId, this.Actor(), ct);
        if (started.Error is { } error) return await RefuseAsync(NominationFields.For(error), error.Message, ct);
        TempData["Done"] = started.Value.PollId is not null
            ? "The election poll is created from the nominations. The returning officer opens it."
            : $"Elected unopposed: {string.Join(", ", started.Value.ElectedUnopposed)}. The minutes and the register of directors record it.";
        return Redirect($"/s/{Slug}/meetings/{Id}/nominations");
    }

    private async Task<IActionResult> NominationActAsync<T>(Func<Task<Result<T>>> act, string done, CancellationToken ct)
    {
        var result = await act();
        if (NominationFields.IsNotFound(result.Error)) return NotFound();
        if (result.Error is { } error) return await RefuseAsync(NominationFields.For(error), error.Message, ct);
        TempData["Done"] = done;
        return Redirect($"/s/{Slug}/meetings/{Id}/nominations");
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await meetings.GetAsync(Society.Id, MeetingId, ct) is not { } meeting) return false;
        Meeting = meeting;
        Nominations = await meetings.NominationsAsync(Society.Id, MeetingId, ct);
        if (Input.ItemId == Guid.Empty && Elections.FirstOrDefault() is { } first) Input.ItemId = first.Id;
        return true;
    }
}

public sealed class NominationInput
{
    public Guid ItemId { get; set; }

    public int? CandidateNumber { get; set; }

    public string? Statement { get; set; }
}
