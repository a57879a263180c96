using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Rules;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Rules;

// Every member may read the rules and how they came to be; who adopted each version is for officers.
public sealed class HistoryModel(RulesHistory history) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public IReadOnlyList<RulesVersionSummary> Versions { get; private set; } = [];

    public bool ShowAdopters { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        ShowAdopters = society.IsOfficer;
        Versions = [.. (await history.ListAsync(society.Id, ct)).Reverse()];
    }
}
