using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Meetings;
using Mutual.Domain.Common;
using Mutual.Domain.Meetings;
using Mutual.Domain.Rules;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Meetings;

/// <summary>
/// One meeting: when and where, its agenda (which the secretary edits until notice goes out, DOMAIN
/// C2), the notice, and the minutes. The chair (or secretary) reaches the attendance register, members their proxy.
/// </summary>
public sealed class DetailModel(MeetingService meetings, MeetingPolls meetingPolls, MeetingNotices notices, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public MeetingRules Rules { get; private set; } = new();

    public CurrentSociety Society => HttpContext.Society();

    public bool CanEditAgenda => Society.IsSecretary && Meeting.State == MeetingState.Called && !Meeting.NoticeSent;

    [BindProperty]
    public AgendaInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddItemAsync(CancellationToken ct) => SecretaryActsAsync(
        () => meetings.AddItemAsync(Society.Id, new MeetingId(Id), new AgendaItemDraft(Input.ItemKind, Input.ItemTitle ?? "", Input.ItemText ?? ""), this.Actor(), ct),
        "Item added to the agenda.", ct);

    public Task<IActionResult> OnPostRemoveItemAsync(Guid itemId, CancellationToken ct) => SecretaryActsAsync(
        () => meetings.RemoveItemAsync(Society.Id, new MeetingId(Id), itemId, this.Actor(), ct), "Item removed from the agenda.", ct);

    /// <summary>C2: email the notice with its calendar invite to every member with an address; this fixes the agenda.</summary>
    public Task<IActionResult> OnPostSendNoticeAsync(CancellationToken ct) => SecretaryActsAsync(
        () => notices.EmailAsync(Society, new MeetingId(Id), this.Actor(), ct), NoticeRunText.Of, ct);

    /// <summary>The paper notices, one PDF, for members with no email address.</summary>
    public async Task<IActionResult> OnGetNoticePdfAsync(CancellationToken ct)
    {
        if (!Society.IsSecretary) return Forbid();
        var pdf = new MemoryStream();
        var printed = await notices.PrintAsync(Society, new MeetingId(Id), pdf, this.Actor(), ct);
        if (printed.Error is not null) return NotFound();
        pdf.Position = 0;
        return File(pdf, "application/pdf", $"{Slug}-notice-{Id}.pdf");
    }

    // Notice given outside Mutual (posted by hand, say) is recorded here.
    public Task<IActionResult> OnPostNoticeSentAsync(NoticeMethod method, CancellationToken ct) => SecretaryActsAsync(
        () => meetings.RecordNoticeSentAsync(Society.Id, new MeetingId(Id), clock.GetUtcNow(), method, this.Actor(), ct),
        "Notice recorded as sent. The agenda is now fixed.", ct);

    public Task<IActionResult> OnPostCreatePollsAsync(CancellationToken ct) => SecretaryActsAsync(
        () => meetingPolls.CreateResolutionPollsAsync(Society.Id, new MeetingId(Id), this.Actor(), ct), "Polls created for the resolutions.", ct);

    private Task<IActionResult> SecretaryActsAsync<T>(Func<Task<Result<T>>> act, string done, CancellationToken ct) =>
        SecretaryActsAsync(act, _ => done, ct);

    private async Task<IActionResult> SecretaryActsAsync<T>(Func<Task<Result<T>>> act, Func<T, string> done, CancellationToken ct)
    {
        if (!Society.IsSecretary) return Forbid();
        var result = await act();
        if (result.Error is { } error)
        {
            if (!await LoadAsync(ct)) return NotFound();
            this.AddError(error, MeetingFields.For(error));
            return Page();
        }

        TempData["Done"] = done(result.Value);
        return Redirect($"/s/{Slug}/meetings/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await meetings.GetAsync(Society.Id, new MeetingId(Id), ct) is not { } meeting) return false;
        Meeting = meeting;
        var rules = await meetings.RulesAsync(Society.Id, ct);
        if (rules.IsSuccess) Rules = rules.Value;
        return true;
    }
}

public sealed class AgendaInput
{
    public AgendaItemKind ItemKind { get; set; } = AgendaItemKind.OrdinaryResolution;

    public string? ItemTitle { get; set; }

    public string? ItemText { get; set; }
}
