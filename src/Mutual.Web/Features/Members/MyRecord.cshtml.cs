using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Domain.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Members;

/// <summary>DOMAIN B6: a member may inspect their own entry, and take a copy of it; nobody else's.</summary>
public sealed class MyRecordModel(MemberRegister register, RegisterExport export) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Member? Member { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Member = await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct) is { } member
            ? File(await MemberRecordCsv.WriteAsync(member, ct), "text/csv", $"{Slug}-my-record.csv")
            : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        using var pdf = new MemoryStream();
        return society.MemberId is { } id && await export.WriteMemberPdfAsync(society.Id, society.Society.Name, id, pdf, ct)
            ? File(pdf.ToArray(), "application/pdf", $"{Slug}-my-record.pdf")
            : NotFound();
    }

    // Only ever the member linked to this login: the id never comes from the request.
    private async Task<Member?> LoadAsync(CancellationToken ct)
    {
        var society = HttpContext.Society();
        return society.MemberId is { } id ? await register.GetAsync(society.Id, id, ct) : null;
    }
}
