using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Web.Authorization;

namespace Mutual.Web.Features.Register;

/// <summary>DOMAIN B4: the statutory register of members, as CSV or PDF.</summary>
[Authorize(Policy = SocietyPolicies.Officers)]
public sealed class IndexModel(RegisterExport export, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var stream = new MemoryStream();
        await export.WriteCsvAsync(HttpContext.Society().Id, stream, RegisterView.Full, ct);
        return File(stream.ToArray(), "text/csv", FileName("csv"));
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var society = HttpContext.Society().Society;
        var stream = new MemoryStream();
        await export.WritePdfAsync(society.Id, society.Name, stream, RegisterView.Full, ct);
        return File(stream.ToArray(), "application/pdf", FileName("pdf"));
    }

    private string FileName(string extension) => $"{Slug}-register-of-members-{clock.GetUtcNow():yyyy-MM-dd}.{extension}";
}
