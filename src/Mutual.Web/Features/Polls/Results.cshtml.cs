using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Polls;
using Mutual.Domain.Polls;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Polls;

/// <summary>
/// A closed poll's results (issue 4 points 3, 5, 7, 8): turnout, the totals as bars with the
/// threshold and verdict, an election's round sheet and BLT file, and every receipt beside its
/// ballot, a page at a time, with a box to find one receipt.
/// </summary>
public sealed class ResultsModel(PollService polls) : PageModel
{
    public const int PageSize = 100;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromQuery(Name = "receipt")]
    public string? Receipt { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Poll Poll { get; private set; } = null!;

    public PollResults? Results { get; private set; }

    public IReadOnlyList<PublishedBallot> Shown { get; private set; } = [];

    public int Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society().Id;
        if (await polls.GetAsync(society, new PollId(id), ct) is not { } poll) return NotFound();
        Poll = poll;
        Results = await polls.ResultsAsync(society, poll.Id, ct);
        if (Results is null) return Page();

        var ballots = string.IsNullOrWhiteSpace(Receipt)
            ? Results.Ballots
            : [.. Results.Ballots.Where(b => string.Equals(b.Receipt, Receipt.Trim(), StringComparison.OrdinalIgnoreCase))];
        Pages = Math.Max(1, (ballots.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Shown = [.. ballots.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }

    public async Task<IActionResult> OnGetBltAsync(Guid id, CancellationToken ct)
    {
        var society = HttpContext.Society().Id;
        if (await polls.GetAsync(society, new PollId(id), ct) is not { Kind: PollKind.Election, ResultsVisible: true } poll) return NotFound();
        var text = new StringWriter();
        await polls.ExportBltAsync(society, poll.Id, text, ct);
        return File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/plain", $"{Slug}-{poll.Id}.blt");
    }

    public BarChart Chart()
    {
        if (Results?.Resolution is { } r)
        {
            return new BarChart("votes", "Votes on the resolution",
                [new ChartBar("For", r.For, r.Carried), new ChartBar("Against", r.Against, !r.Carried), new ChartBar("Abstain", r.Abstain)]);
        }

        var e = Results!.Election!;
        var first = e.Count.Stages[0].Totals;
        return new BarChart("first-preferences", "First preferences",
            [.. e.Candidates.Select((name, c) => new ChartBar(name, first[c], e.Count.Elected.Contains(c)))]);
    }
}
