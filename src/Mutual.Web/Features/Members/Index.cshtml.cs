using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class IndexModel(MemberRegister register) : PageModel
{
    public const int PageSize = 25;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MemberSummaryResponse> Members { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public string Caption => string.IsNullOrWhiteSpace(Q) ? $"Members, page {PageNumber}" : $"Members matching \u201c{Q}\u201d, page {PageNumber}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var found = await RegisterSearch.RunAsync(register, HttpContext.Society().Id, Q, PageNumber, PageSize, ct);
        Members = found.Members;
        HasNextPage = found.HasNextPage;
    }
}
