using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data;
using Mutual.Data.Polls;
using Mutual.Domain.Common;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// The returning officer runs a poll (issue 4 point 7): open it (the ballot codes download as a
/// spreadsheet, this once), close it, count it, certify the result. Each step is audited by the service.
/// </summary>
[Authorize(Policy = PollPolicies.ReturningOfficer)]
public sealed class ManageModel(PollService polls, MutualDbContext db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Poll Poll { get; private set; } = null!;

    public PollResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var society = HttpContext.Society().Id;
        var opened = await polls.OpenAsync(society, Poll.Id, this.Actor(), ct);
        if (opened.Error is { } error) return Refused(error);
        var csv = await BallotCodesCsv.WriteAsync(db, society, opened.Value, ct);
        return File(csv, "text/csv", $"{Slug}-ballot-codes-{Poll.Id}.csv");
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "Poll closed. Nobody can vote now, and the results can be seen.", (s, p) => Done(polls.CloseAsync(s, p, this.Actor(), ct)), ct);

    public Task<IActionResult> OnPostCountAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "Votes counted. Check the results, then certify them.", (s, p) => Done(polls.CountAsync(s, p, this.Actor(), ct)), ct);

    public Task<IActionResult> OnPostCertifyAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, "Result certified and published.", (s, p) => Done(polls.CertifyAsync(s, p, this.Actor(), ct)), ct);

    private async Task<IActionResult> StepAsync(Guid id, string done, Func<Domain.Societies.SocietyId, PollId, Task<DomainError?>> step, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await step(HttpContext.Society().Id, Poll.Id) is { } error) return Refused(error);
        TempData["Done"] = done;
        return Redirect($"/s/{Slug}/polls/{id}/manage");
    }

    private static async Task<DomainError?> Done<T>(Task<Result<T>> step) => (await step).Error;

    private PageResult Refused(DomainError error)
    {
        this.AddError(error);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society().Id;
        if (await polls.GetAsync(society, new PollId(id), ct) is not { } poll) return false;
        Poll = poll;
        Results = await polls.ResultsAsync(society, poll.Id, ct);
        return true;
    }
}
