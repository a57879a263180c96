using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

/// <summary>DOMAIN B6: a member may inspect their own entry, and take a copy of it; nobody else's.</summary>
public sealed class MyRecordModel(MemberRegister register) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Member? Member { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Member = await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct) is { } member
            ? File(await MemberRecordCsv.WriteAsync(member, ct), "text/csv", $"{Slug}-my-record.csv")
            : NotFound();

    // Only ever the member linked to this login: the id never comes from the request.
    private async Task<Member?> LoadAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        return society.MemberId is { } id ? await register.GetAsync(society.Id, id, ct) : null;
    }
}
