using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Register;

/// <summary>DOMAIN B5, B6: the inspection copy, without holdings, other property or electronic addresses, open to every member.</summary>
public sealed class InspectionModel(RegisterExport export) : PageModel
{
    public const int PageSize = 200;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public bool HasNextPage { get; private set; }

    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var skip = (PageNumber - 1) * PageSize;
        var entries = new List<RegisterEntry>(PageSize + 1);
        var seen = 0;
        await foreach (var entry in export.EntriesAsync(HttpContext.Society().Id, RegisterView.Inspection, ct))
        {
            if (seen++ < skip) continue;
            entries.Add(entry);
            if (entries.Count > PageSize) break;
        }

        HasNextPage = entries.Count > PageSize;
        Entries = entries.Take(PageSize).ToList();
    }
}
