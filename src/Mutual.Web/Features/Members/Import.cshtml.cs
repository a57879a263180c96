using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mutual.Data.Members;
using Mutual.Web.Authorization;
using Mutual.Web.Features.Shared;

namespace Mutual.Web.Features.Members;

[Authorize(Policy = SocietyPolicies.Secretary)]
[RequestSizeLimit(512L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 512L * 1024 * 1024)]
public sealed class ImportModel(ImportJobs jobs) : PageModel
{
    public IReadOnlyList<string> Columns => RegisterCsvColumns.All;

    public IReadOnlyList<string> Required => RegisterCsvColumns.Required;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? registerFile, CancellationToken ct)
    {
        if (registerFile is null || registerFile.Length == 0)
        {
            ModelState.AddModelError("RegisterFile", "Choose a CSV file to import");
            return Page();
        }

        // The upload is copied aside so the import can outlive this request.
        var file = Path.Combine(Path.GetTempPath(), $"mutual-import-{Guid.NewGuid():N}.csv");
        await using (var copy = System.IO.File.Create(file)) await registerFile.CopyToAsync(copy, ct);

        var society = HttpContext.Society();
        var job = jobs.Start(society.Id, society.Society.Slug, registerFile.FileName, file, this.Actor());
        return Redirect($"/s/{society.Society.Slug}/members/import/{job.Id}");
    }
}
